import Testing

@testable import GPSKit

/// Warnings say where something is in her words, not in GPS's ids: "Feiten #2", "Betrokkenen
/// #1, belang" ("feiten #2", "betrokkenen #1 interest" before, in Dutch even for English users).
@Suite struct TextLocationPlaceTests {
    @Test func anAnswerIsNamedByItsQuestionsLabelAndAFieldByItsColumn() throws {
        let route = Fixtures.fullRoute
        let nl = MessageTable.embedded(.nl)
        let facts = try #require(route.question(withID: "feiten")).label
        let people = try #require(route.question(withID: "betrokkenen")).label
        #expect(TextLocation(.answer(question: "feiten"), item: 2).place(in: route, messages: nl) == facts.nl + " #2")
        #expect(
            TextLocation(.answer(question: "betrokkenen"), item: 1, field: "interest").place(in: route, messages: nl)
                == people.nl + " #1, belang")
        let en = MessageTable.embedded(.en)
        #expect(
            TextLocation(.answer(question: "betrokkenen"), item: 1, field: "expects").place(in: route, messages: en)
                == people.en + " #1, expects of me")
    }

    @Test func withoutItsRouteOrOutsideTheAnswersTheCompactLabelStays() {
        let nl = MessageTable.embedded(.nl)
        #expect(TextLocation(.answer(question: "feiten"), item: 2).place(in: nil, messages: nl) == "feiten #2")
        #expect(TextLocation(.other("x")).place(in: Fixtures.fullRoute, messages: nl) == "x")
    }

    @Test func theOtherPlacesOfACaseAreSaidInHerLanguage() throws {
        let nl = MessageTable.embedded(.nl)
        let route = Fixtures.fullRoute
        let facts = try #require(route.question(withID: "feiten")).label.nl
        #expect(TextLocation(.title).place(in: route, messages: nl) == "de titel")
        #expect(TextLocation(.draft(question: "feiten"), item: 1).place(in: route, messages: nl) == facts + " #1 (nog niet af)")
        let day = try #require(CaseDay(year: 2026, month: 11, day: 13))
        #expect(TextLocation(.ecogram(day: day), item: 2, field: "name").place(in: route, messages: nl) == "het ecogram van 13 november 2026 #2, wie")
        #expect(TextLocation(.conditions(provision: "art-458bis")).place(in: route, messages: nl) == "je redenen bij art. 458bis")
    }
}
