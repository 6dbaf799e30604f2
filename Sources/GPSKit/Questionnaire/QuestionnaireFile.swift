import Foundation

/// A questionnaire file as written on disk: either a full route with its own steps, or a
/// shorter route that selects questions from a base route by id (so no question is written twice).
struct QuestionnaireFile: Decodable, Sendable {
    static let supportedFormatVersion = 1

    var formatVersion: Int
    var id: String
    var title: LocalizedText
    var description: LocalizedText
    var source: LocalizedText?
    var orientations: [Orientation]?
    var base: String?
    var select: [String]?
    var purpose: QuestionnairePurpose?
    /// A route for the evening after a visit: every answer on one line, people and steps one
    /// line each, the conditions walks offered once at the end.
    var brief: Bool?

    var isSelection: Bool { base != nil }
}
