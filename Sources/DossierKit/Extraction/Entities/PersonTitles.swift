/// Words written before a person's name that are not part of it: courtesy titles ("Ms"), ranks and
/// offices ("Minister", "Secretary", "Chancellor") and titles of nobility or religion ("Prince",
/// "Pope") — the last set names a different person than the same name without it ("Prince Charles").
public enum PersonTitles {
    /// Courtesy titles ("Ms Hewitt"), lower-cased.
    public static let courtesy: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "mx", "prof", "prof.", "mme", "mlle", "herr", "frau"]

    /// Titles that belong to one person's identity ("Prince Charles" is not "Charles Clarke"), lower-cased.
    public static let nobility: Set<String> = [
        "prince", "princess", "king", "queen", "lord", "lady", "sir", "dame", "duke", "duchess", "earl", "countess",
        "baron", "baroness", "pope", "saint", "emperor", "empress", "sheikh", "sheik", "emir", "sultan", "tsar", "czar",
        "crown", "archduke", "marquess", "viscount",
    ]

    /// Offices, ranks and jobs that end a role written before a name ("Interior Minister"), lower-cased.
    public static let offices: Set<String> = [
        "president", "vice-president", "president-elect", "minister", "secretary", "chancellor", "premier", "senator",
        "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor", "chairman",
        "chairwoman", "chairperson", "chief", "executive", "director", "spokesman", "spokeswoman", "spokesperson",
        "leader", "general", "gen.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.", "commander", "admiral",
        "sergeant", "sgt.", "judge", "justice", "ambassador", "commissioner", "coach", "manager", "boss", "deputy",
        "ayatollah", "cardinal", "archbishop", "bishop", "rev", "rev.", "reverend", "rabbi", "imam", "prosecutor",
        "attorney", "attorney-general", "mp", "mep", "envoy", "inspector", "superintendent", "detective", "constable",
        "striker", "midfielder", "defender", "goalkeeper", "skipper", "ceo", "founder", "dean", "professor",
        "chair", "speaker", "treasurer", "minister-president", "secretary-general", "marshal", "commodore",
        "brigadier", "sheriff", "councillor", "councilman", "trustee", "economist", "analyst", "correspondent",
        "editor", "producer", "actor", "actress", "singer", "star", "champion", "player", "winger", "forward",
        "batsman", "bowler", "jockey", "trainer", "driver", "rider",
    ]

    /// Capitalised words that open a sentence before a role but are not part of it ("And Chancellor").
    static let roleOpeners: Set<String> = [
        "and", "but", "or", "so", "the", "a", "an", "as", "with", "by", "for", "from", "to", "of", "in", "on", "at",
        "when", "while", "after", "before", "former", "ex", "new", "then", "now", "meanwhile", "also", "said", "says",
    ]

    /// Whether a word (any case) ends a role: an office or a title of nobility.
    public static func endsRole(_ word: String) -> Bool {
        let w = word.lowercased()
        return offices.contains(w) || nobility.contains(w)
    }

    /// Whether a word is a courtesy title.
    public static func isCourtesy(_ word: String) -> Bool { courtesy.contains(word.lowercased()) }

    /// Whether a word is a title of nobility or religion.
    public static func isNobility(_ word: String) -> Bool { nobility.contains(word.lowercased()) }
}
