/// Shares a terminal's width among a table's columns: the widest text columns give way first
/// (water-filling), numbers keep their width. Linear after one sort of the column widths.
enum ColumnFitter {
    /// The columns' widths plus the two-space gaps between them.
    static func total(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// Widths that fit `total` columns when possible: shrinkable columns wider than a common cap
    /// are cut to it (never below `minimum`), the spare columns going to the widest.
    static func fit(_ natural: [Int], shrinkable: [Bool], into total: Int, minimum: Int) -> [Int] {
        guard Self.total(natural) > total else { return natural }
        let fixed = natural.indices.filter { !shrinkable[$0] }.reduce(0) { $0 + natural[$1] }
        var room = total - 2 * max(0, natural.count - 1) - fixed
        let flexible = natural.indices.filter { shrinkable[$0] }.sorted { natural[$0] < natural[$1] }
        guard !flexible.isEmpty else { return natural }
        var result = natural
        var left = flexible.count
        var capped: ArraySlice<Int> = []
        for (n, i) in flexible.enumerated() {
            if natural[i] * left <= room {
                room -= natural[i]
                left -= 1
            } else {
                capped = flexible[n...]
                break
            }
        }
        guard !capped.isEmpty else { return result }
        let cap = max(minimum, room / capped.count)
        var spare = max(0, room - cap * capped.count)
        // The widest columns get the remainder, one column of width each.
        for i in capped.reversed() {
            result[i] = min(natural[i], cap + (spare > 0 ? 1 : 0))
            if spare > 0 { spare -= 1 }
        }
        return result
    }
}
