import StrictYAML
import XCTest

final class YAMLNodeTests: XCTestCase {
    func testUnknownKeyNamesFileAndLine() throws {
        let root = try XCTUnwrap(YAMLNode.parse("id: x\ncolour: red\n", file: "rule.yaml"))
        XCTAssertThrowsError(try root.mapping(allowed: ["id"])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("rule.yaml:2:"), text)
            XCTAssertTrue(text.contains("unknown key 'colour'"), text)
        }
    }

    func testMissingRequiredKey() throws {
        let root = try XCTUnwrap(YAMLNode.parse("id: x\n", file: "f.yaml"))
        XCTAssertThrowsError(try root.mapping(allowed: ["id", "kind"], required: ["kind"]))
    }

    func testDuplicateKeyIsAnError() throws {
        XCTAssertThrowsError(
            try YAMLNode.parse("id: a\nid: b\n", file: "f.yaml").map { try $0.orderedMapping() })
    }

    func testAnchorsAndAliasesAreRefused() {
        let bomb = """
            a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            """
        XCTAssertThrowsError(try YAMLNode.parse(bomb, file: "bomb.yaml")) { error in
            XCTAssertTrue("\(error)".contains("anchors and aliases are not allowed"), "\(error)")
        }
    }

    func testDeepNestingAndSizeAreBounded() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        XCTAssertThrowsError(try YAMLNode.parse(deep, file: "deep.yaml"))
        let huge = "a: \"" + String(repeating: "x", count: YAMLNode.maximumBytes) + "\"\n"
        XCTAssertThrowsError(try YAMLNode.parse(huge, file: "huge.yaml"))
    }

    func testValuesStayStrings() throws {
        let root = try XCTUnwrap(
            YAMLNode.parse("date: 2023-11-06\nflag: no\nn: 3\n", file: "f.yaml"))
        let map = try root.mapping(allowed: ["date", "flag", "n"])
        XCTAssertEqual(try map["date"]?.string(), "2023-11-06")
        XCTAssertThrowsError(try map["flag"]?.bool())
        XCTAssertEqual(try map["n"]?.int(), 3)
    }

    func testSyntaxErrorHasALine() {
        XCTAssertThrowsError(try YAMLNode.parse("a: [1, 2\nb: c\n", file: "bad.yaml")) { error in
            XCTAssertNotNil((error as? YAMLError)?.line, "\(error)")
        }
    }
}
