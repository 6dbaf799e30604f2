/// The question ids of the method (see `method.md`): step 0 (K), breadth (B), height (H),
/// depth (D) and judgement (O). The full route must ask every one of them.
public enum MethodItem {
    public static let questionIDs: [String] =
        ids("K", 5) + ids("B", 10) + ids("H", 6) + ids("D", 5) + ids("O", 4)

    public static func isQuestionID(_ id: String) -> Bool { questionIDs.contains(id) }

    private static func ids(_ prefix: String, _ count: Int) -> [String] {
        (1...count).map { "\(prefix)\($0)" }
    }
}
