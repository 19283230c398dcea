import Foundation

/// Counts a batch as it loads and formats the status line and the closing summary.
struct LoadProgress {
    let total: Int
    let started: Double
    var done = 0
    var bytes = 0
    var lastDrawn = 0.0

    init(total: Int, now: Double = LoadProgress.now()) {
        self.total = total
        self.started = now
    }

    static func now() -> Double { Date().timeIntervalSince1970 }

    /// `loading 120/2225 · 1.2 MB · 350 files/s · 0.9 MB/s · ETA 6s`
    func line(now: Double) -> String {
        let elapsed = max(now - started, 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        return "loading \(done)/\(total) · \(Format.megabytes(bytes)) · "
            + String(format: "%.0f files/s · %.1f MB/s · ETA %@", rate, Double(bytes) / 1e6 / elapsed, Self.duration(eta))
    }

    /// Whether enough time passed since the last drawing (10 updates a second at most).
    mutating func shouldDraw(now: Double) -> Bool {
        guard now - lastDrawn >= 0.1 else { return false }
        lastDrawn = now
        return true
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 60 ? "\(s / 60)m\(String(format: "%02d", s % 60))s" : "\(s)s"
    }
}
