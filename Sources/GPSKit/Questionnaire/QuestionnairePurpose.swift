/// What a questionnaire file is for: a route a caregiver walks for her own case, or the
/// facilitator's guide for an intervision group replaying a case. Only routes can start a case.
public enum QuestionnairePurpose: String, Codable, Sendable, CaseIterable {
    case route
    case intervision
}
