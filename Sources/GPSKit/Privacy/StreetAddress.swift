/// A street with a house number: a Dutch street name ending in a street word ("Kerkstraat 12",
/// "Frans Halslaan 4 bus 2", "Grote Markt 1") or a French one starting with one ("Rue de la
/// Loi 16"), optionally followed by a postal code and place. A postal code and place alone
/// ("9000 Gent") is not flagged: it names a town, not a household.
enum StreetAddress {
    /// Street words that end a Dutch street name written with a capital ("Kerkstraat", "Meir-
    /// lei"). Short words such as "hof", "weg" and "pad" also end ordinary nouns, so they only
    /// count in a capitalised name.
    private static let suffixes =
        "straat|steenweg|laan|plein|weg|dreef|lei|kaai|kade|markt|dijk|hof|pad|baan|steeg|singel|vest|wal|gracht|dries|kouter|berg|veld|park|hoek|dam|boulevard"
    /// Street words that are unambiguous enough to count in a name typed in lower case.
    private static let lowercaseSuffixes = "straat|steenweg|laan|plein|dreef|kaai|singel|boulevard"
    /// Street words that are a whole street name when capitalised ("Grote Markt 1", "Vest 3").
    private static let bareWords = "Markt|Plein|Dreef|Kaai|Lei|Dijk|Vest|Kouter|Dries|Steenweg|Vesten|Kaai"
    private static let frenchWords =
        "Rue|Avenue|Av\\.|Chaussée|Boulevard|Bd\\.?|Place|Quai|Square|Clos|Allée|Impasse|Chemin|Drève"

    /// A house number, not a quantity: "Kerkstraat 2 keer" is not an address.
    private static let number =
        #"(?:nr\.?\s*)?\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])(?!\s*(?:km|m|meter|keer|x|jaar|jaren|uur|u|min|minuten|euro|eur|€|%|kg|dagen|weken|maanden|personen|kinderen)(?![\p{L}]))"#
    private static let box = #"(?:,?\s*(?:bus|bte|b\.|/)\s*[0-9A-Za-z]{1,4}(?![\p{L}\p{N}]))?"#
    private static let place = #"(?:,?\s+[1-9]\d{3}\s+\p{Lu}[\p{L}-]+)?"#

    static let pattern: TextPattern = {
        let dutch =
            #"(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:\p{Lu}[\p{L}'’-]*(?:"# + suffixes + #")|\p{Ll}[\p{L}-]+(?:"#
            + lowercaseSuffixes + #")|(?:"# + bareWords + #"))"#
        let french = #"(?:"# + frenchWords + #")\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+,?"#
        return TextPattern(
            #"(?<![\p{L}\p{N}])(?:"# + dutch + "|" + french + #")\s+"# + number + box + place
        )
    }()

    static func matches(in text: String) -> [Range<String.Index>] { pattern.matches(in: text) }

    /// The words a Dutch street name ends in, in lower case, for `IdentifierHints`.
    static var streetWordEndings: [String] {
        (suffixes + "|" + lowercaseSuffixes + "|" + bareWords).lowercased().split(separator: "|").map(String.init)
    }

    /// The words a French street name starts with, in lower case and without their dots.
    static var frenchStreetWords: [String] {
        // The pattern's escapes ("Av\\.", "Bd\\.?") dropped by hand: Foundation's replacing bridges
        // to NSString, whose first use is costly at start-up.
        frenchWords.lowercased().split(separator: "|").map { $0.filter { !"\\.?".contains($0) } }
    }
}
