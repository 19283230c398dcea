@testable import DossierKit
import Testing

/// Lines of a page are measured against the stop words of the page's own language.
struct PageStopWordsTests {
    static let russian = """
        Он сказал, что в этом году в городе было построено больше новых домов, чем за все прошлые годы вместе.
        По его словам, работы на мосту будут закончены только к концу следующего года, если не будет новых проблем.
        """

    @Test func theShippedListsNameThePageLanguage() throws {
        let words = PageStopWords.words(in: Self.russian + "\n" + Self.russian)
        #expect(words.first == "он")
        let list = try #require(PageStopWords.shipped.list(forWords: words))
        #expect(list.contains("что"))
        #expect(!list.contains("що"))  // Ukrainian, not Russian
    }

    @Test func onlyEnglishKeepsTheHandMadeFunctionWords() throws {
        let portuguese = String(repeating: "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e quem se ama pode encontrar o amor. ", count: 3)
        let list = try #require(PageStopWords.shipped.list(forWords: PageStopWords.words(in: portuguese)))
        #expect(list.contains("uma"))
        #expect(list.contains("maiores"))
    }

    @Test func languagesWithTheirOwnFunctionWordsAndShortTextsGetNoList() {
        let english = String(repeating: "The council said that it would close the bridge to cars after the engineers found cracks in it. ", count: 3)
        #expect(PageStopWords.shipped.list(forWords: PageStopWords.words(in: english)) == nil)
        #expect(PageStopWords.shipped.list(forWords: PageStopWords.words(in: "Он сказал, что")) == nil)
    }

    @Test func aLineIsProseByTheStopWordsOfItsLanguage() throws {
        let line = try #require(Self.russian.split(separator: "\n").first)
        let list = PageStopWords.shipped.list(forWords: PageStopWords.words(in: Self.russian + "\n" + Self.russian))
        #expect(PageLine(line).kind != .good)
        #expect(PageLine(line, stopWords: list).kind == .good)
    }

    @Test func aRussianPageKeepsItsArticle() throws {
        let article = Self.russian + "\n" + """
            Жители района говорят, что они ждали этого решения несколько месяцев, но всё равно были удивлены его сроками.
            Мэр города пообещал, что новый мост откроется для машин и автобусов, как только это будет безопасно для всех.
            """
        let text = "Главная\nНовости\nСпорт\nПоиск\nВойти\n\nМэрия закрыла старый мост\n\n" + article + "\n\nКомментарии\nРеклама\nКонтакты"
        let page = try #require(WebPageText.extract(text))
        #expect(page.text == article)
        #expect(page.title == "Мэрия закрыла старый мост")
    }
}
