/// One thing `load` was asked to read: a file, standard input, or a URL.
public enum LoadItem: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    /// The bytes already read from standard input (`load -`), read as `format` (text by default).
    case standardInput([UInt8], format: String?)
    case url(String)

    public var description: String {
        switch self {
        case .file(let path): path
        case .standardInput: "stdin"
        case .url(let url): url
        }
    }

    /// True for an argument that names a web page to fetch.
    public static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

/// A document read and analysed, ready to add to the workspace.
public struct LoadedDocument: Sendable {
    public var draft: DocumentDraft
    public var analysis: DocumentAnalysis
    /// Bytes read from the source.
    public var sourceBytes: Int
}
