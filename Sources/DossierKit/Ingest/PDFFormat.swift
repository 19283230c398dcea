import Foundation

/// The `pdf` format of `DocumentReader`: text by poppler's `pdftotext` (Debian `poppler-utils`),
/// in reading order; clear messages when it is missing, the PDF is encrypted or has no text layer.
enum PDFFormat {
    static let installHint = "reading PDF needs pdftotext: install poppler-utils (apt-get install poppler-utils)"

    static let format = DocumentReader.Format(name: "pdf", extensions: ["pdf"], sniff: { head, source throws(LoadError) in
        try checkHeader(head, source: source)
    }) { bytes, source throws(LoadError) in
        try convert(bytes, source: source, pdftotext: ExecutableSearch.find("pdftotext"))
    }

    /// The text of a PDF, by the `pdftotext` at the given path (nil: not installed).
    static func convert(_ bytes: [UInt8], source: String, pdftotext: String?) throws(LoadError) -> DocumentReader.Converted {
        try checkHeader(bytes[...], source: source)
        guard let tool = pdftotext else { throw .unsupported(source, reason: installHint) }
        let result: ToolRun.Result
        do {
            result = try ToolRun.run(tool, arguments: ["-q", "-enc", "UTF-8", "-nopgbrk"], input: bytes, suffix: ".pdf")
        } catch {
            throw .unreadable(source, reason: "could not run pdftotext: \(error)")
        }
        if result.status != 0 {
            if contains(bytes, "/Encrypt") { throw .unsupported(source, reason: "encrypted PDF: cannot extract its text without the password") }
            throw .unsupported(source, reason: "pdftotext could not read this PDF (exit status \(result.status); damaged file?)")
        }
        let text = String(decoding: result.output, as: UTF8.self)
        let lines = text.replacingOccurrences(of: "\u{0C}", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let cleaned = lines.joined(separator: "\n").replacingOccurrences(of: "\n\n\n+", with: "\n\n", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if cleaned.isEmpty {
            throw .unsupported(source, reason: "PDF has no text layer (scanned or image-only?); run OCR first, e.g. ocrmypdf")
        }
        return DocumentReader.Converted(text: cleaned)
    }

    /// A PDF starts with `%PDF-` within its first kilobyte.
    static func checkHeader(_ bytes: ArraySlice<UInt8>, source: String) throws(LoadError) {
        guard bytes.prefix(1024).starts(with: Array("%PDF-".utf8)) || contains(bytes.prefix(1024), "%PDF-") else {
            throw .unsupported(source, reason: "not a PDF file (no %PDF- header)")
        }
    }

    static func contains<C: Collection>(_ bytes: C, _ needle: String) -> Bool where C.Element == UInt8 {
        let n = Array(needle.utf8)
        let hay = Array(bytes)
        guard hay.count >= n.count else { return false }
        for i in 0...(hay.count - n.count) where hay[i] == n[0] {
            if Array(hay[i..<(i + n.count)]) == n { return true }
        }
        return false
    }
}
