import Testing

@testable import GPSKit

/// The ecogram's first guess reads who someone is before what they do: tried with the
/// oogje-in-het-zeil case, Robbe ("zoon; staat onder toezicht van de jeugdrechter") was
/// proposed as justice and opa Jef ("papa van Sofie; brengt Lotte soms naar school") as a
/// service, so both needed four extra prompts.
@Suite struct CategoryGuessTests {
    @Test(arguments: [
        ("Robbe (15)", "zoon; staat onder toezicht van de jeugdrechter", StakeholderCategory.household),
        ("opa Jef", "papa van Sofie; brengt Lotte soms naar school", .household),
        ("Sofie", "mama, de cliënt; vroeg zelf de gezinszorg aan", .client),
        ("de consulent", "sociale dienst van de jeugdrechtbank; volgt Robbe op", .society),
        ("de school van Robbe", "leerlingenbegeleiding van zijn school", .services),
        ("Kristel", "mijn verantwoordelijke bij de dienst gezinszorg", .organisation),
        ("Jan", "; buurman", .informal),
    ])
    func whoSomeoneIsComesBeforeWhatTheyDo(name: String, relation: String, expected: StakeholderCategory) {
        #expect(CategoryGuess.category(name: name, relation: relation) == expected)
    }

    @Test func withoutASemicolonTheWholeRelationIsRead() {
        #expect(CategoryGuess.category(name: "Mieke", relation: "werkt bij het OCMW") == .services)
        #expect(CategoryGuess.category(name: "X", relation: "") == .informal)
    }
}
