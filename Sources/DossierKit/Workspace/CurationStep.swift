/// One entity correction a person made (`rename`, `merge`, `split`, `retype`, `reject`, `entity add`),
/// kept in the session so it can be applied again when documents are added or reloaded.
public struct CurationStep: Codable, Sendable, Equatable {
    public enum Operation: String, Codable, Sendable { case rename, merge, split, retype, reject, add }

    public var op: Operation
    /// The entity acted on, by canonical name at the time (IDs can change when documents are reloaded).
    public var entity: String
    /// The new name (rename), the alias split off (split), or the name added (add).
    public var name: String?
    /// The new or declared type (retype, add); for rename, merge, split and reject, the type of the
    /// entity acted on (nil: any type).
    public var type: EntityType?
    /// The entities merged into `entity` (merge), by canonical name.
    public var others: [String]?

    public init(op: Operation, entity: String, name: String? = nil, type: EntityType? = nil,
                others: [String]? = nil) {
        self.op = op
        self.entity = entity
        self.name = name
        self.type = type
        self.others = others
    }
}
