/// What kind of quantity a figure states. New kinds are added at the end; raw values never change.
public enum FigureKind: String, Codable, Sendable, CaseIterable {
    case number, money, percent, measure, range, date, ordinal
    /// A span of time or an age: "three days", "a two-year period", "21-year-old" (value + unit).
    case duration
    /// A clock time: "10:30 p.m.", "1130 GMT" (in `time`, 24-hour `HH:MM`).
    case time
    /// A score: "won 3-1" (the sides as written in `low` and `high`).
    case score
}

/// Which way a figure says something moved: "rose 76%" is up, "fell by £2m" down.
public enum FigureChange: String, Codable, Sendable, CaseIterable {
    case up, down
}

/// How exact the text says a figure is: "around 98,000" is approximate, "just over 64,000" more-than.
public enum FigureQualifier: String, Codable, Sendable, CaseIterable {
    case exact, approximate, atLeast = "at-least", moreThan = "more-than"
    case atMost = "at-most", lessThan = "less-than", vague
}

/// What an extractor finds for one figure in one text: span, normalized value and context.
/// Offsets are Unicode code points, end exclusive.
public struct FigureFacts: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    /// The surface text, e.g. `"just over 64,000"`.
    public var text: String
    public var kind: FigureKind
    /// The normalized value: 98000 for "98,000", 35 for "35%", 2 for "$2"; nil for ranges and dates.
    public var value: Double?
    /// Range ends; nil for an open end ("over thirty" is low 30, high nil).
    public var low: Double?
    public var high: Double?
    /// Unit name for measures (`"Kilometer"`), ISO 4217 code for money in `currency`.
    public var unit: String?
    public var currency: String?
    /// ISO date for `date` figures: `2022-09-21`, or `--09-21` when the year is unknown.
    public var date: String?
    public var qualifier: FigureQualifier
    /// What it counts, e.g. `"Russians entered the country"`.
    public var counts: String?
    /// Who said it, e.g. `"Kazakhstan's interior ministry (via RIA Novosti)"`.
    public var source: String?
    /// The direction of a change the figure states ("rose 76%", "fell to 5%"); nil when it states none.
    public var change: FigureChange?
    /// The two ends of a change "from 5% to 7%" (on both figures), or the level "rose to 5%" reached (`to`).
    public var from: Double?
    public var to: Double?
    /// A `time` figure's clock time, 24-hour `HH:MM` (`"22:30"` for "10:30 p.m.").
    public var time: String?

    public init(start: Int, end: Int, text: String, kind: FigureKind, value: Double? = nil,
                low: Double? = nil, high: Double? = nil, unit: String? = nil,
                currency: String? = nil, date: String? = nil,
                qualifier: FigureQualifier = .exact, counts: String? = nil, source: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.currency = currency
        self.date = date
        self.qualifier = qualifier
        self.counts = counts
        self.source = source
    }
}

/// A figure stated in a loaded document: its ID, the document, and the extracted facts.
/// In JSON the facts' keys sit beside `id` and `document` in one flat object.
public struct Figure: Codable, Sendable, Equatable {
    public let id: FigureID
    public let document: DocumentID
    public var facts: FigureFacts

    public init(id: FigureID, document: DocumentID, facts: FigureFacts) {
        self.id = id
        self.document = document
        self.facts = facts
    }

    private enum CodingKeys: String, CodingKey { case id, document }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(FigureID.self, forKey: .id)
        document = try c.decode(DocumentID.self, forKey: .document)
        facts = try FigureFacts(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try facts.encode(to: encoder)
    }
}
