import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end: `export html` on the example session, rendered by headless Chromium; the screenshot
/// must show a page (many colours, much ink), not a blank or error page. Skipped, with the reason
/// printed, where Chromium is not installed (Scripts/install-dependencies.sh installs it).
@Suite struct HTMLReportCLITests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "chromium is not installed (apt-get install chromium), so the HTML report is not rendered"))
    func reportRendersInHeadlessChromium() throws {
        let example = try String(contentsOfFile: Self.repositoryRoot + "/Sessions/example.json", encoding: .utf8)
        let p = try DossierProcess(files: ["Sessions/example.json": example])
        defer { p.cleanUp() }
        let export = try p.run(["Sessions/example.json", "-c", "export html report.html"])
        #expect(export.status == 0, "\(export.stderr)")
        let png = p.directory + "/shot.png"
        let status = Self.spawn(["timeout", "120", try #require(Self.chromium), "--headless", "--no-sandbox", "--disable-gpu",
                                 "--hide-scrollbars", "--user-data-dir=\(p.directory)/profile", "--window-size=800,1000",
                                 "--screenshot=\(png)", "file://\(p.directory)/report.html"])
        #expect(status == 0)
        let stats = try Self.pngStats(png).split(separator: " ").compactMap { Double($0) }
        try #require(stats.count == 4, "could not read \(png)")
        #expect(stats[0] == 800 && stats[1] == 1000)
        #expect(stats[2] >= 16, "only \(stats[2]) colours: a blank page?")
        #expect(stats[3] > 0.03, "only \(stats[3]) of the pixels differ from the background")
    }

    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// Runs a program with /dev/null for its standard streams (Chromium leaves helper processes
    /// behind that would hold pipes open) and returns its exit status.
    static func spawn(_ arguments: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    /// `WIDTH HEIGHT COLOURS INK` of a PNG: its size, how many distinct colours it has, and the
    /// share of pixels unlike the top-left one; decoded by a few lines of Python (zlib, no imaging library).
    static func pngStats(_ path: String) throws -> String {
        let script = #"""
            import sys, zlib, struct
            data = open(sys.argv[1], 'rb').read()
            assert data[:8] == b'\x89PNG\r\n\x1a\n'
            pos, idat = 8, b''
            while pos < len(data):
                n, kind = struct.unpack('>I4s', data[pos:pos + 8]); body = data[pos + 8:pos + 8 + n]; pos += 12 + n
                if kind == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
                elif kind == b'IDAT': idat += body
            assert depth == 8 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
            raw, stride, prev, rows, i = zlib.decompress(idat), w * bpp, bytearray(w * bpp), [], 0
            for _ in range(h):
                f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
                for x in range(stride):
                    a = line[x - bpp] if x >= bpp else 0; b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
                    if f == 1: line[x] = (line[x] + a) & 255
                    elif f == 2: line[x] = (line[x] + b) & 255
                    elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
                    elif f == 4:
                        p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                rows.append(bytes(line)); prev = line
            pixels = [r[x:x + 3] for r in rows for x in range(0, stride, bpp)]
            background = pixels[0]
            print(w, h, len(set(pixels)), sum(p != background for p in pixels) / len(pixels))
            """#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
