@testable import DossierKit
import Testing

struct HTMLCharsetTests {
    @Test(arguments: [
        ("<meta charset=\"iso-8859-1\">", "iso-8859-1"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">", "shift_jis"),
        ("<meta charset='utf-8'>", "utf-8"),
    ])
    func declaredCharsetIsFound(head: String, expected: String) {
        #expect(HTMLCharset.declared(in: Array(head.utf8)) == expected)
    }

    @Test func undeclaredLatin1IsReadAsWindows1252() {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(HTMLCharset.choose(bytes).encoding == "windows-1252")
    }

    @Test func wrongUTF8DeclarationFallsBackWithAWarning() {
        let bytes: [UInt8] = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9]
        let choice = HTMLCharset.choose(bytes)
        #expect(choice.encoding == "windows-1252")
        #expect(choice.warnings.count == 1)
    }

    @Test func unknownCharsetIsNotPassedToLibxml2() {
        let choice = HTMLCharset.choose(Array("<meta charset=x-no-such-charset><p>plain</p>".utf8))
        #expect(choice.encoding == "UTF-8")
        #expect(!choice.warnings.isEmpty)
    }
}
