import Foundation
import Testing

@testable import GPSKit

@Suite struct IntervisionReplayTests {
    static let guide = Fixtures.library.intervisionGuide!
    static let sessionDay = CaseDay(year: 2027, month: 1, day: 12)!

    struct Run {
        var outcome: IntervisionReplay.Outcome
        var console: ScriptedConsole
        var saves: SaveRecorder
        var caseFile: CaseFile { saves.last! }
        var session: IntervisionSession { caseFile.intervisions.last! }
    }

    static func exampleCase(_ name: String = "partnergeweld") throws -> CaseFile {
        let file = try AnswersFile(text: try PackageRoot.text("Examples/\(name)/antwoorden.json"), name: name)
        return try CaseFile.importing(
            file, route: Fixtures.fullRoute, id: Fixtures.id, title: name, date: file.date ?? Fixtures.day,
            now: Fixtures.moment)
    }

    func run(_ lines: [String], caseFile: CaseFile, language: Language = .nl, pseudonymised: Bool = false) throws -> Run {
        let console = ScriptedConsole(lines)
        let saves = SaveRecorder()
        var replay = IntervisionReplay(
            caseFile: caseFile, route: Fixtures.fullRoute, guide: Self.guide, day: Self.sessionDay, console: console,
            texts: .embedded(language), clock: { Fixtures.moment }, pseudonymised: pseudonymised, save: saves.save)
        let outcome = try replay.run()
        return Run(outcome: outcome, console: console, saves: saves)
    }

    /// Facilitator, participants, one addition per step, a Socratic part, the round, her decision.
    static let wholeSession: [String] = [
        "Sara",
        "An, Bo", "Cas", "Dirk", "",
        "", // knots
        "De partner werkt 's nachts", "", // facts
        "Misschien weet de zus het al", "", // suspicions
        "Grootmoeder: vangt de kinderen op", "", // stakeholders
        "", // expectations
        "Art. 458bis Sw.", "", // norms
        "", // room in the rules
        "", // values
        "Wanneer is zwijgen in de steek laten?",
        "Omdat vertrouwen nodig is", "Omdat kinderen kwetsbaar zijn", "",
        "Met Ilse praten", "Haar vertrouwen",
        "CAW bellen met haar", "Veiligheid",
        "Griet inlichten", "Gedeeld beroepsgeheim",
        "Afwachten", "",
        "", // desirable and feasible
        "Wat An zei", "",
        "Ik spreek eerst met Ilse en bel dan samen het CAW.", "",
    ]

