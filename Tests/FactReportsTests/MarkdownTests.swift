import FactReports
import XCTest

final class MarkdownTests: XCTestCase {
    func testInlineEscapesEverythingThatIsSyntax() {
        XCTAssertEqual(Markdown.inline("a | b"), "a \\| b")
        XCTAssertEqual(Markdown.inline("<script>x</script>"), "&lt;script&gt;x&lt;/script&gt;")
        XCTAssertEqual(
            Markdown.inline("`code` *em* [l](u) # h"), "\\`code\\` \\*em\\* \\[l\\](u) # h")
        XCTAssertEqual(Markdown.inline("two\nlines\r\nhere"), "two lines here")
    }

    func testHashIsEscapedOnlyWhereItCouldStartAHeading() {
        XCTAssertEqual(Markdown.inline("# Breaking"), "\\# Breaking")
        XCTAssertEqual(Markdown.inline("  ## twice"), "  \\## twice")
        XCTAssertEqual(Markdown.inline("story #3 of #4"), "story #3 of #4")
        XCTAssertEqual(Markdown.cell("# Breaking"), "# Breaking")
        let table = Markdown.table(["#", "topic"], [["#1", "a # b"]])
        XCTAssertEqual(table, "| # | topic |\n| --- | --- |\n| #1 | a # b |\n")
        XCTAssertFalse(table.contains("\\#"))
    }

    func testTablesKeepOneRowPerLine() {
        let table = Markdown.table(["a", "b"], [["x|y", "line\nbreak"]])
        XCTAssertEqual(table, "| a | b |\n| --- | --- |\n| x\\|y | line break |\n")
    }

    func testLinksOnlyForPlainHTTP() {
        XCTAssertEqual(Markdown.link("site", "https://a.example/x"), "[site](https://a.example/x)")
        XCTAssertEqual(Markdown.link("site", "javascript:alert(1)"), "site")
        XCTAssertEqual(Markdown.link("site", "https://a.example/x)(y"), "site")
    }

    func testJSONEscapes() {
        XCTAssertEqual(
            JSONValue.object([
                ("a", .string("q\"\n\u{1}")), ("b", .number(2)), ("c", .number(.infinity)),
            ]).text, #"{"a":"q\"\n\u0001","b":2,"c":null}"#)
    }
}
