import FactLedgerCore
import FactRules
import StrictYAML
import XCTest

final class RuleLoaderTests: XCTestCase {
    let valid = """
        id: conflict
        title: Sources disagree
        level: high
        status: stable
        kind: numeric_change
        when: { lookback_days: 30, tolerance: { relative: 0.05, absolute: 2 } }
        message: "{a.source} says {a.value}, {b.source} says {b.value}"
        examples:
          trigger:
            - - { source: A, date: 2023-11-06, text: "Over 200 hostages are held." }
          pass:
            - - { source: A, date: 2023-11-06, text: "240 hostages are held." }
        """

    func errors(_ text: String, _ extra: [(String, String)] = []) -> [String] {
        RuleLoader.load([("checks/x.yaml", text)] + extra.map { (path: $0.0, text: $0.1) }).errors
            .map(\.description)
    }

    func testLoadsAValidRule() throws {
        let loaded = RuleLoader.load([("checks/x.yaml", valid)])
        XCTAssertEqual(loaded.errors.map(\.description), [])
        let rule = try XCTUnwrap(loaded.rules.first)
        XCTAssertEqual(rule.kindName, "numeric_change")
        XCTAssertEqual(rule.level, .high)
        XCTAssertEqual(rule.triggerExamples.count, 1)
        XCTAssertEqual(rule.triggerExamples[0].articles[0].date.description, "2023-11-06")
    }

    func testUnknownKeyNamesFileAndLine() {
        let found = errors(valid + "\nseverity: low\n")
        XCTAssertEqual(
            found.first?.hasPrefix("checks/x.yaml:13: unknown key 'severity'"), true, "\(found)")
    }

    func testUnknownKindAndBadParameter() {
        let unknownKind = valid.replacingOccurrences(
            of: "kind: numeric_change", with: "kind: numeric_magic")
        XCTAssertTrue(
            errors(unknownKind).first?.hasPrefix("checks/x.yaml:5: unknown kind 'numeric_magic'")
                ?? false, "\(errors(unknownKind))")
        let badParameter = valid.replacingOccurrences(
            of: "lookback_days: 30", with: "lookback_days: two")
        XCTAssertTrue(
            errors(badParameter).first?.contains("expected a whole number") ?? false,
            "\(errors(badParameter))")
        let unknownParameter = valid.replacingOccurrences(
            of: "lookback_days: 30", with: "window: 30")
        XCTAssertTrue(
            errors(unknownParameter).first?.contains("unknown key 'window'") ?? false,
            "\(errors(unknownParameter))")
        let badLevel = valid.replacingOccurrences(of: "level: high", with: "level: severe")
        XCTAssertTrue(
            errors(badLevel).first?.hasPrefix("checks/x.yaml:3: 'severe' is not one of") ?? false,
            "\(errors(badLevel))")
    }

    func testParametersAreDeclaredOnceAndReadStrictly() throws {
        XCTAssertEqual(
            NumericChange.parameterKeys,
            ["group_by", "lookback_days", "reported_within_days", "tolerance", "topics"])
        let rule = try XCTUnwrap(RuleLoader.load([("checks/x.yaml", valid)]).rules.first)
        XCTAssertEqual(
            rule.parameterEntries.map { "\($0.name)=\($0.value)" },
            [
                "group_by=source", "lookback_days=30", "reported_within_days=2",
                "tolerance=5 % or 2, whichever is larger", "topics=all",
            ])
        let outOfRange = valid.replacingOccurrences(
            of: "lookback_days: 30", with: "lookback_days: 0")
        XCTAssertTrue(
            errors(outOfRange).first?.hasPrefix("checks/x.yaml:6: lookback_days must be at least 1")
                ?? false, "\(errors(outOfRange))")
        let badTolerance = valid.replacingOccurrences(of: "relative: 0.05", with: "relative: 2")
        XCTAssertTrue(
            errors(badTolerance).first?.contains(
                "relative tolerance must be at least 0 and below 1")
                ?? false, "\(errors(badTolerance))")
        let defaults = try NumericConflict.make(from: nil)
        XCTAssertEqual(defaults.parameters.tolerance, Tolerance(relative: 0.05, absolute: 2))
        XCTAssertEqual(try NumericChange.make(from: nil).parameters.lookbackDays, 30)
    }

    func testDuplicateIdsAndBadTemplates() {
        XCTAssertTrue(
            errors(valid, [("checks/y.yaml", valid)]).first?.contains(
                "duplicate rule id 'conflict'") ?? false)
        let badTemplate = valid.replacingOccurrences(of: "{b.value}\"", with: "{b.colour}\"")
        XCTAssertTrue(
            errors(badTemplate).first?.contains("unknown placeholder {b.colour}") ?? false,
            "\(errors(badTemplate))")
        let badDate = valid.replacingOccurrences(
            of: "date: 2023-11-06, text: \"240", with: "date: 2023-02-30, text: \"240")
        XCTAssertTrue(errors(badDate).first?.contains("not a real date") ?? false)
    }
}
