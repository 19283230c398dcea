/// The data behind `figures --chart`: figures that can be compared, grouped by kind and unit or
/// currency (money in USD apart from money in EUR, kilometres apart from tonnes), largest first.
public struct FigureChart: Sendable, Equatable {
    /// Figures of one kind and unit.
    public struct Group: Sendable, Equatable {
        /// `money (USD)`, `percent`, `measure (Kilometer)`, `number`.
        public var name: String
        /// The figures drawn, largest value first.
        public var figures: [Figure]
        /// How many more of this group the chart leaves out.
        public var omitted: Int
    }

    /// Kinds whose values can be set side by side on one scale.
    public static let comparableKinds: [FigureKind] = [.money, .percent, .measure, .number]

    public var groups: [Group]
    /// Figures with no single value to draw (dates, ranges, ordinals, figures without a value).
    public var notComparable: Int

    /// Groups `figures`, keeping at most `perGroup` bars in each (largest values).
    public init(_ figures: [Figure], perGroup: Int = 15) {
        var byKey: [String: [Figure]] = [:]
        var notComparable = 0
        for f in figures {
            guard Self.comparableKinds.contains(f.facts.kind), let v = f.facts.value, v.isFinite else {
                notComparable += 1
                continue
            }
            byKey[Self.groupName(f.facts), default: []].append(f)
        }
        groups = byKey.map { name, list in
            let sorted = list.sorted { ($0.facts.value ?? 0, $1.id) > ($1.facts.value ?? 0, $0.id) }
            return Group(name: name, figures: Array(sorted.prefix(max(1, perGroup))), omitted: max(0, sorted.count - max(1, perGroup)))
        }
        .sorted { ($0.figures.count + $0.omitted, $1.name) > ($1.figures.count + $1.omitted, $0.name) }
        self.notComparable = notComparable
    }

    /// `money (USD)`: the kind, with the currency or unit when there is one.
    public static func groupName(_ x: FigureFacts) -> String {
        (x.currency ?? x.unit).map { "\(x.kind.rawValue) (\($0))" } ?? x.kind.rawValue
    }

    /// What a bar says it counts: `d1 f6 Russian citizens`, or the figure's text when nothing is known.
    public static func label(_ f: Figure) -> String {
        "\(f.document) \(f.id) " + (f.facts.counts.map { TextAnchor.oneLine($0) } ?? "(\(f.facts.text))")
    }

    /// The data as a listing, for `--format json|csv`: one row per drawn figure.
    public var table: Table {
        Table(columns: [.init("group"), .init("id"), .init("document", title: "DOC"), .init("value", alignRight: true),
                        .init("text"), .init("counts")],
              rows: groups.flatMap { g in
                  g.figures.map { f in
                      [.string(g.name), .string(f.id.description), .string(f.document.description), Cell(f.facts.value),
                       .string(f.facts.text), Cell(f.facts.counts)]
                  }
              },
              emptyMessage: "no comparable figures (money, percentages, measures or numbers with a value)")
    }

    /// One bar chart per group.
    public func charts() -> [BarChart] {
        groups.map { g in
            BarChart(title: "\(g.name): \(Format.plural(g.figures.count + g.omitted, "figure"))",
                     bars: g.figures.map { f in
                         BarChart.Bar(label: Self.label(f), value: f.facts.value ?? 0,
                                      valueText: TextAnchor.oneLine(f.facts.text).count > 24 ? String(TextAnchor.oneLine(f.facts.text).prefix(23)) + "~" : TextAnchor.oneLine(f.facts.text))
                     },
                     notes: g.omitted > 0 ? ["(\(g.omitted) smaller not drawn: narrow with --kind, --about, --doc or --min)"] : [])
        }
    }

    /// Every group's chart, a blank line between, and a note on what could not be drawn.
    public func render(_ style: ChartStyle) -> String {
        if groups.isEmpty { return table.emptyMessage + "\n" }
        var out = charts().map { $0.render(style) }.joined(separator: "\n")
        if notComparable > 0 {
            out += "(\(Format.plural(notComparable, "figure")) not drawn: dates, ranges, ordinals and others without one comparable value)\n"
        }
        return out
    }
}
