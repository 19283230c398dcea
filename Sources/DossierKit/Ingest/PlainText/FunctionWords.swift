/// Function words (stop words) of the languages most web pages are written in — English, French,
/// Spanish, Portuguese, Italian, German, Dutch — lower-cased. Prose is dense in them; menus, link
/// lists and headline teasers are not (jusText's stop-word density, one list for all languages).
enum FunctionWords {
    /// The language this list is full for (as `PageStopWords` names it); pages in others are measured
    /// with jusText's list of their language, fuller than the few words of each given here.
    static let languages: Set<String> = ["English"]
    static let all: Set<String> = Set(("""
        a about above after again against all am an and any are as at be because been before being below \
        between both but by can could did do does doing down during each few for from further had has have \
        having he her here hers herself him himself his how i if in into is it its itself just me more most my \
        myself no nor not now of off on once only or other our ours ourselves out over own same she should so \
        some such than that the their theirs them themselves then there these they this those through to too \
        under until up very was we were what when where which while who whom why will with would you your \
        yours yourself yourselves also said says may might must since still yet per upon among \
        de la le les des du un une et est en que qui dans pour pas sur au avec ce il elle sont par plus ne se \
        son sa ses mais ou nous vous leur été être \
        el los las del por con una para es lo como más pero sus ya este ha si porque esta entre cuando muy sin \
        sobre también hasta donde desde \
        os da do das dos em um não com na nas nos ao à mais mas foi ser tem são seu sua muito já só pelo pela isso \
        gli di che è non sono della delle degli nel nella alla anche più questo dei \
        der die das und ist nicht ein eine zu den mit sich des auf für im dem auch es an als wie bei nach aus \
        wird hat sind noch nur oder aber vor zur bis \
        het een van ook niet dat zijn voor met op te aan om er maar dan nog wel
        """).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
