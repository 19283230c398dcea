/// The JSON shape of a saved session in versions 1 and 2 (see DESIGN.md §4), still read to open
/// older files; version 3 is written by `ColumnarSessionWriter` and read by `ColumnarSessionReader`.
///
/// Version policy: bump `currentVersion` only when a reader of the old version would misread a new
/// file (a key changes meaning or shape). Adding an optional key is not a bump. Every bump adds a
/// migration in `SessionCodec.migrate` so older files still open; newer files are refused by name.
///
/// Versions: 1 — documents, entities, figures, annotations, curation, history.
/// 2 — quotes (`quotes`, counter `quotes`, IDs `qN`): a version-1 reader would drop them and could
/// hand out their IDs again. A version-1 file is migrated by finding its documents' quotes.
/// 3 — the same data, laid out for size and speed: one line per item, `format` and `version`
/// first, an entity's mentions and each document's figures and quotes as columns, words the
/// document holds at an item's offsets not repeated. A version-2 reader cannot read it.
struct SessionFile: Decodable {
    static let formatName = "dossier-session"
    static let currentVersion = 3

    var format: String
    var version: Int
    var counters: IDCounters
    var documents: [Document]
    var entities: [Entity]
    var figures: [Figure]
    /// Absent in version 1, and when there are none.
    var quotes: [Quote]?
    var annotations: [Annotation]
    var curation: [CurationStep]
    var history: [String]

    var workspace: Workspace {
        Workspace(documents: documents, entities: entities, figures: figures, annotations: annotations,
                  curation: curation, counters: counters, history: history, quotes: quotes ?? [])
    }
}

/// Just the header, read first so a wrong format or future version is named before anything else.
struct SessionHeader: Decodable {
    init() {}

    var format: String?
    var version: Int?
}
