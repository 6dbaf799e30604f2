import Foundation

extension SVGEcogramRenderer {
    func writeWedges(_ svg: inout SVGWriter, _ layout: RadialLayout) {
        svg.open("g", [("class", "sectors")])
        for sector in layout.sectors {
            let fill = [("fill", SVGEcogramStyle.fill(sector.category)), ("fill-opacity", "0.22"), ("stroke", "#ffffff")]
            let id = [("class", "sector"), ("data-category", sector.category.rawValue)]
            if layout.sectors.count == 1 {
                svg.element("circle", id + [("cx", "0.0"), ("cy", "0.0"), ("r", SVGWriter.number(layout.wedgeRadius))] + fill)
            } else {
                svg.element("path", id + [("d", Self.wedge(sector, radius: layout.wedgeRadius))] + fill)
            }
            write(&svg, sector.label, metrics: layout.metrics, attributes: [("class", "sector-name"), ("font-style", "italic")])
        }
        svg.close("g")
    }

    private static func wedge(_ sector: RadialLayout.Sector, radius: Double) -> String {
        let start = RadialLayout.Point(angle: sector.startAngle, distance: radius)
        let end = RadialLayout.Point(angle: sector.endAngle, distance: radius)
        let large = sector.endAngle - sector.startAngle > Double.pi ? "1" : "0"
        let r = SVGWriter.number(radius)
        return "M0.0,0.0 L" + SVGWriter.point(start) + " A" + r + "," + r + " 0 " + large + " 1 " + SVGWriter.point(end) + " Z"
    }

    func writeCentre(_ svg: inout SVGWriter, _ layout: RadialLayout, clients: [Ecogram.Member], centre: String) {
        svg.open("g", [("class", "client")])
        let details = clients.map { member in
            ([member.label] + [member.relationLabel].filter { !$0.isEmpty }).joined(separator: ", ")
        }
        svg.element("title", text: details.isEmpty ? centre : details.joined(separator: "; "))
        svg.element("circle", [
            ("cx", "0.0"), ("cy", "0.0"), ("r", SVGWriter.number(layout.centreRadius)),
            ("fill", "#ffffff"), ("stroke", SVGEcogramStyle.ink), ("stroke-width", "2"),
        ])
        write(&svg, layout.centreLabel, metrics: layout.metrics, attributes: [("font-weight", "bold")])
        svg.close("g")
    }

    func writeMember(_ svg: inout SVGWriter, _ node: RadialLayout.Node, _ layout: RadialLayout) {
        let person = node.member.stakeholder
        svg.open("g", [
            ("id", node.member.identifier), ("class", "member tie-\(person.tie.rawValue) support-\(person.support.rawValue)"),
            ("data-category", person.category.rawValue), ("data-tie", person.tie.rawValue), ("data-support", person.support.rawValue),
        ])
        svg.element("title", text: title(of: node.member))
        let line = SVGTieLine(
            tie: person.tie, from: RadialLayout.Point(angle: node.angle, distance: layout.centreRadius),
            to: RadialLayout.Point(angle: node.angle, distance: node.distance - layout.nodeRadius))
        svg.element("path", [("class", "tie"), ("d", line.path), ("fill", "none")]
            + SVGEcogramStyle.stroke(person.tie) + SVGEcogramStyle.arrows(person.support))
        if let cross = line.cross {
            svg.element("path", [("class", "tie-cross"), ("d", cross), ("fill", "none")] + SVGEcogramStyle.stroke(person.tie))
        }
        let (shape, geometry) = SVGEcogramStyle.shape(person.category, at: node.position, radius: layout.nodeRadius)
        svg.element(shape, [("class", "node")] + geometry + [
            ("fill", SVGEcogramStyle.fill(person.category)), ("stroke", SVGEcogramStyle.ink), ("stroke-width", "1.5"),
        ])
        write(&svg, node.label, metrics: layout.metrics)
        svg.close("g")
    }

    /// Everything known about a member in words: the full name, relation, tie, support, and
    /// when she said so, the kind of help and whether the family knows.
    func title(of member: Ecogram.Member) -> String {
        let person = member.stakeholder
        var parts = [member.relationLabel].filter { !$0.isEmpty }
        parts += [texts(person.tie.name), texts(person.support.name)]
        if let context = person.context { parts.append(texts(context.name)) }
        if let knows = person.familyKnows { parts.append(texts(knows ? .familyKnows : .familyDoesNotKnow)) }
        return member.label + ": " + parts.joined(separator: ", ")
    }

    func write(_ svg: inout SVGWriter, _ label: RadialLayout.Label, metrics: LabelMetrics, attributes: [(String, String)] = []) {
        let x: Double
        switch label.alignment {
        case .start: x = label.box.minX + RadialLayout.padding
        case .middle: x = label.box.midX
        case .end: x = label.box.maxX - RadialLayout.padding
        }
        let baseline = label.box.midY + 0.35 * metrics.fontSize
        let position = [("x", SVGWriter.number(x)), ("y", SVGWriter.number(baseline)), ("text-anchor", label.alignment.rawValue)]
        guard label.lines.count > 1 else {
            svg.element("text", position + attributes, text: label.text)
            return
        }
        // Each line its own tspan, the block centred on the box as one line would be.
        let first = baseline - metrics.height * Double(label.lines.count - 1) / 2
        let lines = label.lines.enumerated().map { index, line in
            ([("x", SVGWriter.number(x)), ("y", SVGWriter.number(first + metrics.height * Double(index)))], line)
        }
        svg.element("text", position + attributes, lines: lines)
    }
}
