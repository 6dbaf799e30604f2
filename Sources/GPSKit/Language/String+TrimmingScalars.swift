import Foundation

extension StringProtocol {
    /// The text without the scalars of `set` at either end, exactly as
    /// `trimmingCharacters(in:)` gives it, without bridging to NSString: on Linux that bridge's
    /// first use cost more than reading the rest of a case.
    func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        let isKept = { (scalar: Unicode.Scalar) in !set.contains(scalar) }
        guard let first = scalars.firstIndex(where: isKept), let last = scalars.lastIndex(where: isKept) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Without spaces and tabs at either end (`.whitespaces`; line breaks stay).
    var spacesTrimmed: String { trimmingScalars(in: .whitespaces) }
}
