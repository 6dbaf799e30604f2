import Foundation

/// Finds the smallest radius, on one ring or two alternating rings, at which no two boxes
/// overlap. Beyond `RadialLayout.checkedMemberLimit` it stops checking and spaces by formula.
struct NodePlacement {
    let spokes: [Spoke]
    let metrics: LabelMetrics
    let nodeRadius: Double
    let centreRadius: Double
    private let texts: [[String]]
    private let widths: [Double]

    init(spokes: [Spoke], metrics: LabelMetrics, nodeRadius: Double, centreRadius: Double) {
        self.spokes = spokes
        self.metrics = metrics
        self.nodeRadius = nodeRadius
        self.centreRadius = centreRadius
        texts = spokes.map {
            EcogramLabel.lines($0.member.label, limit: RadialLayout.maximumLabelLength, count: RadialLayout.maximumLabelLines)
        }
        widths = texts.map { RadialLayout.width(of: $0, metrics: metrics) }
    }

    /// How far the outer ring sits beyond the inner one: a node, a label of two lines and some air.
    private var ringStep: Double { 2 * nodeRadius + Double(RadialLayout.maximumLabelLines) * metrics.height + 3 * RadialLayout.gap }

    private var smallestSpacing: Double { spokes.map(\.spacing).min() ?? Double.pi }

    /// Close enough to read as one picture, far enough that every line is long enough to show
    /// its dashes or zigzag and an arrowhead at both ends.
    static let shortestLine = 72.0

    private var startRadius: Double {
        max(centreRadius + nodeRadius + Self.shortestLine, (2 * nodeRadius + RadialLayout.gap) / smallestSpacing)
    }

    mutating func place() -> [RadialLayout.Node] {
        guard !spokes.isEmpty else { return [] }
        guard spokes.count <= RadialLayout.checkedMemberLimit else {
            let spread = max(2 * nodeRadius, metrics.height) + RadialLayout.gap
            return nodes(radius: max(startRadius, spread / (2 * smallestSpacing)), rings: 2)
        }
        var radius = startRadius
        for _ in 0..<600 {
            for rings in spokes.count > 2 ? [1, 2] : [1] {
                let candidate = nodes(radius: radius, rings: rings)
                if !Self.overlaps(candidate, centre: centreRadius) { return candidate }
            }
            radius *= 1.04
        }
        return nodes(radius: radius, rings: 1)
    }

    private func nodes(radius: Double, rings: Int) -> [RadialLayout.Node] {
        spokes.indices.map { index in
            let spoke = spokes[index]
            let ring = rings == 2 ? index % 2 : 0
            let distance = radius + Double(ring) * ringStep
            let position = RadialLayout.Point(angle: spoke.angle, distance: distance)
            let label = RadialLayout.label(
                texts[index], width: widths[index], angle: spoke.angle,
                beyond: distance + nodeRadius + RadialLayout.gap, metrics: metrics)
            return RadialLayout.Node(
                member: spoke.member, angle: spoke.angle, distance: distance, ring: ring, position: position,
                box: RadialLayout.Box(centre: position, halfWidth: nodeRadius, halfHeight: nodeRadius), label: label)
        }
    }

    static func overlaps(_ nodes: [RadialLayout.Node], centre: Double) -> Bool {
        let origin = RadialLayout.Point(x: 0, y: 0)
        let boxes = [RadialLayout.Box(centre: origin, halfWidth: centre, halfHeight: centre)]
            + nodes.map(\.box) + nodes.map(\.label.box)
        for first in boxes.indices {
            for second in boxes.indices where second > first && boxes[first].intersects(boxes[second]) {
                return true
            }
        }
        return false
    }
}
