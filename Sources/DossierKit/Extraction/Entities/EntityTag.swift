/// The tagger's labels: `O` plus B(egin), I(nside), L(ast), U(nit) for each entity type (BILOU).
/// Tag 0 is `O`; tag `1 + 4·type + position` with positions B=0, I=1, L=2, U=3.
public enum EntityTag {
    public static let count = 17
    public static let outside = 0
    static let types: [EntityType] = [.person, .organization, .location, .misc]

    public enum Position: Int, Sendable { case begin = 0, inside, last, unit }

    public static func tag(_ type: EntityType, _ position: Position) -> Int {
        1 + typeIndex(type) * 4 + position.rawValue
    }

    static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .organization: 1
        case .location: 2
        case .misc: 3
        }
    }

    /// The entity type of a tag, nil for `O`.
    public static func type(of tag: Int) -> EntityType? { tag == 0 ? nil : types[(tag - 1) / 4] }

    public static func position(of tag: Int) -> Position? { tag == 0 ? nil : Position(rawValue: (tag - 1) % 4) }

    /// Whether `tag` may follow `previous` (-1 = sentence start); `last` marks the sentence's final token.
    @inline(__always)
    public static func allowed(_ tag: Int, after previous: Int, last: Bool) -> Bool {
        let open = previous > 0 && (previous - 1) % 4 < 2           // previous is B or I
        if open {
            guard tag > 0, (tag - 1) / 4 == (previous - 1) / 4 else { return false }
            let p = (tag - 1) % 4
            return p == 2 || (p == 1 && !last)
        }
        if tag == 0 { return true }
        let p = (tag - 1) % 4
        return p == 3 || (p == 0 && !last)
    }

    /// BILOU tags for entity spans given as token ranges with types over `count` tokens.
    public static func encode(_ spans: [(Range<Int>, EntityType)], count: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for (range, type) in spans where !range.isEmpty {
            if range.count == 1 {
                tags[range.lowerBound] = tag(type, .unit)
            } else {
                for k in range { tags[k] = tag(type, .inside) }
                tags[range.lowerBound] = tag(type, .begin)
                tags[range.upperBound - 1] = tag(type, .last)
            }
        }
        return tags
    }

    /// Entity spans of a valid BILOU tag sequence.
    public static func decode(_ tags: [Int]) -> [(Range<Int>, EntityType)] {
        var spans: [(Range<Int>, EntityType)] = []
        var start = -1
        for (k, t) in tags.enumerated() {
            guard let type = type(of: t), let p = position(of: t) else { start = -1; continue }
            switch p {
            case .unit: spans.append((k..<(k + 1), type)); start = -1
            case .begin: start = k
            case .inside: break
            case .last: if start >= 0 { spans.append((start..<(k + 1), type)) }; start = -1
            }
        }
        return spans
    }
}
