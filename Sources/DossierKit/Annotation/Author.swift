import Foundation

/// Who is annotating: `$USER`, else `$LOGNAME`, else `unknown`.
public enum Author {
    public static var current: String {
        let env = ProcessInfo.processInfo.environment
        return [env["USER"], env["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
    }
}
