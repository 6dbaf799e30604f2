/// A number she typed to pick one of `count` things shown from 1: the index from 0, or nil for
/// anything else. The range is checked before 1 is taken off, because `Int.min - 1` traps.
enum TypedNumber {
    static func index(_ typed: some StringProtocol, count: Int) -> Int? {
        guard let number = Int(typed), number >= 1, number <= count else { return nil }
        return number - 1
    }
}
