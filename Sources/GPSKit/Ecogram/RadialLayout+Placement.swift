import Foundation

extension RadialLayout {
    static let gap = 6.0
    static let margin = 12.0
    static let padding = 2.0
    /// The smallest share of the circle a sector gets, so a lone member still has a wedge.
    static let minimumSectorShare = 0.1

    public init(
        _ ecogram: Ecogram, centreText: String, sectorName: (StakeholderCategory) -> String,
        metrics: LabelMetrics = .standard, nodeRadius: Double = 12
    ) {
        self.metrics = metrics
        self.nodeRadius = nodeRadius
        let centreLines = EcogramLabel.lines(centreText, limit: Self.maximumLabelLength, count: Self.maximumLabelLines)
        let centreWidth = Self.width(of: centreLines, metrics: metrics)
        let centreHeight = metrics.height * Double(centreLines.count)
        // One line sits across the circle; two need its corners inside it too.
        centreRadius = centreLines.count == 1
            ? max(36, centreWidth / 2 + 10) : max(36, (centreWidth * centreWidth + centreHeight * centreHeight).squareRoot() / 2 + 6)
        centreLabel = Label(
            lines: centreLines, alignment: .middle,
            box: Box(centre: Point(x: 0, y: 0), halfWidth: centreWidth / 2, halfHeight: centreHeight / 2))
        let spokes = Spoke.all(in: ecogram)
        var placement = NodePlacement(
            spokes: spokes, metrics: metrics, nodeRadius: nodeRadius, centreRadius: centreRadius)
        nodes = placement.place()
        let outermost = nodes.map { $0.distance + nodeRadius }.max() ?? centreRadius
        wedgeRadius = outermost + 2 * Self.gap + metrics.height
        let taken = nodes.flatMap { [$0.box, $0.label.box] } + [centreLabel.box]
        sectors = Self.sectorLabels(spokes: spokes, beyond: wedgeRadius, avoiding: taken, metrics: metrics, name: sectorName)
        bounds = Self.bounds(centreRadius: centreRadius, nodes: nodes, sectors: sectors, wedgeRadius: wedgeRadius)
    }

    /// A label whose box starts at least `distance` from the centre along `angle`, and reads
    /// away from it: left-aligned on the right, right-aligned on the left, centred near the top
    /// and bottom.
    static func label(_ lines: [String], width: Double, angle: Double, beyond distance: Double, metrics: LabelMetrics) -> Label {
        let ux = cos(angle), uy = sin(angle)
        let height = metrics.height * Double(lines.count)
        let alignment: Alignment = abs(ux) < 0.3 ? .middle : (ux > 0 ? .start : .end)
        let local: Box
        switch alignment {
        case .start: local = Box(minX: 0, minY: -height / 2, maxX: width, maxY: height / 2)
        case .end: local = Box(minX: -width, minY: -height / 2, maxX: 0, maxY: height / 2)
        case .middle:
            local = uy < 0
                ? Box(minX: -width / 2, minY: -height, maxX: width / 2, maxY: 0)
                : Box(minX: -width / 2, minY: 0, maxX: width / 2, maxY: height)
        }
        let along = distance - local.nearestProjection(ux: ux, uy: uy)
        return Label(lines: lines, alignment: alignment, box: local.offsetBy(dx: ux * along, dy: uy * along))
    }

    /// The widest line, with padding on both sides.
    static func width(of lines: [String], metrics: LabelMetrics) -> Double {
        (lines.map(metrics.width(of:)).max() ?? 0) + 2 * padding
    }

    /// Each sector's name just outside its wedge, pushed further out while it would cover a
    /// member's node or label or another sector's name.
    private static func sectorLabels(
        spokes: [Spoke], beyond distance: Double, avoiding taken: [Box], metrics: LabelMetrics,
        name: (StakeholderCategory) -> String
    ) -> [Sector] {
        var sectors: [Sector] = []
        for spoke in spokes where sectors.last?.category != spoke.category {
            let text = EcogramLabel.shortened(EcogramLabel.oneLine(name(spoke.category)), to: 2 * maximumLabelLength)
            let width = metrics.width(of: text) + 2 * padding
            let middle = (spoke.sectorStart + spoke.sectorEnd) / 2
            var reach = distance + gap
            var label = Self.label([text], width: width, angle: middle, beyond: reach, metrics: metrics)
            while sectors.contains(where: { $0.label.box.intersects(label.box) })
                || taken.contains(where: { $0.intersects(label.box) })
            {
                reach += metrics.height / 2
                label = Self.label([text], width: width, angle: middle, beyond: reach, metrics: metrics)
            }
            sectors.append(Sector(category: spoke.category, startAngle: spoke.sectorStart, endAngle: spoke.sectorEnd, label: label))
        }
        return sectors
    }

    private static func bounds(centreRadius: Double, nodes: [Node], sectors: [Sector], wedgeRadius: Double) -> Box {
        var box = Box(centre: Point(x: 0, y: 0), halfWidth: centreRadius, halfHeight: centreRadius)
        for node in nodes { box = box.union(node.box).union(node.label.box) }
        for sector in sectors {
            box = box.union(sector.label.box)
            let steps = max(1, Int((sector.endAngle - sector.startAngle) / 0.05))
            for step in 0...steps {
                let angle = sector.startAngle + (sector.endAngle - sector.startAngle) * Double(step) / Double(steps)
                let point = Point(angle: angle, distance: wedgeRadius)
                box = box.union(Box(minX: point.x, minY: point.y, maxX: point.x, maxY: point.y))
            }
        }
        return box.insetBy(-margin)
    }
}

/// One member's direction from the centre, and the wedge it sits in.
struct Spoke {
    let member: Ecogram.Member
    let category: StakeholderCategory
    let angle: Double
    let sectorStart: Double
    let sectorEnd: Double
    /// The angle between neighbours in this sector.
    let spacing: Double

    /// Sector by sector clockwise from the top, each wedge as wide as its share of the members
    /// (with a minimum), members evenly spread inside it.
    static func all(in ecogram: Ecogram) -> [Spoke] {
        let groups = ecogram.occupiedSectors.map { ecogram.members(in: $0) }
        let total = Double(ecogram.members.count)
        let weights = groups.map { max(Double($0.count), total * RadialLayout.minimumSectorShare) }
        let weightSum = weights.reduce(0, +)
        var start = -Double.pi / 2
        var spokes: [Spoke] = []
        spokes.reserveCapacity(ecogram.members.count)
        for (group, weight) in zip(groups, weights) {
            let size = 2 * Double.pi * weight / weightSum
            let spacing = size / Double(group.count)
            for (index, member) in group.enumerated() {
                spokes.append(Spoke(
                    member: member, category: member.stakeholder.category, angle: start + spacing * (Double(index) + 0.5),
                    sectorStart: start, sectorEnd: start + size, spacing: spacing))
            }
            start += size
        }
        return spokes
    }
}
