import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Expands the arguments of `load` (files, directories, glob patterns) into the files to read,
/// in a stable order, with an error for each argument that yields nothing.
public enum LoadPlanner {
    public struct Plan: Sendable, Equatable {
        public var files: [String] = []
        public var errors: [LoadError] = []
    }

    public static func plan(_ arguments: [String], relativeTo base: String? = nil) -> Plan {
        var plan = Plan()
        var seen = Set<String>()
        func add(_ path: String) {
            if seen.insert(path).inserted { plan.files.append(path) }
        }
        for arg in arguments {
            let path = expandTilde(arg)
            if path.contains(where: { "*?[".contains($0) }), !FileManager.default.fileExists(atPath: path) {
                let matches = glob(path)
                if matches.isEmpty { plan.errors.append(.noMatch(arg)); continue }
                for m in matches {
                    if isDirectory(m) { directoryFiles(m).forEach(add) } else { add(m) }
                }
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                var st = stat()
                plan.errors.append(stat(path, &st) == 0 ? .notFound(arg) : FileBytes.statError(arg, errno)); continue
            }
            if isDir.boolValue {
                let files = directoryFiles(path)
                if files.isEmpty { plan.errors.append(.noSupportedFiles(arg)) }
                files.forEach(add)
            } else {
                add(path)
            }
        }
        return plan
    }

    /// Every supported file below `dir` (recursively, hidden files skipped), sorted by path.
    static func directoryFiles(_ dir: String) -> [String] {
        let root = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let rel = walker.nextObject() as? String {
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if DocumentReader.format(forPath: rel) != nil {
                let full = root + "/" + rel
                if isRegularFile(full) { out.append(full) }
            }
        }
        return out.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A regular file (following links): FIFOs, devices and sockets are never loaded from a folder.
    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + path.dropFirst()
    }

    /// POSIX glob(3), sorted.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        guard Glibc.glob(pattern, 0, nil, &g) == 0 else { return [] }
        return (0..<Int(g.gl_pathc)).compactMap { g.gl_pathv[$0].map { String(cString: $0) } }.sorted()
    }
}
