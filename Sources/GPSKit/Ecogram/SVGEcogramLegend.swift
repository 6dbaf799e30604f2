/// The key under the drawing: one column for the ties, one for the direction of support and
/// one for the categories that appear, each row a small sample and its name.
struct SVGEcogramLegend {
    enum Sample {
        case tie(Tie), support(SupportDirection), category(StakeholderCategory)
    }

    typealias Row = (sample: Sample, text: String)

    static let rowHeight = 22.0
    static let sampleWidth = 46.0
    static let columnGap = 28.0
    static let padding = 12.0

    let heading: String
    let columns: [[Row]]
    let metrics: LabelMetrics

    init(texts: MessageTable, categories: [StakeholderCategory], metrics: LabelMetrics) {
        heading = texts(.ecogramLegend)
        self.metrics = metrics
        columns = [
            Tie.allCases.map { (Sample.tie($0), texts($0.name)) },
            SupportDirection.allCases.map { (Sample.support($0), texts($0.name)) },
            categories.map { (Sample.category($0), texts($0.name)) },
        ].filter { !$0.isEmpty }
    }

    private func columnWidth(_ column: [Row]) -> Double {
        Self.sampleWidth + 8 + (column.map { metrics.width(of: $0.text) }.max() ?? 0)
    }

    var width: Double {
        let columnsWidth = columns.map(columnWidth).reduce(0, +) + Self.columnGap * Double(columns.count - 1)
        return max(columnsWidth, metrics.width(of: heading)) + 2 * Self.padding
    }

    var height: Double {
        Double(1 + (columns.map(\.count).max() ?? 0)) * Self.rowHeight + 2 * Self.padding
    }

    func write(into svg: inout SVGWriter, x: Double, y: Double) {
        svg.open("g", [("class", "legend")])
        svg.element("rect", [
            ("x", SVGWriter.number(x)), ("y", SVGWriter.number(y)), ("width", SVGWriter.number(width)),
            ("height", SVGWriter.number(height)), ("rx", "6"), ("fill", "#fafafa"), ("stroke", "#bbbbbb"),
        ])
        svg.element("text", [
            ("x", SVGWriter.number(x + Self.padding)), ("y", SVGWriter.number(y + Self.padding + 0.85 * metrics.fontSize)),
            ("font-weight", "bold"),
        ], text: heading)
        var left = x + Self.padding
        for column in columns {
            for (index, row) in column.enumerated() {
                let middle = y + Self.padding + Self.rowHeight * (Double(index) + 1.5)
                writeSample(row.sample, into: &svg, left: left, middle: middle)
                svg.element("text", [
                    ("x", SVGWriter.number(left + Self.sampleWidth + 8)), ("y", SVGWriter.number(middle + 0.35 * metrics.fontSize)),
                ], text: row.text)
            }
            left += columnWidth(column) + Self.columnGap
        }
        svg.close("g")
    }

    private func writeSample(_ sample: Sample, into svg: inout SVGWriter, left: Double, middle: Double) {
        let from = RadialLayout.Point(x: left, y: middle)
        let to = RadialLayout.Point(x: left + Self.sampleWidth, y: middle)
        switch sample {
        case .tie(let tie):
            let line = SVGTieLine(tie: tie, from: from, to: to)
            let stroke = SVGEcogramStyle.stroke(tie)
            svg.element("path", [("d", line.path), ("fill", "none"), ("data-tie", tie.rawValue)] + stroke)
            if let cross = line.cross { svg.element("path", [("d", cross), ("fill", "none")] + stroke) }
        case .support(let support):
            svg.element("circle", [("cx", SVGWriter.number(left + 4)), ("cy", SVGWriter.number(middle)), ("r", "4"), ("fill", "#ffffff"), ("stroke", SVGEcogramStyle.ink)])
            let line = SVGTieLine(tie: .weak, from: RadialLayout.Point(x: left + 8, y: middle), to: RadialLayout.Point(x: to.x - 8, y: middle))
            svg.element("path", [("d", line.path), ("stroke", SVGEcogramStyle.ink), ("stroke-width", "1.5"), ("data-support", support.rawValue)] + SVGEcogramStyle.arrows(support))
            svg.element("circle", [("cx", SVGWriter.number(to.x - 4)), ("cy", SVGWriter.number(middle)), ("r", "4"), ("fill", "#dddddd"), ("stroke", SVGEcogramStyle.ink)])
        case .category(let category):
            let (shape, geometry) = SVGEcogramStyle.shape(category, at: RadialLayout.Point(x: left + Self.sampleWidth / 2, y: middle), radius: 7)
            svg.element(shape, geometry + [("fill", SVGEcogramStyle.fill(category)), ("stroke", SVGEcogramStyle.ink)])
        }
    }
}
