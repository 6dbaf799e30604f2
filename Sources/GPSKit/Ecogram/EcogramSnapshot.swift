/// The network as it stood on one day. A case keeps one per day on which its stakeholders
/// changed, so the record can say what changed since the last time.
public struct EcogramSnapshot: Codable, Sendable, Equatable {
    public var day: CaseDay
    public var stakeholders: [Stakeholder]

    public init(day: CaseDay, stakeholders: [Stakeholder]) {
        self.day = day
        self.stakeholders = stakeholders
    }
}

extension CaseFile {
    /// Records today's network if it differs from the last one recorded. A second change on
    /// the same day replaces that day's snapshot rather than adding one.
    public mutating func recordEcogram(on day: CaseDay) {
        let current = stakeholders
        guard ecograms.last?.stakeholders != current else { return }
        if ecograms.last?.day == day {
            ecograms.removeLast()
            if ecograms.last?.stakeholders == current { return }
        }
        ecograms.append(EcogramSnapshot(day: day, stakeholders: current))
    }

    /// The snapshot before today's picture, to compare it with; nil when there is none.
    public var previousEcogram: EcogramSnapshot? {
        let current = stakeholders
        guard let last = ecograms.last else { return nil }
        if last.stakeholders == current { return ecograms.dropLast().last }
        return last
    }
}
