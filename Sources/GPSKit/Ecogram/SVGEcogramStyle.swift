/// How each category, tie and direction looks, so the picture also reads in black and white:
/// the node's shape tells the category, the line's shape tells the tie.
enum SVGEcogramStyle {
    static let fontFamily = "DejaVu Sans, Verdana, Arial, sans-serif"
    static let ink = "#222222"

    static func fill(_ category: StakeholderCategory) -> String {
        switch category {
        case .client: "#ffffff"
        case .household: "#f4a582"
        case .informal: "#a6d96a"
        case .services: "#92c5de"
        case .organisation: "#c2a5cf"
        case .society: "#e6d27a"
        }
    }

    /// The node: a circle for the household, then diamond, square, hexagon and triangle.
    static func shape(_ category: StakeholderCategory, at centre: RadialLayout.Point, radius r: Double) -> (String, [(String, String)]) {
        let x = centre.x, y = centre.y
        let corners: [(Double, Double)]
        let name: String
        switch category {
        case .client, .household:
            return ("circle", [("data-shape", "circle"), ("cx", SVGWriter.number(x)), ("cy", SVGWriter.number(y)), ("r", SVGWriter.number(r))])
        case .informal: (name, corners) = ("diamond", [(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)])
        case .services: (name, corners) = ("square", [(-0.9, -0.9), (0.9, -0.9), (0.9, 0.9), (-0.9, 0.9)])
        case .organisation: (name, corners) = ("hexagon", [(-0.5, -0.95), (0.5, -0.95), (1, 0), (0.5, 0.95), (-0.5, 0.95), (-1, 0)])
        case .society: (name, corners) = ("triangle", [(0, -1.1), (1.05, 0.85), (-1.05, 0.85)])
        }
        let points = corners.map { SVGWriter.point(RadialLayout.Point(x: x + $0.0 * r, y: y + $0.1 * r)) }
        return ("polygon", [("data-shape", name), ("points", points.joined(separator: " "))])
    }

    static func stroke(_ tie: Tie) -> [(String, String)] {
        switch tie {
        case .strong: [("stroke", ink), ("stroke-width", "4")]
        case .weak: [("stroke", "#444444"), ("stroke-width", "1.5"), ("stroke-dasharray", "7 5")]
        case .stressful: [("stroke", "#c0392b"), ("stroke-width", "2")]
        case .broken: [("stroke", "#8c8c8c"), ("stroke-width", "2")]
        }
    }

    /// Markers for a line drawn from the client to the member.
    static func arrows(_ support: SupportDirection) -> [(String, String)] {
        switch support {
        case .toClient: [("marker-start", "url(#arrow-to-client)")]
        case .fromClient: [("marker-end", "url(#arrow-from-client)")]
        case .both: [("marker-start", "url(#arrow-to-client)"), ("marker-end", "url(#arrow-from-client)")]
        case .neither: []
        }
    }
}
