import Foundation

/// ISO 8601 UTC timestamps as stored in sessions (`2026-11-25T11:03:19Z`).
public enum Timestamp {
    public static func now() -> String { string(from: Date()) }

    public static func string(from date: Date) -> String { date.formatted(.iso8601) }
}
