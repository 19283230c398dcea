/// Why an entity correction could not be made; one line for the user.
public enum CurationError: Error, CustomStringConvertible, Equatable {
    /// `merge e3 e3`.
    case mergeWithItself(EntityID)
    /// `split e3 "X"` where X is not a name e3 goes by in the text.
    case aliasNotFound(String, entity: EntityID, aliases: [String], command: String = "split")
    /// An empty name for `rename`, `split` or `entity add`.
    case emptyName(String)
    /// `rename` to the name it already has, `retype` to the type it already has.
    case nothingToChange(String)
    /// `entity add` with a name that occurs in no document as a whole word.
    case notInAnyDocument(String)

    public var description: String {
        switch self {
        case .mergeWithItself(let e): "merge: cannot merge \(e) with itself"
        case let .aliasNotFound(alias, e, aliases, command):
            "\(command): \(e) has no alias '\(alias)'" + (aliases.isEmpty ? " (it has no aliases)" : " (aliases: \(aliases.joined(separator: ", ")))")
        case .emptyName(let command): "\(command): the name is empty"
        case .nothingToChange(let message): message
        case .notInAnyDocument(let name): "entity add: '\(name)' occurs in no loaded document (added anyway; new documents will be searched)"
        }
    }
}
