import XCTest

@testable import FactExtraction

final class SentenceSplitterTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            return SentenceSplitter.sentences(view, in: 0..<view.count).map {
                String(decoding: UnsafeBufferPointer(rebasing: view[$0]), as: UTF8.self)
            }
        }
    }

    func testSplitsOnPeriodsAndLineBreaks() {
        XCTAssertEqual(
            sentences("One talk ended. Another began!\nA new line"),
            ["One talk ended.", "Another began!", "A new line"])
    }

    func testKeepsAbbreviationsInitialsAndDecimals() {
        XCTAssertEqual(
            sentences(
                "Lt. Gen. Herzi Halevi spoke. The U.S. envoy met J. Smith on Nov. 6. It cost 2.5 million."
            ),
            [
                "Lt. Gen. Herzi Halevi spoke.", "The U.S. envoy met J. Smith on Nov. 6.",
                "It cost 2.5 million.",
            ])
    }

    func testNoIsAnAbbreviationOnlyBeforeANumber() {
        XCTAssertEqual(
            sentences(
                "Israel was among the 14 states voting no. The EU held back. He lives at No. 10."),
            [
                "Israel was among the 14 states voting no.", "The EU held back.",
                "He lives at No. 10.",
            ])
    }

    func testClosingQuotesStayWithTheirSentence() {
        XCTAssertEqual(
            sentences("He said \"no.\" Then he left."), ["He said \"no.\"", "Then he left."])
    }
}
