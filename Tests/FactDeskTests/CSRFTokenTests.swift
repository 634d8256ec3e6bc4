import XCTest

@testable import FactDesk

final class CSRFTokenTests: XCTestCase {
    func testTokensAreRandomAndMatchOnlyThemselves() {
        let token = CSRFToken()
        XCTAssertEqual(token.value.count, 64)
        XCTAssertNotEqual(token, CSRFToken())
        XCTAssertTrue(token.matches(token.value))
        XCTAssertFalse(token.matches(nil))
        XCTAssertFalse(token.matches(""))
        XCTAssertFalse(token.matches(String(token.value.dropLast())))
        XCTAssertFalse(token.matches(token.value + "0"))
        XCTAssertFalse(token.matches(String(token.value.reversed())))
        XCTAssertFalse(CSRFToken(value: "").matches(""), "an empty token matches nothing")
    }

    func testFormsAndQueriesDecode() {
        XCTAssertEqual(
            FormData.decode("a=1&b=two+words&c=%3Cb%3E%26&a=ignored&d&=x&e=%E2%9C%93&f=%zz"),
            ["a": "1", "b": "two words", "c": "<b>&", "d": "", "e": "✓", "f": "%zz"])
        XCTAssertEqual(FormData.escape("a b&c=/é"), "a%20b%26c%3D%2F%C3%A9")
        XCTAssertEqual(FormData.decode("k=" + FormData.escape("x+y &z")), ["k": "x+y &z"])
    }
}
