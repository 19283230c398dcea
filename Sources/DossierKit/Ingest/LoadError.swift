/// Why a file could not be loaded; each message names the file.
public enum LoadError: Error, CustomStringConvertible, Equatable {
    /// No file or directory at the path.
    case notFound(String)
    /// A glob pattern that matched nothing.
    case noMatch(String)
    /// A directory with no file of a supported format in it.
    case noSupportedFiles(String)
    /// The file holds binary data (a NUL byte, or a format Dossier does not read).
    case binary(String)
    /// The file has no text.
    case empty(String)
    /// The file exists but could not be read.
    case unreadable(String, reason: String)
    /// The content was already loaded.
    case duplicate(String, existing: DocumentID)
    /// A format-specific failure (e.g. a PDF without text).
    case unsupported(String, reason: String)
    /// The file or page is larger than the limit (`size` nil when reading stopped at the limit);
    /// `raise` says how to raise it.
    case tooLarge(String, size: Int?, limit: Int, raise: String)

    public var description: String {
        switch self {
        case .notFound(let p): "\(p): no such file or directory"
        case .noMatch(let p): "\(p): no files match"
        case .noSupportedFiles(let p): "\(p): no supported files in this directory (\(DocumentReader.supportedExtensionList))"
        case .binary(let p): "\(p): binary file, not loaded"
        case .empty(let p): "\(p): empty file, nothing to load"
        case .unreadable(let p, let reason): "\(p): cannot read (\(reason))"
        case .duplicate(let p, let id): "\(p): already loaded as \(id) (same content)"
        case .unsupported(let p, let reason): "\(p): \(reason)"
        case let .tooLarge(p, size, limit, raise):
            "\(p): " + (size.map { Format.megabytes($0) + ", " } ?? "") + "larger than the \(Format.megabytes(limit)) limit"
                + (raise.isEmpty ? "" : " (\(raise))")
        }
    }
}
