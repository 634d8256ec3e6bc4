import FactRules
import TestSupport
import XCTest

/// The rule loader never crashes and never loads a rule it reports an error for.
final class RuleLoaderFuzzTests: XCTestCase {
    func testMutatedRuleFilesNeverCrash() throws {
        let seed = try String(
            contentsOfFile: Fixtures.path("Rules/checks/numeric-conflict-across-sources.yaml"),
            encoding: .utf8)
        let fragments = [
            "kind: ", "when: ", "{", "[", "- ", "\n  ", ": ", "&x ", "*x", "!!binary",
            "window_days: -1", "level: x", "\t", "\"", "'",
        ]
        var fuzz = Fuzz(seed: 7)
        var loaded = 0
        for _ in 0..<Fuzz.iterations / 3 {
            let bytes = fuzz.mutate(Array(seed.utf8), fragments: fragments)
            let result = RuleLoader.load([("fuzz.yaml", String(decoding: bytes, as: UTF8.self))])
            XCTAssertEqual(result.rules.count + result.errors.count, 1)
            loaded += result.rules.count
            for error in result.errors { XCTAssertTrue(error.description.hasPrefix("fuzz.yaml")) }
        }
        XCTAssertGreaterThan(loaded, 0)
    }
}
