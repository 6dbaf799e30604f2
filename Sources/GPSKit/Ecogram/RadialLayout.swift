/// Where every part of the ecogram goes: the client circle at (0, 0), each member a node in
/// the wedge of its category, each label a box pointing away from the centre. Pure and
/// deterministic; the SVG renderer only draws what this decides.
///
/// Up to `checkedMemberLimit` members no two boxes (labels, nodes, the centre) overlap: the
/// layout grows its radius, on one ring or two alternating rings, until every pair is apart.
/// Beyond that it spaces nodes by a formula in linear time, and labels may overlap.
public struct RadialLayout: Sendable, Equatable {
    public enum Alignment: String, Sendable {
        case start, middle, end
    }

    /// A label's lines and the room they take.
    public struct Label: Sendable, Equatable {
        /// The text as drawn: one or two lines, each at most `maximumLabelLength` characters.
        public let lines: [String]
        public let alignment: Alignment
        public let box: Box

        /// The lines as one text.
        public var text: String { lines.joined(separator: " ") }
    }

    public struct Node: Sendable, Equatable {
        public let member: Ecogram.Member
        /// Radians, clockwise from the positive x-axis; the first sector starts at the top.
        public let angle: Double
        public let distance: Double
        /// 0 for the inner ring, 1 for the outer one.
        public let ring: Int
        public let position: Point
        public let box: Box
        public let label: Label
    }

    public struct Sector: Sendable, Equatable {
        public let category: StakeholderCategory
        public let startAngle: Double
        public let endAngle: Double
        public let label: Label
    }

    public static let maximumLabelLength = 24
    /// A name wraps onto a second line before it is cut.
    public static let maximumLabelLines = 2
    public static let checkedMemberLimit = 30

    public let metrics: LabelMetrics
    public let nodeRadius: Double
    public let centreRadius: Double
    public let centreLabel: Label
    public let nodes: [Node]
    public let sectors: [Sector]
    /// How far the sector wedges reach: just past the outermost node and a line of text.
    public let wedgeRadius: Double
    /// Everything drawn, with a margin; the SVG viewBox.
    public let bounds: Box

    /// The square around the centre circle.
    public var centreBox: Box { Box(centre: Point(x: 0, y: 0), halfWidth: centreRadius, halfHeight: centreRadius) }
}
