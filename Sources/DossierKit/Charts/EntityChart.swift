/// The data behind `entities --chart`: the top entities by mentions or by documents.
public struct EntityChart: Sendable, Equatable {
    /// What the bars measure.
    public enum Measure: String, Sendable { case mentions, documents }

    /// One bar.
    public struct Row: Sendable, Equatable {
        public var id: EntityID
        public var name: String
        public var type: EntityType
        public var mentions: Int
        public var documents: Int
    }

    public var measure: Measure
    public var rows: [Row]
    /// Entities in the listing that the chart leaves out.
    public var omitted: Int

    /// The first `limit` of `rows` (already filtered and ordered as the listing is).
    public init(_ rows: [Row], measure: Measure, limit: Int = 20) {
        self.measure = measure
        self.rows = Array(rows.prefix(max(1, limit)))
        omitted = max(0, rows.count - max(1, limit))
    }

    /// The data as a listing, for `--format json|csv`.
    public var table: Table {
        Table(columns: [.init("id"), .init("name"), .init("type"), .init("mentions", alignRight: true),
                        .init("documents", alignRight: true)],
              rows: rows.map { [.string($0.id.description), .string($0.name), .string($0.type.rawValue), .int($0.mentions), .int($0.documents)] },
              emptyMessage: "no entities to chart")
    }

    public func chart() -> BarChart {
        BarChart(title: "Top entities by \(measure.rawValue)",
                 bars: rows.map { r in
                     let n = measure == .mentions ? r.mentions : r.documents
                     return BarChart.Bar(label: "\(r.name) (\(r.type.rawValue))", value: Double(n), valueText: String(n))
                 },
                 notes: omitted > 0 ? ["(\(Format.plural(omitted, "more entity", "more entities")) not drawn)"] : [])
    }
}
