import Foundation
import Testing

@testable import GPSKit

@Suite struct HTMLRecordRendererTests {
    /// Everything that could end a tag, a style block, a CDATA section or a comment, or open a script.
    static let hostile = #"<script>alert("x & y")</script> </style> ]]> <!-- --> 'q' \ * | <br> &amp;"#

    /// Every field she can type, each holding the hostile text and a tag saying where it is.
    static func hostileCase() throws -> CaseFile {
        let route = Fixtures.fullRoute
        var caseFile = Fixtures.emptyCase(title: hostile + " title")
        for question in route.questions {
            let typed = hostile + " " + question.id
            switch question.kind {
            case .text, .multiline: caseFile.answers[question.id] = .text(typed)
            case .list: caseFile.answers[question.id] = .list([typed + " 1", typed + " 2"])
            case .choice where question.allowsOtherValues:
                caseFile.answers[question.id] = .choice(ChoiceAnswer(selected: [], other: [typed]))
            case .choice: caseFile.answers[question.id] = .choice(ChoiceAnswer(selected: [question.choices?.first?.id ?? ""], other: []))
            case .yesNo: caseFile.answers[question.id] = .yesNo(true)
            case .stakeholders:
                caseFile.answers[question.id] = .stakeholders([
                    Stakeholder(name: hostile + " name", relation: hostile + " relation", interest: hostile + " interest", expects: hostile + " expects"),
                ])
            case .actions:
                caseFile.answers[question.id] = .actions([
                    ActionItem(what: hostile + " what", who: hostile + " who", due: hostile + " due", review: Fixtures.day),
                ])
            }
        }
        var session = IntervisionSession(day: Fixtures.day)
        session.facilitator = hostile + " facilitator"
        session.participants = [hostile + " participant"]
        session.additions = ["gemiste-feiten": [hostile + " addition"]]
        session.proposals = [Proposal(participant: hostile + " p", decision: hostile + " decision", argument: hostile + " argument")]
        session.socratic = SocraticDialogue(question: hostile + " socratic", whys: [hostile + " why"])
        session.ownerDecision = OwnerDecision(decision: hostile + " owner", argument: hostile + " because")
        caseFile.intervisions = [session]
        return caseFile
    }

    static func typedValues(_ caseFile: CaseFile) -> [String] {
        var values = [caseFile.title]
        for answer in caseFile.answers.values {
            switch answer {
            case .text(let text): values.append(text)
            case .list(let items): values += items
            case .choice(let choice): values += choice.other
            case .yesNo: break
            case .stakeholders(let people): values += people.flatMap { [$0.name, $0.relation, $0.interest, $0.expects] }
            case .actions(let actions): values += actions.flatMap { [$0.what, $0.who, $0.due] }
            }
        }
        for session in caseFile.intervisions {
            values += [session.facilitator].compactMap { $0 } + session.participants + session.additions.values.flatMap { $0 }
            values += session.proposals.flatMap { [$0.participant, $0.decision, $0.argument] }
            values += [session.socratic?.question].compactMap { $0 } + (session.socratic?.whys ?? [])
            values += [session.ownerDecision?.decision, session.ownerDecision?.argument].compactMap { $0 }
        }
        return values.sorted()
    }

    func render(_ caseFile: CaseFile, _ language: Language = .nl) -> String {
        HTMLRecordRenderer(questionnaire: Fixtures.fullRoute, texts: .embedded(language)).render(caseFile)
    }

    @Test func hostileTextInEveryFieldStaysTextAndReadsBackExactly() throws {
        let caseFile = try Self.hostileCase()
        let html = render(caseFile)
        let (reading, error) = HTMLReadback.read(html)
        let read = try #require(reading, "not well-formed XML: \(error ?? "")")
        #expect(!html.lowercased().contains("<script"))
        #expect(html.components(separatedBy: "</style>").count == 2, "only the stylesheet's own end tag")
        #expect(html.components(separatedBy: "<!--").count == 1 && !html.contains("<![CDATA["))
        let texts = read.blocks.map(\.text)
        let values = Self.typedValues(caseFile)
        #expect(values.count > 30)
        for value in values {
            #expect(texts.contains { $0.contains(value) }, "\(value.debugDescription) does not read back")
        }
        #expect(read.title == "Beslissingsverslag: " + caseFile.title)
    }

    @Test(.enabled(if: CommonMarkAST.isAvailable, "cmark-gfm is not installed"))
    func hostileTextInEveryFieldReadsLikeTheMarkdownRecord() throws {
        let caseFile = try Self.hostileCase()
        let markdown = MarkdownRecordRenderer(questionnaire: Fixtures.fullRoute, texts: .embedded(.nl)).render(caseFile)
        let legend = try HTMLRecordFidelityTests().cmarkBlocks(MermaidEcogramRenderer.legend(texts: .embedded(.nl), for: Ecogram(case: caseFile)).joined(separator: "\n"))
        let expected = HTMLRecordFidelityTests.droppingLegend(try HTMLRecordFidelityTests().cmarkBlocks(markdown), legend: legend)
        let read = try #require(HTMLReadback.read(render(caseFile)).reading)
        #expect(HTMLRecordFidelityTests.firstDifference(expected, read.blocks) == nil)
    }

    @Test func theFileStandsAloneWithNothingToFetchOrRun() throws {
        let html = render(try Self.hostileCase())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"))
        for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "src=", "href=", "@import"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.components(separatedBy: "url(").dropFirst().allSatisfy { $0.hasPrefix("#") }, "only the SVG's own markers")
        #expect(html.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil, "no event handlers")
        let addresses = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(24)) }
        #expect(Set(addresses) == ["://www.w3.org/1999/xhtml", "://www.w3.org/2000/svg\" "], "only namespace names")
        #expect(html.contains("@page { size: A4;"))
        #expect(html.components(separatedBy: "<svg ").count == 2, "the ecogram, drawn inline once")
        #expect(!html.contains("flowchart"), "no Mermaid source")
    }

    @Test func eachStepIsASectionAndTheLanguageIsDeclared() throws {
        var caseFile = try Self.hostileCase()
        caseFile.intervisions = []
        let html = render(caseFile, .en)
        #expect(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        let steps = Fixtures.fullRoute.orientations.count
        #expect(html.components(separatedBy: "<section>").count - 1 == steps + 2, "the summary, every step and the secrecy check")
        #expect(html.components(separatedBy: "</section>").count == html.components(separatedBy: "<section>").count)
        #expect(html.contains("<header>\n<h1>") && html.contains("<footer>\n<hr/>"))
    }

    @Test func theSameCaseGivesTheSameBytes() throws {
        let caseFile = try Self.hostileCase()
        #expect(render(caseFile) == render(caseFile))
    }
}
