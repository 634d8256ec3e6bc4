import FactIngest
import FactLedgerCore
import TestSupport
import XCTest

/// The article parser and the extractor never crash, whatever bytes they are given, and either
/// accept an article or say why not.
final class ArticleParserFuzzTests: XCTestCase {
    let seeds = [
        "date 2023-11-06 source Harbor Times url https://h.example/a\nOver 200 hostages are held in Gaza, officials said.",
        "---\ndate: 2023-11-07\nsource: Meridian\ntitle: \"T\"\n---\nQatar called for a humanitarian pause. Four hostages, including two Americans, were freed.",
        " date 2023-11-06 Israel rejected the demand. It said this demand is non-negotiable.",
    ]
    let fragments = [
        "date ", "---\n", "\n---\n", ": ", "2023-02-30", "99999-01-01", "\0", "\u{FFFD}", "’s", "—",
        "\"", "|", "`",
        "<script>", "between 200 and", "two sets of", "including", ":", "1,400", "forty-one",
        "\r\n", "&a", "*a",
    ]

    func testRandomAndMutatedDocumentsNeverCrash() {
        var fuzz = Fuzz(seed: 42)
        let defaults = ArticleDefaults(folderName: "fuzz")
        var accepted = 0
        for index in 0..<Fuzz.iterations {
            let seed = Array(seeds[index % seeds.count].utf8)
            let bytes = fuzz.mutate(seed, fragments: fragments)
            switch ArticleParser.document(bytes, origin: "fuzz", defaults: defaults) {
            case .success(let article):
                accepted += 1
                for claim in Fixtures.extractor.claims(in: article) {
                    XCTAssertTrue(claim.start <= claim.end && claim.end <= article.body.utf8.count)
                }
            case .failure(let problem):
                XCTAssertFalse(problem.message.isEmpty)
            }
            _ = ArticleParser.jsonLine(
                ArraySlice(bytes), path: "fuzz.jsonl", line: index + 1, defaults: defaults)
        }
        XCTAssertGreaterThan(accepted, 0, "mutations should leave some articles valid")
    }
}
