/// An entity's type is the type most of its mentions were given; each mention keeps its own type
/// (stored only where it differs from the entity's).
extension Entity {
    /// The type extraction gave one of its mentions.
    public func type(of m: Mention) -> EntityType { m.type ?? type }

    /// Changes the entity's type while every mention keeps the type it had.
    mutating func setType(_ new: EntityType) {
        guard new != type else { return }
        for k in mentions.indices {
            let own = mentions[k].type ?? type
            mentions[k].type = own == new ? nil : own
        }
        type = new
    }

    /// Adds a mention of the given type, storing the type only when it differs from the entity's.
    mutating func append(_ m: Mention, as mentionType: EntityType) {
        var m = m
        m.type = mentionType == type ? nil : mentionType
        mentions.append(m)
    }

    /// The type most mentions have; a tie keeps the current type, else the first in PER, ORG, LOC, MISC.
    var majorityType: EntityType {
        var counts: [EntityType: Int] = [:]
        for m in mentions { counts[type(of: m), default: 0] += 1 }
        let best = counts.values.max() ?? 0
        if counts[type, default: 0] == best { return type }
        return EntityType.allCases.first { counts[$0, default: 0] == best } ?? type
    }

    /// Retypes an extracted entity by the majority of its mentions (a person's declared type stays).
    mutating func adoptMajorityType() {
        guard origin == .extracted else { return }
        setType(majorityType)
    }
}
