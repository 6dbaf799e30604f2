import Foundation

extension RadialLayout {
    /// A position in the drawing, with the centre of the client circle at (0, 0) and y pointing down.
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }

        /// The point `distance` away from the centre in the direction `angle` (radians, clockwise from +x).
        public init(angle: Double, distance: Double) {
            self.init(x: cos(angle) * distance, y: sin(angle) * distance)
        }
    }

    /// An axis-aligned rectangle: the room a node, a label or the centre takes up.
    public struct Box: Sendable, Equatable {
        public var minX: Double
        public var minY: Double
        public var maxX: Double
        public var maxY: Double

        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        public init(centre: Point, halfWidth: Double, halfHeight: Double) {
            self.init(minX: centre.x - halfWidth, minY: centre.y - halfHeight, maxX: centre.x + halfWidth, maxY: centre.y + halfHeight)
        }

        public var width: Double { maxX - minX }
        public var height: Double { maxY - minY }
        public var midX: Double { (minX + maxX) / 2 }
        public var midY: Double { (minY + maxY) / 2 }

        /// Whether the two share any area; touching edges do not count.
        public func intersects(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        public func union(_ other: Box) -> Box {
            Box(minX: Swift.min(minX, other.minX), minY: Swift.min(minY, other.minY),
                maxX: Swift.max(maxX, other.maxX), maxY: Swift.max(maxY, other.maxY))
        }

        public func insetBy(_ amount: Double) -> Box {
            Box(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
        }

        func offsetBy(dx: Double, dy: Double) -> Box {
            Box(minX: minX + dx, minY: minY + dy, maxX: maxX + dx, maxY: maxY + dy)
        }

        /// The farthest any corner lies from the centre.
        var farthestDistance: Double {
            hypot(Swift.max(abs(minX), abs(maxX)), Swift.max(abs(minY), abs(maxY)))
        }

        /// The smallest projection of the box on the unit direction (ux, uy); for a box the
        /// smallest always sits at a corner.
        func nearestProjection(ux: Double, uy: Double) -> Double {
            Swift.min(minX * ux, maxX * ux) + Swift.min(minY * uy, maxY * uy)
        }
    }
}
