import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The grammar layer holds up under any word classes the rules give it.
final class SentenceStructureTests: XCTestCase {
    /// The shipped grammar with "remain" among the forms of be, whatever `grammar.yaml` says.
    private func extractorWithRemainAsBe() throws -> ClaimExtractor {
        var vocabulary = try VocabularyLoader.load(folder: Fixtures.path("Rules/vocabulary"))
        let forms = ["remain", "remains", "remained"]
        vocabulary.grammar.be += forms.filter { !vocabulary.grammar.be.contains($0) }
        for index in vocabulary.stories.indices {
            let be = vocabulary.stories[index].vocabulary.grammar.be
            vocabulary.stories[index].vocabulary.grammar.be += forms.filter { !be.contains($0) }
        }
        return ClaimExtractor(vocabulary: vocabulary, patterns: Fixtures.rules.patterns)
    }

    func testAVerbGroupOpeningInsideTheCountedPhraseDescribesNothingAfterIt() throws {
        let extractor = try extractorWithRemainAsBe()
        let claims = extractor.claims(
            in: Fixtures.article(
                "One student remains unaccounted for, while the four who were hurt are receiving treatment for their wounds."
            ))
        XCTAssertTrue(claims.allSatisfy { $0.kind == .numeric })
        let barred = extractor.claims(
            in: Fixtures.article("Fuel supplies remain barred from the Gaza Strip by Israel."))
        XCTAssertEqual(barred.map { "\($0.actor ?? "?") \($0.topic)" }, ["Israel fuel.entry"])
    }
}
