/// A case holds at most `InputLimits.entries` intervision sessions, like every other list.
public struct IntervisionLimitReached: Error, Sendable, Equatable {
    public let id: CaseID
    public let limit: Int

    /// Throws when `caseFile` has no room for a new session; going on with an unfinished one is
    /// always possible.
    public static func check(_ caseFile: CaseFile) throws(IntervisionLimitReached) {
        guard caseFile.unfinishedIntervision == nil, caseFile.intervisions.count >= InputLimits.entries else { return }
        throw IntervisionLimitReached(id: caseFile.id, limit: InputLimits.entries)
    }
}
