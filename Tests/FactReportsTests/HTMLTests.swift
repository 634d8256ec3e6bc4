import FactLedgerCore
import XCTest

@testable import FactReports

final class HTMLTests: XCTestCase {
    /// Text an article, a source name or a reviewer could carry to break out of a page.
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "</textarea><script>alert(document.cookie)</script>",
        "<!-- comment --><![CDATA[x]]>",
        "&lt;already escaped&gt; & bare",
        "<svg/onload=alert(1)>",
        "\u{0}\u{7}nul and bell\u{7F}",
    ]

    func testEscapeLeavesNoMarkupAndNoControlCharacters() {
        for text in Self.hostile {
            let escaped = HTML.escape(text)
            XCTAssertFalse(escaped.contains("<"), escaped)
            XCTAssertFalse(escaped.contains(">"), escaped)
            XCTAssertFalse(escaped.contains("\""), escaped)
            XCTAssertFalse(escaped.contains("'"), escaped)
            XCTAssertFalse(
                escaped.unicodeScalars.contains {
                    $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F
                },
                escaped)
        }
        XCTAssertEqual(
            HTML.escape("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        XCTAssertEqual(HTML.escape("&lt; & é"), "&amp;lt; &amp; é")
        XCTAssertEqual(HTML.escape("line\nbreak"), "line\nbreak")
    }

    func testLinksKeepOnlyPlainWebAddresses() {
        XCTAssertEqual(
            HTML.link("a <b>", "https://harbor.example/a?x=1&y=2"),
            "<a href=\"https://harbor.example/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">a &lt;b&gt;</a>"
        )
        XCTAssertEqual(HTML.link("x", "javascript:alert(1)"), "x")
        XCTAssertEqual(HTML.link("x", "https://a.example/\"onmouseover=1"), "x")
        XCTAssertEqual(HTML.link("<i>", nil), "&lt;i&gt;")
    }

    func testFlagSidesEscapeEveryQuoteAndDropUnsafeLinks() {
        let html = FlagHTML.sides(Samples.conflict.claims, sides: Samples.conflict.sides)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("href=\"javascript:"), "an unsafe address is not a link")
        XCTAssertTrue(html.contains("href=\"https://harbor.example/a\""))
        XCTAssertTrue(html.contains("A (side 1)"))
        XCTAssertTrue(html.contains("B (side 2)"))
    }

    func testChartCarriesNumbersAndEscapedLabelsOnly() {
        var chart = SVGChart(title: "held <script>x</script>")
        chart.ranges = [(Day(iso: "2023-11-06")!, 150, 240), (Day(iso: "2023-11-08")!, 200, 245)]
        chart.line = [(Day(iso: "2023-11-06")!, 200), (Day(iso: "2023-11-08")!, 240)]
        chart.marks = [
            .init(
                day: Day(iso: "2023-11-06")!, value: 150, label: "A", side: 1,
                title: "\"><script>alert(1)</script>")
        ]
        let svg = chart.svg()
        XCTAssertTrue(svg.hasPrefix("<svg"))
        XCTAssertTrue(svg.hasSuffix("</svg>"))
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertTrue(svg.contains("<polyline"))
        XCTAssertTrue(svg.contains("2023-11-06"))
        XCTAssertTrue(svg.contains("#c0392b"), "side 1 has its colour")
        XCTAssertTrue(SVGChart(title: "none").svg().contains("no figures to chart"))
    }

    func testHTMLReportIsSelfContainedAndEscaped() {
        let html = NightlyReportHTML.html(Samples.report)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("src=\"http"), "nothing is loaded from elsewhere")
        XCTAssertFalse(html.contains("<link"), "no external style sheet")
        XCTAssertTrue(html.contains("reports fewer than 150 &lt;b&gt;"))
        XCTAssertTrue(html.contains("<h2>Still open</h2>"))
        XCTAssertTrue(html.contains("lowered from high to medium"))
        XCTAssertEqual(
            html, NightlyReportHTML.html(Samples.report), "the same data, the same bytes")
    }
}
