import FactPipeline
import FactRules
import TestSupport
import XCTest

/// Runs every shipped rule's own examples through the real pipeline, like `factledger rules test`.
final class ChecksTests: XCTestCase {
    func testShippedRulesLoadWithoutProblems() {
        XCTAssertEqual(Fixtures.rules.ruleErrors.map(\.description), [])
        XCTAssertEqual(
            Set(Fixtures.rules.rules.map(\.kindName)), Set(RuleKinds.all.map { $0.name }),
            "every kind has a shipped rule")
    }

    func testEveryShippedRuleHasTwoTriggerAndTwoPassExamples() {
        for rule in Fixtures.rules.rules {
            XCTAssertGreaterThanOrEqual(rule.triggerExamples.count, 2, rule.id)
            XCTAssertGreaterThanOrEqual(rule.passExamples.count, 2, rule.id)
        }
    }

    func testEveryShippedRuleExampleBehaves() throws {
        let tester = ExampleRunner(folder: Fixtures.rules).tester
        for rule in Fixtures.rules.rules {
            let result = try tester.test(rule)
            for example in result.examples where !example.passed {
                XCTFail(
                    "\(rule.file):\(example.line ?? 0): \(example.expectsFlag ? "no flag raised" : "unexpected flag: \(example.messages)")"
                )
            }
        }
    }
}
