import FactIngest
import FactLedgerCore
import XCTest

final class ArticleParserTests: XCTestCase {
    let defaults = ArticleDefaults(folderName: "harbor-times")

    func parse(_ text: String, _ defaults: ArticleDefaults? = nil) -> Result<Article, InputProblem>
    {
        ArticleParser.document(
            Array(text.utf8), origin: "in/a.txt", defaults: defaults ?? self.defaults)
    }

    func testDateThenBodyOnTheSameLine() throws {
        let article = try parse(" date 2023-11-06 Talks went on through the night.\n\nMore text.")
            .get()
        XCTAssertEqual(article.published.description, "2023-11-06")
        XCTAssertEqual(article.body, "Talks went on through the night.\n\nMore text.")
        XCTAssertEqual(article.source, "harbor-times")
        XCTAssertEqual(article.ref, "sha256:" + ContentHash.hex(article.body.utf8))
    }

    func testWindowsLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let header = try parse("date 2023-11-28 source Test\r\nHamas freed 12 hostages.\r\n").get()
        XCTAssertEqual(header.published.description, "2023-11-28")
        XCTAssertEqual(header.source, "Test")
        XCTAssertEqual(header.body, "Hamas freed 12 hostages.")
        let front = try parse("---\r\ndate: 2023-11-28\r\ntitle: A day\r\n---\r\nBody.\r\n").get()
        XCTAssertEqual(front.title, "A day")
        XCTAssertEqual(front.body, "Body.")
        let marked = try parse("\u{FEFF}date 2023-11-28\nBody.").get()
        XCTAssertEqual(marked.body, "Body.")
    }

    func testFrontMatterWithAnUnquotedColonIsReadLineByLine() throws {
        let article = try parse("---\ndate: 2023-11-01\ntitle: Live: day 26\n---\nBody.").get()
        XCTAssertEqual(article.title, "Live: day 26")
        XCTAssertEqual(article.published.description, "2023-11-01")
    }

    func testHeaderLineWithSourceAndURL() throws {
        let text =
            "date 2023-10-16 source The Meridian Post url https://meridian.example/a\nBody here."
        let article = try parse(text).get()
        XCTAssertEqual(article.source, "The Meridian Post")
        XCTAssertEqual(article.url, "https://meridian.example/a")
        XCTAssertEqual(article.ref, "https://meridian.example/a")
        XCTAssertEqual(article.body, "Body here.")
    }

    func testFrontMatter() throws {
        let text =
            "---\ndate: 2023-11-20\nsource: Northgate Herald\ntitle: \"A: title\"\nid: nh-1\nauthor: ignored\n---\nThe body.\n"
        let article = try parse(text).get()
        XCTAssertEqual(article.published.description, "2023-11-20")
        XCTAssertEqual(article.source, "Northgate Herald")
        XCTAssertEqual(article.title, "A: title")
        XCTAssertEqual(article.ref, "nh-1")
        XCTAssertEqual(article.body, "The body.")
    }

    func testSourceFallsBackToOptionThenFolder() throws {
        let option = ArticleDefaults(source: "Wire", folderName: "folder")
        XCTAssertEqual(try parse("date 2023-11-06 Text.", option).get().source, "Wire")
        XCTAssertEqual(try parse("date 2023-11-06 Text.").get().source, "harbor-times")
        XCTAssertThrowsError(try parse("date 2023-11-06 Text.", ArticleDefaults()).get())
    }

    func testDateFallsBackToOption() throws {
        let withDate = ArticleDefaults(folderName: "x", date: Day(iso: "2023-12-01"))
        XCTAssertEqual(
            try parse("No header here.", withDate).get().published.description, "2023-12-01")
    }

    func testBadInputsAreRefusedWithReasons() {
        func reason(_ result: Result<Article, InputProblem>) -> String {
            if case .failure(let problem) = result { return problem.description }
            return "accepted"
        }
        XCTAssertTrue(reason(parse("Text without a date.")).contains("no date"))
        XCTAssertTrue(
            reason(parse("date 2023-02-30 Text.")).contains("not a real date: 2023-02-30"))
        XCTAssertTrue(reason(parse("date 2023-11-06   \n  ")).contains("empty"))
        XCTAssertTrue(reason(parse("")).contains("empty"))
        XCTAssertTrue(
            reason(
                ArticleParser.document([0x64, 0x61, 0xFF, 0xFE], origin: "x", defaults: defaults)
            ).contains("UTF-8"))
        XCTAssertTrue(
            reason(
                ArticleParser.document(
                    Array("date 2023-11-06 a\0b".utf8), origin: "x", defaults: defaults)
            ).contains("binary"))
        XCTAssertTrue(reason(parse("---\ndate: 2023-11-06\nno end")).contains("closing"))
        XCTAssertTrue(reason(parse("in/a.txt")).hasPrefix("in/a.txt: "))
    }

    func testJSONLines() throws {
        let line =
            #"{"date":"2023-11-21T08:00:00Z","source":"Wire","id":"w-1","title":"T","text":"Body."}"#
        let article = try ArticleParser.jsonLine(
            ArraySlice(line.utf8), path: "f.jsonl", line: 3, defaults: defaults
        ).get()
        XCTAssertEqual(article.published.description, "2023-11-21")
        XCTAssertEqual(article.ref, "w-1")
        XCTAssertEqual(article.origin, "f.jsonl:3")
        let broken = ArticleParser.jsonLine(
            ArraySlice("{not json".utf8), path: "f.jsonl", line: 7, defaults: defaults)
        guard case .failure(let problem) = broken else { return XCTFail("accepted broken JSON") }
        XCTAssertEqual(problem.line, 7)
        XCTAssertTrue(
            problem.description.hasPrefix("f.jsonl:7: malformed JSON"), problem.description)
        let wrongType = ArticleParser.jsonLine(
            ArraySlice(#"{"date":5,"text":"x"}"#.utf8), path: "f.jsonl", line: 1, defaults: defaults
        )
        XCTAssertThrowsError(try wrongType.get())
    }
}
