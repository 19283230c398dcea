/// Why a session could not be opened or saved; every message names the file.
public enum SessionError: Error, CustomStringConvertible, Equatable {
    /// No file at the path.
    case notFound(path: String)
    /// The file is not JSON (or is cut short); `detail` says where.
    case notJSON(path: String, detail: String)
    /// JSON, but not a Dossier session.
    case notASession(path: String, detail: String)
    /// Written by a newer Dossier.
    case newerVersion(path: String, found: Int, supported: Int)
    /// A session whose content breaks the format (e.g. a missing key).
    case invalid(path: String, detail: String)
    /// The file could not be read or written.
    case io(path: String, reason: String)
    /// The file has no write permission; replacing it needs `--force`.
    case readOnly(path: String, mode: Int)
    /// An explicit path into a folder that does not exist (it is not created).
    case missingFolder(path: String, folder: String)
    /// Another shell has the file open for writing.
    case locked(path: String, holder: String)
    /// The file changed on disk since this (read-only) session was opened from it.
    case changedOnDisk(path: String)

    public var description: String {
        switch self {
        case .notFound(let p): "cannot open \(p): no such file"
        case let .notJSON(p, d): "cannot open \(p): not valid JSON (\(d))"
        case let .notASession(p, d): "cannot open \(p): not a Dossier session (\(d))"
        case let .newerVersion(p, f, s):
            "cannot open \(p): session format version \(f) is newer than this Dossier supports (\(s)); upgrade Dossier"
        case let .invalid(p, d): "cannot open \(p): damaged session (\(d))"
        case let .io(p, r): "\(p): \(r)"
        case let .readOnly(p, m):
            "cannot save \(p): the file is read-only (mode 0\(String(m, radix: 8))); save --force replaces it, keeping its mode"
        case let .missingFolder(p, f): "cannot save \(p): folder \(f) does not exist (create it first)"
        case let .locked(p, h): "cannot save \(p): it is open for writing in another shell (\(h)); save NAME keeps your changes in another file"
        case let .changedOnDisk(p): "cannot save \(p): it changed on disk since it was opened (saved by another shell?); save NAME keeps your changes, save --force overwrites it"
        }
    }
}
