import Foundation

/// First names with the gender they are usually given to (`Resources/first-name-genders.tsv`,
/// built by `Scripts/build-name-genders.py`); a name given to both is not listed.
public struct NameGenders: Sendable {
    /// A person's grammatical gender as pronouns show it.
    public enum Gender: String, Sendable { case male = "M", female = "F" }

    let names: [String: Gender]

    /// Reads `name<TAB>M|F` lines; other lines are skipped.
    public init(tsv: String) {
        var names: [String: Gender] = [:]
        for line in tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let g = Gender(rawValue: String(fields[1])) else { continue }
            names[fields[0].lowercased()] = g
        }
        self.names = names
    }

    /// The gender of a first name, nil when unknown or given to both.
    public func gender(ofFirstName name: some StringProtocol) -> Gender? { names[name.lowercased()] }

    /// The list shipped in DossierKit's resources (empty when the resource is missing).
    public static let shipped: NameGenders = {
        guard let url = Bundle.module.url(forResource: "first-name-genders", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return NameGenders(tsv: "") }
        return NameGenders(tsv: text)
    }()
}
