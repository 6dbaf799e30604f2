/// The kinds of identifier the export refuses to let through unmasked.
public enum IdentifierKind: String, Sendable, CaseIterable, Codable, Comparable {
    case email
    case iban
    case nationalNumber
    case bisNumber
    case phone
    case address
    case birthDate

    /// The kind's name as the coach reads it, also used inside the mask placeholder.
    public var name: MessageKey {
        switch self {
        case .email: .privacyKindEmail
        case .iban: .privacyKindIban
        case .nationalNumber: .privacyKindNationalNumber
        case .bisNumber: .privacyKindBisNumber
        case .phone: .privacyKindPhone
        case .address: .privacyKindAddress
        case .birthDate: .privacyKindBirthDate
        }
    }

    /// Declaration order is also the order in which overlapping matches win: an e-mail
    /// address or IBAN can contain digit runs that look like a phone number, and a phone
    /// pattern matches part of a national number.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
