/// A horizontal bar chart for the terminal: one labelled bar per row, scaled to the largest total;
/// a bar may be stacked from several parts (e.g. documents and dates in the text).
public struct BarChart: Sendable, Equatable {
    /// One row: its label, the values of its parts, and the number printed after the bar.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var parts: [Double]
        public var valueText: String

        public init(label: String, parts: [Double], valueText: String) {
            self.label = label
            self.parts = parts
            self.valueText = valueText
        }

        public init(label: String, value: Double, valueText: String) {
            self.init(label: label, parts: [value], valueText: valueText)
        }

        /// The bar's length: the sum of its positive parts.
        public var total: Double { parts.reduce(0) { $0 + (($1.isFinite && $1 > 0) ? $1 : 0) } }
    }

    /// A heading line above the bars; empty for none.
    public var title: String
    public var bars: [Bar]
    /// Names of the stacked parts, shown in a key under a stacked chart.
    public var legend: [String]
    /// Lines under the chart (e.g. what was left out).
    public var notes: [String]

    public init(title: String = "", bars: [Bar], legend: [String] = [], notes: [String] = []) {
        self.title = title
        self.bars = bars
        self.legend = legend
        self.notes = notes
    }

    /// The chart as text lines ending in a newline, fitted to `style.width` columns.
    public func render(_ style: ChartStyle) -> String {
        var out = title.isEmpty ? "" : title + "\n"
        let top = bars.map(\.total).max() ?? 0
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, max(8, style.width * 2 / 5))
        let valueWidth = bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0
        let cells = max(5, style.width - labelWidth - valueWidth - 3)
        for bar in bars {
            let label = style.truncate(bar.label, to: labelWidth)
            out += label + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label))) + "  "
            let drawn = draw(bar, top: top, cells: cells, style: style)
            out += drawn.text + String(repeating: " ", count: max(0, cells - drawn.width)) + " "
            out += String(repeating: " ", count: max(0, valueWidth - DisplayWidth.of(bar.valueText))) + bar.valueText
            out += "\n"
        }
        if legend.count > 1 {
            out += legend.enumerated().map { i, name in
                style.paint(style.fill(i), ChartStyle.partColors[i % 3]) + " " + name
            }.joined(separator: "   ") + "\n"
        }
        for note in notes { out += note + "\n" }
        return out
    }

    /// One bar's characters and how many columns they take.
    private func draw(_ bar: Bar, top: Double, cells: Int, style: ChartStyle) -> (text: String, width: Int) {
        guard top > 0 else { return ("", 0) }
        if bar.parts.count == 1 {
            let text = style.bar(bar.total / top, cells: cells)
            return (style.paint(text, ChartStyle.partColors[0]), text.count)
        }
        // Stacked: whole cells per part, cut where the running total falls, so rounding never
        // makes a bar longer than its share.
        var text = "", used = 0, running = 0.0
        for (i, part) in bar.parts.enumerated() {
            guard part.isFinite, part > 0 else { continue }
            running += part
            let end = min(cells, max(used + 1, Int((running / top * Double(cells)).rounded())))
            text += style.paint(String(repeating: style.fill(i), count: end - used), ChartStyle.partColors[i % 3])
            used = end
        }
        return (text, used)
    }
}
