import Foundation
import Testing

@testable import GPSKit

/// The dated ecogram: one snapshot per day on which the network changed, and what changed.
@Suite struct EcogramHistoryTests {
    let monday = CaseDay(year: 2026, month: 11, day: 16)!
    let friday = CaseDay(year: 2026, month: 11, day: 20)!

    func caseWith(_ people: [Stakeholder]) -> CaseFile {
        var caseFile = Fixtures.emptyCase(route: Fixtures.fullRoute)
        caseFile.answers["betrokkenen"] = .stakeholders(people)
        return caseFile
    }

    @Test func aNewNetworkIsRecordedOnceAndAnUnchangedOneNotAgain() {
        var caseFile = caseWith([Stakeholder(name: "Mama", category: .client)])
        caseFile.recordEcogram(on: monday)
        caseFile.recordEcogram(on: friday)
        #expect(caseFile.ecograms.map(\.day) == [monday])
        #expect(caseFile.previousEcogram == nil, "today's picture is the only one")
    }

    @Test func aChangeOnALaterDayAddsASnapshotAndTheEarlierOneIsThePrevious() {
        var caseFile = caseWith([Stakeholder(name: "Mama", category: .client)])
        caseFile.recordEcogram(on: monday)
        caseFile.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "Mama", category: .client), Stakeholder(name: "CLB")])
        caseFile.recordEcogram(on: friday)
        #expect(caseFile.ecograms.map(\.day) == [monday, friday])
        #expect(caseFile.previousEcogram?.day == monday)
    }

    @Test func twoChangesOnOneDayKeepOneSnapshotForThatDay() {
        var caseFile = caseWith([Stakeholder(name: "Mama", category: .client)])
        caseFile.recordEcogram(on: monday)
        caseFile.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "CLB")])
        caseFile.recordEcogram(on: friday)
        caseFile.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "CLB"), Stakeholder(name: "OCMW")])
        caseFile.recordEcogram(on: friday)
        #expect(caseFile.ecograms.map(\.day) == [monday, friday])
        #expect(caseFile.ecograms.last?.stakeholders.count == 2)
    }

    @Test func undoingTodaysChangeDropsTodaysSnapshot() {
        var caseFile = caseWith([Stakeholder(name: "Mama", category: .client)])
        caseFile.recordEcogram(on: monday)
        caseFile.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "CLB")])
        caseFile.recordEcogram(on: friday)
        caseFile.answers["betrokkenen"] = .stakeholders([Stakeholder(name: "Mama", category: .client)])
        caseFile.recordEcogram(on: friday)
        #expect(caseFile.ecograms.map(\.day) == [monday])
    }

    @Test func changesNameWhoCameWhoLeftAndWhatMoved() {
        let before = [
            Stakeholder(name: "Tom", category: .household, tie: .weak),
            Stakeholder(name: "Oma", category: .household),
            Stakeholder(name: "Jan", category: .informal), Stakeholder(name: "Jan", category: .informal),
        ]
        let after = [
            Stakeholder(name: " tom ", category: .household, tie: .stressful, context: nil),
            Stakeholder(name: "Jan", category: .informal),
            Stakeholder(name: "Consulent", category: .society, context: .forced, familyKnows: true),
        ]
        #expect(EcogramChange.between(before, after) == [
            .changed(after[0], [.tie(from: .weak, to: .stressful)]),
            .added(after[2]),
            .removed(before[1]),
            .removed(before[3]),
        ])
    }

    @Test func anUnchangedNetworkHasNoChanges() {
        let people = [Stakeholder(name: "Mama", category: .client), Stakeholder(name: "CLB")]
        #expect(EcogramChange.between(people, people).isEmpty)
    }

    @Test func draftsCountAsPartOfTheNetwork() {
        var caseFile = Fixtures.emptyCase(route: Fixtures.fullRoute)
        caseFile.drafts["betrokkenen"] = .stakeholders([Stakeholder(name: "Buurman")])
        #expect(caseFile.stakeholders.map(\.name) == ["Buurman"])
    }
}
