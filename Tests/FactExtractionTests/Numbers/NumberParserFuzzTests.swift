import FactExtraction
import TestSupport
import XCTest

/// The number parser never crashes and its spans stay ordered and inside the input.
final class NumberParserFuzzTests: XCTestCase {
    func testRandomAndMutatedTextNeverCrashes() {
        let seeds = [
            "between 200 and 250 hostages, two sets of two, forty-one and a half million",
            "1,234,567.89 $20 45% 10:30 October 7, 2023 an 85-year-old 3/15 -4/5 10k 2.3 bln",
            "one hundred and sixty-one thousand two hundred and forty-two and a quarter",
        ]
        let fragments = [
            "-", ",", ".", "/", "%", "$", "£", "k", "million", "and", "a", "half", "dozen",
            "hundred", "thousand",
            "twenty", "first", "21st", "e+", "1e999", "0.", "9999999999999999999999", "\u{00A0}",
            "’", " ", "\0",
        ]
        var fuzz = Fuzz(seed: 99)
        let parser = NumberParser()
        for index in 0..<Fuzz.iterations {
            var bytes = fuzz.mutate(Array(seeds[index % seeds.count].utf8), fragments: fragments)
            let mentions = bytes.withUnsafeMutableBufferPointer {
                parser.mentions(in: UnsafeBufferPointer($0))
            }
            var previousEnd = 0
            for mention in mentions {
                XCTAssertTrue(
                    mention.start >= previousEnd && mention.start < mention.end
                        && mention.end <= bytes.count)
                previousEnd = mention.end
            }
            _ = NumberParser.plainValues(of: mentions)
        }
    }
}
