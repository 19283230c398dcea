import Foundation

/// Charts drawn as inline SVG for the HTML report: no scripts, fonts or images, so the page works
/// offline and prints. Sizes are in a viewBox, so a chart scales to the page's width.
public enum SVGChart {
    static let documentColor = "#2f6690", figureColor = "#e09f3e", barColor = "#3a7ca5"

    /// A column per period, documents stacked under dates in the texts, labelled below.
    public static func timeline(_ t: TimelineChart) -> String {
        let width = 720.0, height = 220.0, left = 34.0, bottom = 36.0, top = 12.0
        let plotHeight = height - bottom - top
        let n = max(1, t.bins.count)
        let step = (width - left - 4) / Double(n)
        let gap = step > 6 ? step * 0.15 : 0
        let most = max(1, t.bins.map { $0.documents + $0.figures }.max() ?? 1)
        var out = svgOpen(width, height, label: "Dated items by \(t.period.rawValue)")
        out += line(left, top, left, top + plotHeight) + line(left, top + plotHeight, width - 2, top + plotHeight)
        out += text(left - 4, top + 10, String(most), anchor: "end") + text(left - 4, top + plotHeight, "0", anchor: "end")
        for (i, b) in t.bins.enumerated() {
            let x = left + Double(i) * step + gap / 2
            let docH = plotHeight * Double(b.documents) / Double(most), figH = plotHeight * Double(b.figures) / Double(most)
            let tip = "\(b.period): \(Format.plural(b.documents, "document")), \(Format.plural(b.figures, "date")) in the texts"
            out += "<g><title>\(MarkupText.escape(tip))</title>"
            if b.documents > 0 { out += rect(x, top + plotHeight - docH, step - gap, docH, documentColor) }
            if b.figures > 0 { out += rect(x, top + plotHeight - docH - figH, step - gap, figH, figureColor) }
            out += "</g>"
        }
        // At most eight labels along the axis, starting with the first period.
        let every = max(1, Int((Double(n) / 8).rounded(.up)))
        for (i, b) in t.bins.enumerated() where i % every == 0 {
            out += text(left + (Double(i) + 0.5) * step, height - bottom + 16, b.period, anchor: "middle")
        }
        out += rect(left, height - 12, 10, 10, documentColor) + text(left + 14, height - 3, "document dates", anchor: "start")
        out += rect(left + 130, height - 12, 10, 10, figureColor) + text(left + 144, height - 3, "dates in the texts", anchor: "start")
        return out + "</svg>"
    }

    /// Horizontal bars, one per row, labelled on the left and valued on the right.
    public static func bars(_ rows: [(label: String, value: Double, valueText: String)], label: String) -> String {
        let width = 720.0, rowHeight = 22.0, labelWidth = 230.0, valueWidth = 60.0
        let height = rowHeight * Double(max(1, rows.count)) + 4
        let most = rows.map(\.value).filter(\.isFinite).max() ?? 0
        var out = svgOpen(width, height, label: label)
        for (i, r) in rows.enumerated() {
            let y = 2 + Double(i) * rowHeight
            let fraction = most > 0 && r.value.isFinite ? max(0, r.value) / most : 0
            let w = max(fraction > 0 ? 1 : 0, (width - labelWidth - valueWidth - 8) * fraction)
            out += "<g><title>\(MarkupText.escape(r.label + ": " + r.valueText))</title>"
            out += text(labelWidth - 6, y + 15, DisplayWidth.truncate(r.label, to: 34), anchor: "end")
            out += rect(labelWidth, y + 3, w, rowHeight - 6, barColor)
            out += text(labelWidth + w + 6, y + 15, r.valueText, anchor: "start")
            out += "</g>"
        }
        return out + "</svg>"
    }

    private static func svgOpen(_ w: Double, _ h: Double, label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(w)) \(n(h))\" role=\"img\" aria-label=\"\(MarkupText.escape(label))\">"
    }

    private static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ fill: String) -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" fill=\"\(fill)\"/>"
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"#888\" stroke-width=\"1\"/>"
    }

    private static func text(_ x: Double, _ y: Double, _ s: String, anchor: String) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"12\">\(MarkupText.escape(s))</text>"
    }

    /// A coordinate with at most one decimal.
    static func n(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        return v == v.rounded() ? String(Int(max(-1e9, min(1e9, v)))) : String(format: "%.1f", v)
    }
}
