import Foundation

/// The words quote attribution is recognized by: verbs of saying, writing and believing in every
/// form (the cues), the small words between a speaker and its cue, pronouns, and the role words
/// that describe a person or an organisation ("the president", "the ministry").
enum QuoteLexicon {
    /// Every form of each cue verb, one verb per line: base, third person, past, participle(s).
    static let cueVerbs: Set<String> = Set(cueLines.flatMap { $0.split(separator: " ").map(String.init) })

    static let cueLines: [String] = cueText.split(whereSeparator: { $0 == "|" || $0 == "\n" })
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

    static let cueText = """
        say says said saying | tell tells told telling | add adds added adding | write writes wrote written writing
        warn warns warned warning | claim claims claimed claiming | argue argues argued arguing
        insist insists insisted insisting | note notes noted noting | explain explains explained explaining
        announce announces announced announcing | state states stated stating | declare declares declared declaring
        report reports reported reporting | ask asks asked asking | reply replies replied replying
        respond responds responded responding | answer answers answered answering | suggest suggests suggested suggesting
        acknowledge acknowledges acknowledged acknowledging | admit admits admitted admitting
        concede concedes conceded conceding | recall recalls recalled recalling | predict predicts predicted predicting
        promise promises promised promising | vow vows vowed vowing | urge urges urged urging
        confirm confirms confirmed confirming | deny denies denied denying | estimate estimates estimated estimating
        believe believes believed believing | think thinks thought thinking | tweet tweets tweeted tweeting
        complain complains complained complaining | contend contends contended contending
        maintain maintains maintained maintaining | observe observes observed observing | remark remarks remarked
        testify testifies testified testifying | allege alleges alleged alleging | caution cautions cautioned cautioning
        stress stresses stressed stressing | emphasize emphasizes emphasized emphasizing | emphasise emphasises emphasised
        assert asserts asserted asserting | boast boasts boasted boasting | joke jokes joked joking | quip quips quipped
        conclude concludes concluded concluding | agree agrees agreed agreeing | accuse accuses accused accusing
        charge charges charged | continue continues continued | recount recounts recounted | reveal reveals revealed revealing
        inform informs informed | assure assures assured assuring | remind reminds reminded reminding
        fear fears feared | hope hopes hoped | expect expects expected | worry worries worried
        show shows showed | find finds found | indicate indicates indicated indicating | mention mentions mentioned
        call calls called calling | describe describes described describing | pledge pledges pledged pledging
        threaten threatens threatened threatening | propose proposes proposed proposing | demand demands demanded demanding
        blast blasts blasted | slam slams slammed | praise praises praised | criticize criticizes criticized | criticise criticised
        """

    /// The base form of each cue verb ("say", "state", "call"): as often a noun or an infinitive.
    static let baseForms: Set<String> = Set(cueLines.map { $0.split(separator: " ").first.map(String.init) ?? "" })

    /// Third-person forms that are as often plural nouns ("his early-morning tweets", "initial reports").
    static let nounLike: Set<String> = words("""
        tweets reports claims states shows notes calls hopes fears charges estimates remarks answers replies promises
        vows stresses demands finds concerns cautions warnings blasts slams praises mentions pledges threatens proposes
        """)

    /// Cue verbs that take the person spoken to as object before the content ("told reporters that …").
    static let objectCues: Set<String> = words("""
        tell tells told telling ask asks asked asking warn warns warned warning assure assures assured assuring
        remind reminds reminded reminding inform informs informed urge urges urged urging promise promises promised
        accuse accuses accused accusing call calls called calling describe describes described describing
        blast blasts blasted slam slams slammed praise praises praised criticize criticizes criticized criticised
        """)

    /// Cue verbs that need quoted words to count as speech ("called the plan 'a disaster'").
    static let needQuote: Set<String> = words("""
        call calls called calling describe describes described describing blast blasts blasted slam slams slammed
        praise praises praised criticize criticizes criticized criticised continue continues continued
        """)

    /// Words that may stand between a speaker and its cue: auxiliaries, negation, adverbs.
    static let betweenSpeakerAndCue: Set<String> = words("""
        has have had was is were are been be will would also then later previously recently further once repeatedly
        reportedly publicly privately earlier often frequently again both all just even still not n't did does do
        may might could can should must already never always initially first subsequently separately specifically
        's ’s 're ’re 've ’ve 'd ’d 'll ’ll n’t
        quickly immediately simply flatly openly clearly loudly angrily bluntly famously yesterday today tonight
        however though too instead meanwhile
        on last past this week month year night morning afternoon evening monday tuesday wednesday thursday friday saturday sunday
        """)

    /// Subject pronouns and the relative pronouns that can name a speaker.
    static let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "who", "which"]

    /// Words that end a speaker phrase when reading leftwards from its head.
    static let phraseBreakers: Set<String> = words("""
        and or but nor so yet as because since while when where whether if than though although after before until
        that which who whom whose what this these those there here to of in on at by for with from into about over
        under between through during without against among upon per via not no also has have had was is were are
        be been being will would can could should may might must do does did said says say told adding saying
        meanwhile however moreover thus then later earlier now today yesterday instead still even just only
        him her them me us his its their our my your
        """)

    static let determiners: Set<String> = ["the", "a", "an", "one", "another", "some", "many", "most", "several", "two", "three", "both"]

    /// Heads of descriptions that refer to one person: "the president", "the Kazakh leader".
    static let personRoles: Set<String> = words("""
        president leader minister premier chancellor king queen prince princess governor mayor senator congressman
        congresswoman representative lawmaker spokesman spokeswoman spokesperson secretary chairman chairwoman chair
        director chief executive ceo founder candidate nominee official aide adviser advisor ambassador diplomat envoy
        general commander officer judge justice attorney lawyer prosecutor sheriff coach manager host anchor narrator
        businessman businesswoman billionaire mogul father mother husband wife son daughter man woman pope cardinal
        bishop author writer reporter columnist economist analyst professor scientist researcher doctor nominee
        """)

    /// Heads of descriptions that refer to an organisation or a body: "the ministry", "the campaign".
    static let organisationRoles: Set<String> = words("""
        ministry department agency government administration campaign committee commission council company firm
        party office service bureau board court parliament congress senate house embassy police army military
        newspaper paper magazine network station channel group organization organisation association union
        foundation institute university team club bank authority authorities regulator watchdog
        """)

    /// Gendered role and title words: true for a man, false for a woman.
    static let roleGender: [String: Bool] = [
        "mr": true, "mr.": true, "sir": true, "king": true, "prince": true, "spokesman": true, "chairman": true,
        "congressman": true, "businessman": true, "father": true, "husband": true, "son": true, "man": true,
        "mrs": false, "mrs.": false, "ms": false, "ms.": false, "miss": false, "queen": false, "princess": false,
        "spokeswoman": false, "chairwoman": false, "congresswoman": false, "businesswoman": false, "mother": false,
        "wife": false, "daughter": false, "woman": false, "dame": false, "lady": false,
    ]

    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "|" }).map(String.init))
    }
}
