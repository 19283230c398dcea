import CSQLite

/// The bytes of a database file made by `sqlite3_serialize`, freed with it. Immutable once made, so
/// it may be handed to another thread (to write a cache file).
final class SerializedDatabase: @unchecked Sendable {
    let bytes: UnsafeMutablePointer<UInt8>
    let count: Int

    init(bytes: UnsafeMutablePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    deinit { sqlite3_free(bytes) }

    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: bytes, count: count) }
}
