/// Filling the entity, mention, figure and annotation tables from the workspace. They are rebuilt
/// whole when their source changed (arrays compare in constant time when untouched).
extension QueryEngine {
    func syncTables(_ w: Workspace) throws(SQLiteError) {
        let old = tableSources
        let entitiesChanged = old.map { $0.entities != w.entities } ?? true
        let figuresChanged = old.map { $0.figures != w.figures } ?? true
        let annotationsChanged = old.map { $0.annotations != w.annotations } ?? true
        let quotesChanged = entitiesChanged || (old.map { $0.quotes != w.quotes } ?? true)
        guard entitiesChanged || figuresChanged || annotationsChanged || quotesChanged else { return }
        var refilled: Set<String> = []
        if entitiesChanged { refilled.formUnion(["entities", "mentions"]) }
        if figuresChanged { refilled.insert("figures") }
        if annotationsChanged { refilled.insert("annotations") }
        if quotesChanged { refilled.insert("quotes") }
        try db.transaction { () throws(SQLiteError) in
            // Indexes are built once after the rows are in, rather than updated row by row.
            try db.execute(QuerySchema.dropIndexes(on: refilled))
            if entitiesChanged { try fillEntities(w.entities) }
            if figuresChanged { try fillFigures(w.figures) }
            if annotationsChanged { try fillAnnotations(w.annotations, in: w) }
            if quotesChanged { try fillQuotes(w) }
            try db.execute(QuerySchema.createIndexes(on: refilled))
        }
        tableSources = (w.entities, w.figures, w.annotations, w.quotes)
    }

    private func fillEntities(_ entities: [Entity]) throws(SQLiteError) {
        try db.execute("DELETE FROM entities; DELETE FROM mentions")
        let entity = try db.prepare("INSERT INTO entities VALUES(?,?,?,?,?,?,?,?)")
        let mention = try db.prepare("INSERT INTO mentions VALUES(?,?,?,?,?)")
        for e in entities {
            let id = SQLiteValue.text(e.id.description)
            try entity.run([id, .text(e.name), .text(e.type.rawValue), .text(e.aliases.joined(separator: "; ")),
                            .integer(e.mentions.count), .integer(e.documents.count), .text(e.origin.rawValue),
                            .integer(e.rejected ? 1 : 0)])
            for m in e.mentions {
                try mention.run([id, .text(m.document.description), .integer(m.start), .integer(m.end), .text(m.text)])
            }
        }
    }

    private func fillFigures(_ figures: [Figure]) throws(SQLiteError) {
        try db.execute("DELETE FROM figures")
        let insert = try db.prepare("INSERT INTO figures VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        for f in figures {
            let x = f.facts
            try insert.run([.text(f.id.description), .text(f.document.description), .text(x.text), .text(x.kind.rawValue),
                            SQLiteValue(x.value), SQLiteValue(x.low), SQLiteValue(x.high), SQLiteValue(x.unit),
                            SQLiteValue(x.currency), SQLiteValue(x.date), .text(x.qualifier.rawValue),
                            SQLiteValue(x.counts), SQLiteValue(x.source), .integer(x.start), .integer(x.end)])
        }
    }

    /// One row per quote; `entity` is the ID of the entity its speaker resolved to.
    private func fillQuotes(_ w: Workspace) throws(SQLiteError) {
        try db.execute("DELETE FROM quotes")
        let insert = try db.prepare("INSERT INTO quotes VALUES(?,?,?,?,?,?,?,?,?)")
        let speakers = SpeakerIndex(w)
        for q in w.quotes {
            let x = q.facts
            try insert.run([.text(q.id.description), .text(q.document.description), .text(x.kind.rawValue), .text(x.text),
                            SQLiteValue(x.cue?.text), SQLiteValue(x.speaker?.span.text),
                            SQLiteValue(speakers.entity(of: q)?.id.description), .integer(x.start), .integer(x.end)])
        }
    }

    private func fillAnnotations(_ annotations: [Annotation], in w: Workspace) throws(SQLiteError) {
        try db.execute("DELETE FROM annotations")
        let insert = try db.prepare("INSERT INTO annotations VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")
        let figureDocuments = Dictionary(w.figures.map { ($0.id, $0.document) }, uniquingKeysWith: { a, _ in a })
        for a in annotations {
            let place = AnnotationPlace(a.target, figureDocument: { figureDocuments[$0] })
            try insert.run([.text(a.id.description), .text(a.kind.rawValue), .text(place.target), .text(place.type),
                            SQLiteValue(place.document?.description), SQLiteValue(place.start), SQLiteValue(place.end),
                            SQLiteValue(place.quote), .text(a.body), .text(a.author), .text(a.created), .text(a.modified)])
        }
    }
}
