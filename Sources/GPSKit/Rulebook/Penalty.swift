/// A penalty under one code, as a sentence in nl/en with its confidence.
public struct Penalty: Sendable, Decodable {
    public var code: CodeVersion
    public var text: Sourced<LocalizedText>

    private enum CodingKeys: String, CodingKey { case code }
}

extension Penalty {
    public init(from decoder: any Decoder) throws {
        code = try decoder.container(keyedBy: CodingKeys.self).decode(CodeVersion.self, forKey: .code)
        text = try Sourced(from: decoder)
    }
}
