import FactExtraction
import TestSupport
import XCTest

/// Runs every shipped claim pattern's own examples through the whole extractor (its rules, without
/// the learned models), like `factledger rules test`.
final class PatternsTests: XCTestCase {
    func testEveryShippedPatternHasATriggeringExample() {
        let patterns = Fixtures.rules.patterns.patterns
        XCTAssertGreaterThanOrEqual(patterns.count, 10)
        for pattern in patterns {
            XCTAssertFalse(pattern.triggers.isEmpty, pattern.id)
        }
    }

    func testEveryShippedPatternExampleBehaves() {
        for failure in Fixtures.extractor.patternExampleFailures() {
            XCTFail(failure.description)
        }
    }
}
