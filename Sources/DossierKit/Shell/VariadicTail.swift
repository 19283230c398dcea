/// A command whose last positional argument takes any number of words (tags, files, IDs, a
/// query). swift-argument-parser removes each parsed word from an array and merges origin sets,
/// which is quadratic in the number of words (`tag d1` with 100,000 tags took minutes); the
/// registry parses only the first `CommandRegistry.parsedWords` words and hands the rest, none of
/// which looks like an option, straight to `tail`.
public protocol VariadicTail: ShellCommand {
    /// The array the trailing words go to.
    static var tail: WritableKeyPath<Self, [String]> { get }
}

extension VariadicTail {
    /// Appends words that would have been parsed into `tail` (used through an existential).
    mutating func appendToTail(_ words: [String]) { self[keyPath: Self.tail] += words }
}

extension TagCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.tags } }
extension UntagCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.tags } }
extension LoadCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.paths } }
extension DropCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.documents } }
extension DeleteCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.annotations } }
extension ReloadCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.documents } }
extension RejectCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.entities } }
extension MergeCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.entities } }
extension SearchCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.query } }
extension SqlCommand: VariadicTail { public static var tail: WritableKeyPath<Self, [String]> { \.statement } }
