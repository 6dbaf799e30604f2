import Foundation

/// All routes GPS knows, loaded from questionnaire files and validated together.
public struct QuestionnaireLibrary: Sendable {
    public static let defaultRouteID = "gps"
    public static let shortRouteID = "kort"
    public static let intervisionGuideID = "intervisie"

    /// The routes a case can follow.
    public let questionnaires: [Questionnaire]
    /// Guides for an intervision group; never offered as a route.
    public let intervisionGuides: [Questionnaire]

    /// The questionnaires compiled into the binary, as Swift values generated from their files
    /// (no decoding at start-up); `EmbeddedValuesTests` proves they are what the files say.
    public static func embedded() throws(QuestionnaireError) -> QuestionnaireLibrary {
        EmbeddedValues.questionnaires
    }

    /// Loads every `*.json` questionnaire in a folder (not the schema), for authors testing edits.
    public static func load(from folder: URL) throws -> QuestionnaireLibrary {
        let urls = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" && !$0.lastPathComponent.contains("schema") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let files = try urls.map { (name: $0.path, text: try String(contentsOf: $0, encoding: .utf8)) }
        return try QuestionnaireLibrary(files: files)
    }

    /// Routes already resolved and validated, as the generated embedded values hold them.
    init(questionnaires: [Questionnaire], intervisionGuides: [Questionnaire]) {
        self.questionnaires = questionnaires
        self.intervisionGuides = intervisionGuides
    }

    public init(files: [(name: String, text: String)]) throws(QuestionnaireError) {
        var problems: [QuestionnaireProblem] = []
        let decoded = files.compactMap { file in Self.decode(file, problems: &problems) }
        var resolved: [Questionnaire] = []
        for (name, file) in decoded {
            if resolved.contains(where: { $0.id == file.id }) {
                problems.append(.duplicateQuestionnaire(file: name, id: file.id))
                continue
            }
            guard let questionnaire = Self.resolve(file, named: name, among: decoded, problems: &problems)
            else { continue }
            problems += QuestionnaireValidator(file: name).problems(in: questionnaire)
            resolved.append(questionnaire)
        }
        guard problems.isEmpty else { throw QuestionnaireError(problems: problems) }
        questionnaires = resolved.filter { $0.purpose == .route }
        intervisionGuides = resolved.filter { $0.purpose == .intervision }
    }

    /// The intervision guide GPS uses (`intervisie`), if it was loaded.
    public var intervisionGuide: Questionnaire? {
        intervisionGuides.first { $0.id == Self.intervisionGuideID } ?? intervisionGuides.first
    }

    public func questionnaire(withID id: String) -> Questionnaire? {
        questionnaires.first { $0.id == id }
    }

    private static func decode(
        _ file: (name: String, text: String), problems: inout [QuestionnaireProblem]
    ) -> (String, QuestionnaireFile)? {
        do {
            let decoded = try JSONValueDecoder().decode(QuestionnaireFile.self, from: file.text)
            guard decoded.formatVersion == QuestionnaireFile.supportedFormatVersion else {
                problems.append(.unsupportedFormat(file: file.name, version: decoded.formatVersion))
                return nil
            }
            return (file.name, decoded)
        } catch {
            problems.append(.unreadable(file: file.name, detail: DecodingErrorText.describe(error)))
            return nil
        }
    }

    private static func resolve(
        _ file: QuestionnaireFile, named name: String, among all: [(String, QuestionnaireFile)],
        problems: inout [QuestionnaireProblem]
    ) -> Questionnaire? {
        guard let baseID = file.base else {
            return Questionnaire(
                id: file.id, title: file.title, description: file.description,
                source: file.source ?? LocalizedText(nl: "", en: ""), orientations: file.orientations ?? [],
                purpose: file.purpose ?? .route, brief: file.brief ?? false)
        }
        guard let base = all.first(where: { $0.1.id == baseID && !$0.1.isSelection })?.1 else {
            problems.append(.unknownBase(file: name, base: baseID))
            return nil
        }
        let selected = file.select ?? []
        let baseQuestions = Set((base.orientations ?? []).flatMap(\.questions).map(\.id))
        for id in selected where !baseQuestions.contains(id) {
            problems.append(.unknownSelection(file: name, question: id))
        }
        let orientations = (base.orientations ?? []).map { orientation in
            var kept = orientation
            kept.questions = orientation.questions.filter { selected.contains($0.id) }
            return kept
        }
        return Questionnaire(
            id: file.id, title: file.title, description: file.description,
            source: file.source ?? base.source ?? LocalizedText(nl: "", en: ""),
            orientations: orientations.filter { !$0.questions.isEmpty }, purpose: file.purpose ?? .route,
            brief: file.brief ?? false)
    }
}