    @Test func aWholeSessionKeepsEverythingTheGroupGaveApartAndDated() throws {
        let original = try Self.exampleCase()
        let run = try run(Self.wholeSession, caseFile: original)
        #expect(run.outcome == .finished)
        let session = run.session
        #expect(session.day == Self.sessionDay)
        #expect(session.finished)
        #expect(session.facilitator == "Sara")
        #expect(session.participants == ["An", "Bo", "Cas", "Dirk"])
        #expect(session.additions["gemiste-feiten"] == ["De partner werkt 's nachts"])
        #expect(session.additions["gemiste-vermoedens"] == ["Misschien weet de zus het al"])
        #expect(session.additions["gemiste-normen"] == ["Art. 458bis Sw."])
        #expect(session.additions["knopen"] == nil)
        #expect(session.socratic == SocraticDialogue(
            question: "Wanneer is zwijgen in de steek laten?",
            whys: ["Omdat vertrouwen nodig is", "Omdat kinderen kwetsbaar zijn"]))
        #expect(session.proposals.map(\.participant) == ["An", "Bo", "Cas", "Dirk"])
        #expect(session.proposals[3] == Proposal(participant: "Dirk", decision: "Afwachten", argument: ""))
        #expect(session.ownerDecision == OwnerDecision(
            decision: "Ik spreek eerst met Ilse en bel dan samen het CAW.", argument: "Wat An zei"))
        #expect(run.console.unreadLines == 0)
    }

    @Test func theOwnersAnswersAreByteForByteUnchanged() throws {
        let original = try Self.exampleCase()
        let run = try run(Self.wholeSession, caseFile: original)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(run.caseFile.answers) == encoder.encode(original.answers))
        #expect(run.caseFile.drafts == original.drafts && run.caseFile.skipped == original.skipped)
        for save in run.saves.saves { #expect(save.answers == original.answers) }
    }

    @Test func theCaseIsShownStepByStepWithSuspicionsMarked() throws {
        let run = try run(Self.wholeSession, caseFile: try Self.exampleCase())
        let output = run.console.output
        #expect(output.contains("- (vermoeden) Volgens mij gebeurt het vaker"))
        #expect(output.contains("Kevin (33), partner van Ilse"))
        #expect(output.contains("Beslissing die nu geldt"))
        #expect(output.contains("Welke beslissing zou Cas nemen?"))
    }

    @Test func aDuplicateOrEmptyNameIsRefusedAndAskedAgainKeepingTheOthers() throws {
        let lines = ["", "An, Bo", "an", "Cas, , Dirk", "Cas", ""]
        let run = try run(lines, caseFile: try Self.exampleCase())
        #expect(run.console.output.contains("an staat al op de lijst"))
        #expect(run.console.output.contains("Daar staat een lege naam tussen"))
        #expect(run.session.participants == ["An", "Bo", "Cas"])
        #expect(run.session.isSettled("deelnemers"))
    }

    @Test func anEmptyListOfParticipantsIsNotAccepted() throws {
        let run = try run(["", "", "Bo", ""], caseFile: try Self.exampleCase())
        #expect(run.console.output.contains("Er staat nog niemand op de lijst"))
        #expect(run.session.participants == ["Bo"])
    }

    @Test func aNumberStandsForAnonymousParticipants() throws {
        let run = try run(["", "4"], caseFile: try Self.exampleCase())
        #expect(run.session.participants == ["deelnemer 1", "deelnemer 2", "deelnemer 3", "deelnemer 4"])
    }

    @Test func stopMidRoundSavesAndTheNextRunGoesOnWithTheNextParticipant() throws {
        let stopAt = Self.wholeSession.firstIndex(of: "CAW bellen met haar")!
        let first = try run(Array(Self.wholeSession[..<stopAt]) + [":stop"], caseFile: try Self.exampleCase())
        #expect(first.outcome == .stopped)
        #expect(!first.session.finished)
        #expect(first.session.proposals == [Proposal(participant: "An", decision: "Met Ilse praten", argument: "Haar vertrouwen")])
        let second = try run(Array(Self.wholeSession[stopAt...]), caseFile: first.caseFile)
        #expect(second.outcome == .finished)
        #expect(second.console.output.contains("Jullie gaan verder met de intervisie van 12 januari 2027"))
        #expect(second.caseFile.intervisions.count == 1)
        #expect(second.session.proposals.map(\.participant) == ["An", "Bo", "Cas", "Dirk"])
        #expect(second.session.ownerDecision?.argument == "Wat An zei")
    }

    @Test func endOfInputInsideAnAdditionKeepsWhatWasTyped() throws {
        let run = try run(["", "An", "", "", "feit een", "feit twee"], caseFile: try Self.exampleCase())
        #expect(run.outcome == .endOfInput)
        #expect(run.session.additions["gemiste-feiten"] == ["feit een", "feit twee"])
        #expect(!run.session.isSettled("gemiste-feiten"))
    }

    @Test func aCaseWithoutADecisionIsAllowedAndSaysSo() throws {
        var caseFile = try Self.exampleCase()
        caseFile.answers["beslissing"] = nil
        let run = try run(Self.wholeSession, caseFile: caseFile)
        #expect(run.outcome == .finished)
        #expect(run.console.output.contains("Deze casus heeft nog geen beslissing"))
        let log = DecisionLog(caseFile: run.caseFile, route: Fixtures.fullRoute)
        #expect(log.entries.map(\.intervision) == [0])
    }

    @Test func aSecondSessionSupersedesTheFirstAndKeepsAllDecisions() throws {
        let first = try run(Self.wholeSession, caseFile: try Self.exampleCase())
        var lines = Self.wholeSession
        lines[lines.count - 2] = "Ik blijf bij mijn plan, met Nele erbij."
        let second = try run(lines, caseFile: first.caseFile)
        #expect(second.caseFile.intervisions.count == 2)
        let log = DecisionLog(caseFile: second.caseFile, route: Fixtures.fullRoute)
        #expect(log.entries.map(\.intervision) == [nil, 0, 1])
        #expect(log.current?.decision == "Ik blijf bij mijn plan, met Nele erbij.")
        #expect(log.entries[0].day == second.caseFile.date)
    }

    @Test func enterAtTheOwnersDecisionKeepsTheDecisionThatHolds() throws {
        var lines = Self.wholeSession
        lines[lines.count - 2] = ""
        let run = try run(Array(lines.dropLast()), caseFile: try Self.exampleCase())
        let firstDecision = DecisionLog(caseFile: try Self.exampleCase(), route: Fixtures.fullRoute).current?.decision
        #expect(run.session.ownerDecision?.decision == firstDecision)
    }

    /// A group from outside her team sees the case with roles instead of names, as a coach does;
    /// what they add still goes into her real case, and a resumed session stays pseudonymised.
    @Test func aPseudonymisedReplayShowsRolesAndKeepsShowingThemWhenResumed() throws {
        let caseFile = try Self.exampleCase()
        let names = caseFile.stakeholders.flatMap { PersonName($0.name).properParts }
        #expect(names.contains("Ilse"))
        let first = try run(["Sara", "An, Bo", ":stop"], caseFile: caseFile, pseudonymised: true)
        #expect(first.session.shownPseudonymised == true)
        for name in names { #expect(!first.console.output.contains(name), "\(name) shown to the group") }
        #expect(first.caseFile.answers == caseFile.answers, "her own answers keep every name")
        let resumed = try run(["", ":stop"], caseFile: first.caseFile)
        #expect(resumed.session.shownPseudonymised == true)
        for name in names { #expect(!resumed.console.output.contains(name), "\(name) shown after resuming") }
        let plain = try run(["Sara", ":stop"], caseFile: caseFile)
        #expect(plain.console.output.contains("Ilse"))
        #expect(plain.session.shownPseudonymised == nil)
    }
}
