@testable import DossierKit
import Foundation
import Testing

/// PDF tests build tiny PDFs in memory; those that need pdftotext skip when it is not installed.
struct PDFFormatTests {
    /// A one-page PDF; with `text` nil the page has no text layer (like a scan).
    static func pdf(text: String?) -> [UInt8] {
        let stream = text.map { "BT /F1 12 Tf 72 720 Td (\($0)) Tj ET" } ?? "0 0 1 rg 72 72 100 100 re f"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    static let pdftotext = ExecutableSearch.find("pdftotext")

    @Test func extractsTheTextLayer() throws {
        guard let tool = Self.pdftotext else { return }
        let converted = try PDFFormat.convert(Self.pdf(text: "Quarterly revenue rose sharply"), source: "r.pdf", pdftotext: tool)
        #expect(converted.text == "Quarterly revenue rose sharply")
    }

    @Test func imageOnlyPDFGetsAClearMessage() {
        guard let tool = Self.pdftotext else { return }
        #expect(throws: LoadError.unsupported("scan.pdf", reason: "PDF has no text layer (scanned or image-only?); run OCR first, e.g. ocrmypdf")) {
            try PDFFormat.convert(Self.pdf(text: nil), source: "scan.pdf", pdftotext: tool)
        }
    }

    @Test func unreadableEncryptedPDFSaysSo() {
        guard let tool = Self.pdftotext else { return }
        let bytes = Array("%PDF-1.4\n1 0 obj << /Filter /Standard /V 2 >> endobj\ntrailer << /Encrypt 1 0 R >>\n%%EOF\n".utf8)
        #expect(throws: LoadError.unsupported("locked.pdf", reason: "encrypted PDF: cannot extract its text without the password")) {
            try PDFFormat.convert(bytes, source: "locked.pdf", pdftotext: tool)
        }
    }

    @Test func missingPdftotextSaysWhatToInstall() {
        #expect(throws: LoadError.unsupported("a.pdf", reason: PDFFormat.installHint)) {
            try PDFFormat.convert(Self.pdf(text: "x"), source: "a.pdf", pdftotext: nil)
        }
    }

    @Test func notAPDFAtAll() {
        #expect(throws: LoadError.unsupported("fake.pdf", reason: "not a PDF file (no %PDF- header)")) {
            try PDFFormat.convert(Array("just text".utf8), source: "fake.pdf", pdftotext: "/bin/false")
        }
    }
}
