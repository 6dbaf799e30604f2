import Foundation

/// The ecogram as a self-contained SVG in Hartman's eco-map style: the client in the centre,
/// a light wedge per category, one line per member whose shape tells the tie and whose arrows
/// tell the support, and a legend underneath. Every member is a `<g>` with a `<title>` that
/// says everything known about them in words, for screen readers and tooltips.
public struct SVGEcogramRenderer: Sendable {
    let texts: MessageTable

    public init(texts: MessageTable) {
        self.texts = texts
    }

    public func render(_ ecogram: Ecogram) -> String {
        guard !ecogram.isEmpty else { return renderEmpty() }
        let centre = ecogram.centreLabel(texts)
        let layout = RadialLayout(ecogram, centreText: centre) { texts($0.name) }
        let legend = SVGEcogramLegend(texts: texts, categories: ecogram.occupiedSectors, metrics: layout.metrics)
        let canvas = Self.canvas(layout.bounds, legend: legend)
        var svg = SVGWriter(capacity: 4_096 + ecogram.members.count * 800)
        openDocument(
            &svg, canvas: canvas, fontSize: layout.metrics.fontSize, title: texts(.ecogramTitle) + ": " + centre,
            description: texts(.svgDescription, ["client": centre, "count": String(ecogram.members.count)]))
        Self.writeMarkers(&svg)
        writeWedges(&svg, layout)
        writeCentre(&svg, layout, clients: ecogram.clients, centre: centre)
        for node in layout.nodes { writeMember(&svg, node, layout) }
        legend.write(into: &svg, x: canvas.midX - legend.width / 2, y: layout.bounds.maxY)
        svg.close("svg")
        return svg.output
    }

    private func renderEmpty() -> String {
        let message = texts(.ecogramEmpty)
        let metrics = LabelMetrics.standard
        let canvas = RadialLayout.Box(minX: 0, minY: 0, maxX: metrics.width(of: message) + 32, maxY: 48)
        var svg = SVGWriter()
        openDocument(&svg, canvas: canvas, fontSize: metrics.fontSize, title: texts(.ecogramTitle), description: message)
        svg.element("text", [("x", "16.0"), ("y", "28.0"), ("class", "empty")], text: message)
        svg.close("svg")
        return svg.output
    }

    /// The root element, its title and description first (screen readers look there), then a white background.
    private func openDocument(
        _ svg: inout SVGWriter, canvas: RadialLayout.Box, fontSize: Double, title: String, description: String
    ) {
        let viewBox = [canvas.minX, canvas.minY, canvas.width, canvas.height].map(SVGWriter.number)
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("version", "1.1"), ("role", "img"),
            ("aria-labelledby", "ecogram-title ecogram-desc"),
            ("width", viewBox[2]), ("height", viewBox[3]), ("viewBox", viewBox.joined(separator: " ")),
            ("font-family", SVGEcogramStyle.fontFamily), ("font-size", SVGWriter.number(fontSize)), ("fill", SVGEcogramStyle.ink),
        ])
        svg.element("title", [("id", "ecogram-title")], text: title)
        svg.element("desc", [("id", "ecogram-desc")], text: description)
        svg.element("rect", [
            ("x", viewBox[0]), ("y", viewBox[1]), ("width", viewBox[2]), ("height", viewBox[3]), ("fill", "#ffffff"),
        ])
    }

    /// The drawing, widened for the legend when that is wider, with the legend underneath.
    static func canvas(_ drawing: RadialLayout.Box, legend: SVGEcogramLegend) -> RadialLayout.Box {
        let width = max(drawing.width, legend.width + 2 * RadialLayout.margin)
        let minX = drawing.midX - width / 2
        return RadialLayout.Box(
            minX: minX, minY: drawing.minY, maxX: minX + width, maxY: drawing.maxY + legend.height + RadialLayout.margin)
    }

    /// Arrowheads in user units, so a thick line does not get a huge arrow.
    static func writeMarkers(_ svg: inout SVGWriter) {
        svg.open("defs")
        for (id, shape, tip) in [("arrow-from-client", "M0,0 L10,5 L0,10 Z", "10"), ("arrow-to-client", "M10,0 L0,5 L10,10 Z", "0")] {
            svg.open("marker", [
                ("id", id), ("viewBox", "0 0 10 10"), ("refX", tip), ("refY", "5"), ("markerUnits", "userSpaceOnUse"),
                ("markerWidth", "11"), ("markerHeight", "11"), ("orient", "auto"),
            ])
            svg.element("path", [("d", shape), ("fill", SVGEcogramStyle.ink)])
            svg.close("marker")
        }
        svg.close("defs")
    }
}
