import Testing

@testable import GPSKit

/// The ground GPS proposes for the people a step tells something, and who it proposes as the
/// person who confided or asked for silence: only proposals, confirmed with Enter.
@Suite struct GroundProposalTests {
    func proposal(_ person: Stakeholder, acuteDanger: Bool = false, selfHarm: Bool = false) -> String? {
        GroundProposal(catalogue: .embedded, signals: .embedded, acuteDanger: acuteDanger, selfHarm: selfHarm).ground(for: [person])?.id
    }

    @Test func theRecipientSuggestsItsGround() {
        #expect(proposal(Stakeholder(name: "het parket", relation: "procureur des Konings", category: .society)) == "458bis")
        #expect(proposal(Stakeholder(name: "Hilde", relation: "mijn verantwoordelijke", category: .organisation)) == "joint-secrecy")
        #expect(proposal(Stakeholder(name: "dokter Peeters", relation: "huisarts", category: .services)) == "consent")
        #expect(proposal(Stakeholder(name: "het LCO", relation: "lokaal cliëntoverleg", category: .services)) == "shared-secrecy")
        #expect(proposal(Stakeholder(name: "de politie", category: .society)) == "necessity")
        #expect(proposal(Stakeholder(name: "112", category: .society), acuteDanger: true) == "422bis")
    }

    @Test func dangerToThePersonHerselfNeverProposes458bis() {
        #expect(proposal(Stakeholder(name: "het parket", relation: "procureur", category: .society), selfHarm: true) == "necessity")
        let alternatives = GroundCatalogue.embedded.alternatives(to: "necessity", selfHarm: true).map(\.id)
        #expect(!alternatives.isEmpty && !alternatives.contains("458bis"))
        #expect(GroundCatalogue.embedded.alternatives(to: "458bis", selfHarm: false).map(\.id) == ["necessity", "422bis", "consent", "shared-secrecy"])
    }

    @Test func everyGroundNamesAProvisionOfTheRulebookOrNoneAndItsAlternativesExist() throws {
        let rulebook = try Rulebook.embedded()
        let catalogue = GroundCatalogue.embedded
        #expect(catalogue.ids == ["consent", "shared-secrecy", "joint-secrecy", "458bis", "458ter", "necessity", "422bis", "legal-duty"])
        for ground in catalogue.grounds {
            if let id = ground.provision { #expect(rulebook.provision(id: id) != nil, "\(ground.id)") }
            #expect(ground.alternatives.allSatisfy { catalogue.ground($0) != nil }, "\(ground.id)")
            #expect(!ground.label.nl.isEmpty && !ground.label.en.isEmpty)
            for condition in ground.readFromStep.keys {
                #expect(ground.provision.flatMap(rulebook.provision(id:))?.condition(condition) != nil, "\(ground.id): \(condition)")
            }
        }
        for rule in catalogue.proposals { #expect(catalogue.ground(rule.ground) != nil) }
    }

    @Test func whoConfidedIsReadFromTheClauseWithAConfidingWord() {
        let people = [
            Stakeholder(name: "Ilse (29)", category: .client, familyKnows: nil),
            Stakeholder(name: "Kevin (33)", relation: "partner", category: .household),
            Stakeholder(name: "Nele", relation: "zus", expects: "weet van niets", category: .household),
        ]
        let facts = ["Maandag fluisterde Ilse in de keuken: 'Kevin slaat me soms. Zeg het tegen niemand.'", "Nele kwam langs."]
        let proposal = ConfidingProposal(stakeholders: people, facts: facts, signals: .embedded)
        #expect(proposal.confidants == [0])
        #expect(proposal.silenceAskers == [0])
        var asking = people
        asking[2].expects = "dat ik zwijg tegenover haar zus"
        #expect(ConfidingProposal(stakeholders: asking, facts: [], signals: .embedded).silenceAskers == [2])
    }

    /// Tried as a caregiver writes it: the client is "mevrouw", and the request for silence
    /// comes in a sentence of its own that starts with "Ze".
    @Test func aClientCalledByHerTitleAndASilenceAskedWithAPronounAreProposed() {
        let people = [
            Stakeholder(name: "Mevrouw Peeters", relation: "de cliënt", category: .client),
            Stakeholder(name: "Marc", relation: "zoon van mevrouw", category: .household),
            Stakeholder(name: "Els", relation: "mijn verantwoordelijke", category: .organisation),
        ]
        let facts = [
            "Mevrouw zei dinsdag: 'Mijn zoon neemt mijn bankkaart mee.'", "De koelkast was leeg.",
            "Ze vroeg me het aan niemand te vertellen.",
        ]
        let proposal = ConfidingProposal(stakeholders: people, facts: facts, signals: .embedded)
        #expect(proposal.confidants == [0])
        #expect(proposal.silenceAskers == [0])
        // Without anyone who confided before it, a pronoun proposes no one.
        #expect(ConfidingProposal(stakeholders: people, facts: [facts[2]], signals: .embedded).silenceAskers.isEmpty)
        // Two clients both called "mevrouw": the title names neither.
        let two = people + [Stakeholder(name: "Mevrouw Janssens", relation: "buurvrouw", category: .informal)]
        #expect(ConfidingProposal(stakeholders: two, facts: facts, signals: .embedded).confidants.isEmpty)
    }

    @Test func aStepsParticipantsAreThoseNamedInWhoAndAfterMetInWhat() {
        let people = [
            Stakeholder(name: "Ilse (29)", category: .client, confided: true),
            Stakeholder(name: "Kevin (33)", category: .household),
            Stakeholder(name: "de huisarts", category: .services),
        ]
        let steps = StepPeople(stakeholders: people)
        let talk = ActionItem(what: "Gesprek met Ilse alleen, terwijl Kevin werkt", who: "ik")
        #expect(steps.participants(of: talk) == ["Ilse (29)"])
        let visit = ActionItem(what: "Samen een afspraak bij de huisarts", who: "Ilse; ik ga mee")
        #expect(steps.participants(of: visit) == ["Ilse (29)", "de huisarts"])
        #expect(steps.recipients(among: ["Ilse (29)", "de huisarts"]) == ["de huisarts"], "the one who confided is not told her own story")
        // Tried with oogje-in-het-zeil: "Kristel vertellen dat ik de consulent wekelijks mail"
        // proposed the consulent as taking part.
        let team = people + [Stakeholder(name: "Griet", relation: "mijn verantwoordelijke", category: .organisation)]
        let telling = ActionItem(what: "Griet vertellen dat ik de huisarts wekelijks mail", who: "ik")
        #expect(StepPeople(stakeholders: team).participants(of: telling) == ["Griet"])
        let either = ActionItem(what: "de huisarts of Griet bellen", who: "ik")
        #expect(StepPeople(stakeholders: team).participants(of: either) == ["de huisarts", "Griet"])
    }

    @Test func theFactsDayDecidesTheCode() throws {
        let rulebook = try Rulebook.embedded()
        #expect(CodeOnDate(day: CaseDay(year: 2026, month: 4, day: 7)!, rulebook: rulebook).code == .sw1867)
        let new = CodeOnDate(day: CaseDay(year: 2026, month: 4, day: 8)!, rulebook: rulebook)
        #expect(new.code == .sw2024 && new.confidence == .likely)
    }
}
