/// E-mail addresses by the WHATWG "valid e-mail address" pattern. A final full stop is left
/// out because a domain label cannot end in one.
enum EmailAddress {
    static let pattern = TextPattern(
        #"[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*"#
    )

    static func matches(in text: String) -> [Range<String.Index>] { pattern.matches(in: text) }
}
