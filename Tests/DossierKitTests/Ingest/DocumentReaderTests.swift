import Foundation
import Testing
@testable import DossierKit

@Suite struct DocumentReaderTests {
    let reader = DocumentReader()

    @Test func plainTextTitleIsFirstLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write("\n\n  Kazakhstan to Ensure Safety  \r\nBody text here.\r\n", to: dir + "/a.txt")
        let d = try reader.read(path: dir + "/a.txt")
        #expect(d.title == "Kazakhstan to Ensure Safety")
        #expect(d.format == "text")
        #expect(!d.text.contains("\r"))
        #expect(d.sha256.count == 64)
        #expect(d.warnings.isEmpty)
    }

    @Test func sha256MatchesKnownDigest() {
        #expect(SHA256Digest.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func markdownTitleIsFirstHeadingAndSyntaxIsRemoved() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write("""
            Intro line
            # Border *queues* grow
            Read the [ministry statement](https://example.org) and **this**, snake_case stays.
            ```
            code *kept*
            ```
            """, to: dir + "/a.md")
        let d = try reader.read(path: dir + "/a.md")
        #expect(d.title == "Border queues grow")
        #expect(d.format == "markdown")
        #expect(d.text == "Intro line\nBorder queues grow\nRead the ministry statement and this, snake_case stays.\ncode *kept*")
    }

    @Test func binaryFilesAreRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], to: dir + "/img.txt")
        #expect(throws: LoadError.binary(dir + "/img.txt")) { try reader.read(path: dir + "/img.txt") }
    }

    @Test func emptyFilesAreRefused() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write(" \n\t\n", to: dir + "/e.txt")
        #expect(throws: LoadError.empty(dir + "/e.txt")) { try reader.read(path: dir + "/e.txt") }
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Fixtures.write(bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait\n".utf8), to: dir + "/l1.txt")
        let d = try reader.read(path: dir + "/l1.txt")
        #expect(d.text == "Caf\u{FFFD} au lait\n")
        #expect(d.warnings == ["\(dir)/l1.txt: invalid UTF-8, undecodable bytes replaced with \u{FFFD}"])
    }

    @Test func missingFileIsNamed() {
        #expect(throws: LoadError.notFound("/nonexistent/a.txt")) { try reader.read(path: "/nonexistent/a.txt") }
    }
}
