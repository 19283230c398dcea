import Foundation
import Testing
@testable import DossierKit
#if canImport(Glibc)
import Glibc
#endif

/// Files are bounded and checked before they are read: a size limit named with how to raise it,
/// binary refused from the first bytes, UTF-16 decoded, symlink loops and special files named.
@Suite struct LoaderLimitTests {
    func write(_ bytes: [UInt8], _ name: String, in folder: String = Fixture.folder()) -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func aHugeSparseFileIsRefusedBeforeAnythingIsRead() throws {
        let path = write([], "huge.txt")
        #expect(truncate(path, 100_000_000_000) == 0)
        #expect(throws: LoadError.tooLarge(path, size: 100_000_000_000, limit: 50_000_000, raise: "load --max-size MB raises it")) {
            try DocumentReader().read(path: path)
        }
        #expect(LoadError.tooLarge(path, size: 100_000_000_000, limit: 50_000_000, raise: "load --max-size MB raises it").description
            == "\(path): 100000.0 MB, larger than the 50.0 MB limit (load --max-size MB raises it)")
    }

    @Test func theLimitIsRaisedWithMaxSize() {
        let folder = Fixture.folder()
        let path = write(Array(String(repeating: "Astana is a city. ", count: 200).utf8), "a.txt", in: folder)
        var h = ShellHarness(folder: folder)
        #expect(h.run("load --max-size 0.001 \(path)").err == "test:1: \(path): 3 KB, larger than the 1 KB limit (load --max-size MB raises it)\n")
        #expect(h.run("load --max-size 1 \(path)").err == "")
        #expect(h.workspace.documents.count == 1)
        #expect(h.run("load --max-size nan \(path)").err.contains("--max-size must be a number of megabytes"))
    }

    @Test func aBinaryFileIsRefusedFromItsFirstBytes() {
        let path = write([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1] + [UInt8](repeating: 0, count: 200_000), "program.txt")
        var sniffed = 0
        #expect(throws: LoadError.binary(path)) {
            _ = try FileBytes.read(path, sniff: { head throws(LoadError) in
                sniffed = head.count
                try TextDecoding.refuseBinary(head, source: path)
            })
        }
        #expect(sniffed == FileBytes.headLength)
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let text = "Astana, Қазақстан — 98,000 🎉\r\nsecond line"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = write(bytes, "utf16.txt")
        let draft = try DocumentReader().read(path: path)
        #expect(draft.text == "Astana, Қазақстан — 98,000 🎉\nsecond line")
        #expect(draft.warnings.isEmpty)
    }

    @Test func aSymlinkLoopIsReportedAsSuch() {
        let folder = Fixture.folder()
        #expect(symlink(folder + "/b.txt", folder + "/a.txt") == 0)
        #expect(symlink(folder + "/a.txt", folder + "/b.txt") == 0)
        var h = ShellHarness(folder: folder)
        #expect(h.run("load \(folder)/a.txt").err
            == "test:1: \(folder)/a.txt: cannot read (too many levels of symbolic links (a symlink loop?))\n")
        #expect(h.run("source \(folder)/a.txt").err.contains("symlink loop"))
    }

    @Test func aFileNameStartingWithADashIsNotTakenForHelp() {
        let folder = Fixture.folder()
        _ = write(Array("Astana is the capital.".utf8), "-dash.txt", in: folder)
        var h = ShellHarness(folder: folder)
        let r = h.run("load -dash.txt")
        #expect(r.out == "")
        #expect(r.err.hasPrefix("test:1: load: '-dash.txt' is not an option (a name starting with '-' is written ./-dash.txt, or after --)"))
        #expect(h.run("load \(folder)/-dash.txt").err == "")
        #expect(h.run("load --help").out.contains("USAGE: load"))
    }

    @Test func sourceRefusesDevicesFifosAndBinaryFilesAndReadsUTF16() {
        let folder = Fixture.folder()
        #expect(mkfifo(folder + "/pipe.dsh", 0o600) == 0)
        let binary = write([0x50, 0x4B, 3, 4, 0, 0, 0], "archive.dsh", in: folder)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "set format json\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let script = write(utf16, "utf16.dsh", in: folder)
        var h = ShellHarness(folder: folder)
        #expect(h.run("source /dev/zero").err == "test:1: source: /dev/zero: cannot read (not a regular file (a FIFO, device or socket))\n")
        #expect(h.run("source \(folder)/pipe.dsh").err.contains("not a regular file"))
        #expect(h.run("source \(binary)").err == "test:1: source: \(binary): binary file, not loaded\n")
        #expect(h.run("source \(script)").out == "format = json\n")
    }
}
