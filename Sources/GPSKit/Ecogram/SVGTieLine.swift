import Foundation

/// The line between the client and a member, its shape carrying the tie: straight for strong
/// and weak (weight and dashes come from the stroke), a zigzag for stressful, two strokes
/// through the middle for broken.
struct SVGTieLine {
    let tie: Tie
    let from: RadialLayout.Point
    let to: RadialLayout.Point

    /// Stretches kept straight at both ends so the arrowheads point along the line.
    static let straightEnd = 10.0
    static let zigzagStep = 6.0
    static let zigzagAmplitude = 4.0
    /// Enough to read as a zigzag on any line; only the giant pictures (hundreds of members)
    /// have lines this long, and there the rest stays straight to keep the file small.
    static let mostTeeth = 60

    private var length: Double { hypot(to.x - from.x, to.y - from.y) }

    private func along(_ distance: Double, aside offset: Double = 0) -> RadialLayout.Point {
        let length = max(self.length, 0.001)
        let ux = (to.x - from.x) / length, uy = (to.y - from.y) / length
        return RadialLayout.Point(x: from.x + ux * distance - uy * offset, y: from.y + uy * distance + ux * offset)
    }

    /// The path the arrowheads sit on.
    var path: String {
        guard tie == .stressful, length > 2 * Self.straightEnd + Self.zigzagStep else {
            return "M" + SVGWriter.point(from) + " L" + SVGWriter.point(to)
        }
        let teeth = min(Self.mostTeeth, Int((length - 2 * Self.straightEnd) / Self.zigzagStep))
        let start = (length - Double(teeth) * Self.zigzagStep) / 2
        var data = "M" + SVGWriter.point(from) + " L" + SVGWriter.point(along(start))
        data.reserveCapacity(data.utf8.count + 16 * (teeth + 2))
        for tooth in 0..<teeth {
            let side = tooth % 2 == 0 ? Self.zigzagAmplitude : -Self.zigzagAmplitude
            data += " L"
            data += SVGWriter.point(along(start + (Double(tooth) + 0.5) * Self.zigzagStep, aside: side))
        }
        return data + " L" + SVGWriter.point(along(start + Double(teeth) * Self.zigzagStep)) + " L" + SVGWriter.point(to)
    }

    /// For a broken tie: two short strokes across the middle of the line.
    var cross: String? {
        guard tie == .broken else { return nil }
        let middle = length / 2
        return [-3.0, 3.0].map { shift in
            "M" + SVGWriter.point(along(middle + shift - 3, aside: -7)) + " L" + SVGWriter.point(along(middle + shift + 3, aside: 7))
        }.joined(separator: " ")
    }
}
