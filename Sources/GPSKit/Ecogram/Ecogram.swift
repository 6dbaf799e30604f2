/// The client's network as the renderers draw it: the client in the centre, everyone else in
/// the sector of their category. Built from the stakeholders alone, so every renderer draws
/// the same picture.
public struct Ecogram: Sendable, Equatable {
    /// One stakeholder in the picture. `number` is unique, so two people with the same name
    /// stay two people.
    public struct Member: Sendable, Equatable {
        public let number: Int
        public let stakeholder: Stakeholder

        /// A stable identifier for formats that need one (`p1`, `p2`, …).
        public var identifier: String { "p\(number)" }
    }

    /// The people the help is for, drawn in the centre.
    public let clients: [Member]
    /// Everyone else, sector by sector, in the order she entered them.
    public let members: [Member]

    public init(stakeholders: [Stakeholder]) {
        let numbered = stakeholders.enumerated().map { Member(number: $0.offset + 1, stakeholder: $0.element) }
        clients = numbered.filter { $0.stakeholder.category == .client }
        members = StakeholderCategory.sectors.flatMap { sector in
            numbered.filter { $0.stakeholder.category == sector }
        }
    }

    public init(case caseFile: CaseFile) {
        self.init(stakeholders: caseFile.stakeholders)
    }

    public var isEmpty: Bool { clients.isEmpty && members.isEmpty }

    public func members(in category: StakeholderCategory) -> [Member] {
        category == .client ? clients : members.filter { $0.stakeholder.category == category }
    }

    /// The sectors that have someone in them, in drawing order.
    public var occupiedSectors: [StakeholderCategory] {
        StakeholderCategory.sectors.filter { sector in members.contains { $0.stakeholder.category == sector } }
    }
}

extension CaseFile {
    /// Every stakeholder she entered, finished or still a draft, in the order of the questions.
    public var stakeholders: [Stakeholder] {
        let answered = answers.sorted { $0.key < $1.key }.map(\.value)
        let drafted = drafts.filter { answers[$0.key] == nil }.sorted { $0.key < $1.key }.map(\.value)
        return (answered + drafted).flatMap { answer -> [Stakeholder] in
            if case .stakeholders(let people) = answer { return people }
            return []
        }
    }
}
