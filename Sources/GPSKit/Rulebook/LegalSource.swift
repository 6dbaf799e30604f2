/// A place a fact was read, cited by id from the facts that rest on it.
public struct LegalSource: Sendable, Decodable, Identifiable, Equatable {
    public var id: String
    public var title: String
    public var url: String
}
