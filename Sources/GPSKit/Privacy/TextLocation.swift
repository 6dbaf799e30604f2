/// Where in a case a piece of free text sits, so a finding can say where to look.
public struct TextLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Area: Sendable, Equatable, Hashable {
        case title
        case answer(question: String)
        case draft(question: String)
        case ecogram(day: CaseDay)
        /// Her reasons for judging the conditions of one provision.
        case conditions(provision: String)
        /// What was said in an intervision session.
        case intervision(day: CaseDay)
        /// Text that does not come from a case, such as a single string a caller scans.
        case other(String)
    }

    public var area: Area
    /// The 1-based position in a list, stakeholder list or action plan.
    public var item: Int?
    /// The field within the item: `name`, `relation`, `interest`, `expects`, `what`, `who`, `due`, `other`.
    public var field: String?

    public init(_ area: Area, item: Int? = nil, field: String? = nil) {
        self.area = area
        self.item = item
        self.field = field
    }

    /// A compact label such as `B3 #2 interest` or `draft B3 #1 name`.
    public var description: String {
        var parts: [String]
        switch area {
        case .title: parts = ["title"]
        case .answer(let question): parts = [question]
        case .draft(let question): parts = ["draft", question]
        case .ecogram(let day): parts = ["ecogram", day.description]
        case .conditions(let provision): parts = ["conditions", provision]
        case .intervision(let day): parts = ["intervision", day.description]
        case .other(let label): parts = label.isEmpty ? [] : [label]
        }
        if let item { parts.append("#\(item)") }
        if let field { parts.append(field) }
        return parts.joined(separator: " ")
    }
}
