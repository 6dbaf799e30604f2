import Foundation
import Testing

@testable import GPSKit

/// The anonymous export of every worked example, Markdown and HTML, names no stakeholder or
/// colleague in any spelling and lists every finding of the example's record. The examples hold
/// no intervision, so each is also checked with one added whose colleagues are named in free text.
@Suite struct AnonymousExamplesTests {
    let nl = MessageTable.embedded(.nl)

    /// Every proper name in the case: the stakeholders' (today's and earlier ecograms') and the colleagues'.
    static func names(in file: CaseFile) -> [String] {
        let colleagues = Colleagues(file)
        let people = (file.stakeholders + file.ecograms.flatMap(\.stakeholders)).map(\.name)
            + colleagues.participants + colleagues.facilitators
        var names: [String] = []
        for part in people.flatMap({ PersonName($0).properParts }) where !names.contains(part) { names.append(part) }
        return names
    }

    /// The ways she may have typed a name: as listed, in capitals, in small letters, without accents.
    static func spellings(of name: String) -> [String] {
        let plain = name.folding(options: .diacriticInsensitive, locale: nil)
        return Array(Set([name, name.uppercased(), name.lowercased(), plain, plain.uppercased()]))
    }

    /// A session in which the colleagues speak of each other and of the family by name.
    static func withIntervision(_ file: CaseFile) -> CaseFile {
        var file = file
        let client = PersonName(file.stakeholders.first { $0.category == .client }?.name ?? "").properParts.first ?? "de cliënt"
        var session = IntervisionSession(day: file.date)
        session.facilitator = "Wouter Dewilde"
        session.participants = ["Katrien", "Jamal", "Chloé Peeters"]
        session.additions = ["feiten": ["Jamal: \(client) belde nog op zondag.", "Volgens CHLOE weet \(client) het zelf niet."]]
        session.proposals = [
            Proposal(participant: "Katrien", decision: "Eerst met \(client) praten", argument: "Jamals ervaring met zo'n gezin"),
            Proposal(participant: "Jamal", decision: "Katriens voorstel volgen", argument: "Chloe zei hetzelfde"),
        ]
        session.socratic = SocraticDialogue(question: "Wat vroeg Wouter aan Katrien?", whys: ["Omdat K. twijfelde"])
        session.ownerDecision = OwnerDecision(decision: "Met \(client) praten, zoals katrien voorstelde", argument: "vertrouwen")
        session.finished = true
        file.intervisions = [session]
        return file
    }

    func exports(of file: CaseFile, route: Questionnaire) throws -> (AnonymousCase, [String]) {
        let anonymous = AnonymousCase(file, questionnaire: route, rulebook: try Rulebook.embedded(), messages: nl, today: file.date)
        let markdown = MarkdownRecordRenderer(questionnaire: route, texts: nl).render(anonymous.caseFile, reasoning: anonymous.reasoning)
        let html = HTMLRecordRenderer(questionnaire: route, texts: nl).render(anonymous.caseFile, reasoning: anonymous.reasoning)
        return (anonymous, [markdown, html])
    }

    func expectNoName(of file: CaseFile, route: Questionnaire, _ label: String) throws {
        let names = Self.names(in: file)
        #expect(!names.isEmpty)
        let (anonymous, records) = try exports(of: file, route: route)
        for record in records {
            let words = Set(record.split(whereSeparator: { !$0.isLetter }).map(String.init))
            for name in names {
                for spelling in Self.spellings(of: name) {
                    #expect(!words.contains(spelling), "\(label): \(spelling) is still in the export")
                }
            }
            #expect(anonymous.remainingNames(in: record).isEmpty, "\(label): \(anonymous.remainingNames(in: record))")
        }
    }

    @Test(arguments: ExamplesTests.names)
    func theExportNamesNoOne(example: String) throws {
        let (file, route) = try ExamplesTests().caseFile(of: example)
        try expectNoName(of: file, route: route, example)
    }

    @Test(arguments: ExamplesTests.names)
    func withAnIntervisionTheExportNamesNoColleagueEither(example: String) throws {
        let (file, route) = try ExamplesTests().caseFile(of: example)
        let withSession = Self.withIntervision(file)
        #expect(Self.names(in: withSession).contains("Katrien"))
        try expectNoName(of: withSession, route: route, example + " with an intervision")
    }

    @Test(arguments: ExamplesTests.names)
    func theExportKeepsEveryFindingOfTheRecord(example: String) throws {
        let (file, route) = try ExamplesTests().caseFile(of: example)
        #expect(OneSetOfFindingsTests.compare(file, route: route, example).isEmpty)
        #expect(OneSetOfFindingsTests.compare(Self.withIntervision(file), route: route, example + " with an intervision").isEmpty)
    }
}
