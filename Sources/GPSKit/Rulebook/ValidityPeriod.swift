/// From and until which day a rule applies, as ISO dates (YYYY-MM-DD); nil is open-ended or
/// unknown, which the fact's note explains.
public struct ValidityPeriod: Sendable, Decodable, Equatable {
    public var from: String?
    public var until: String?

    public init(from: String?, until: String?) {
        self.from = from
        self.until = until
    }

    /// Whether a day (YYYY-MM-DD) falls inside the period; ISO dates compare as strings.
    public func contains(_ day: String) -> Bool {
        (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
    }
}

/// The validity of a provision's old article (Sw. 1867) and of its successor (Sw. 2024).
public struct ProvisionValidity: Sendable, Decodable {
    public var oldCode: Sourced<ValidityPeriod>
    public var newCode: Sourced<ValidityPeriod>
}
