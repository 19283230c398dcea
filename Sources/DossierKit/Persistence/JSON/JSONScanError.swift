/// What is wrong at a byte offset of a JSON text being scanned; the session codec turns it into a
/// line number and a path such as `documents[3].text`.
struct JSONScanError: Error, CustomStringConvertible {
    /// Byte offset where the problem was found.
    var offset: Int
    /// What was expected or found, e.g. `expected a number`.
    var problem: String
    /// Where in the document, e.g. `documents[3].text`; empty when unknown.
    var path: String = ""

    var description: String { path.isEmpty ? problem : "\(problem) at \(path)" }

    /// The same error with `prefix` put in front of its path (`documents[3]` + `.text`).
    func inside(_ prefix: String) -> JSONScanError {
        var e = self
        e.path = path.isEmpty ? prefix : (path.hasPrefix("[") ? prefix + path : prefix + "." + path)
        return e
    }
}
