import FactLedgerCore
import XCTest

@testable import FactExtraction

/// Unit tests for `NumberParser`: values, roles and UTF-8 byte spans.
final class NumberParserTests: XCTestCase {
    /// The parser under test.
    private let parser = NumberParser()

    /// The mentions found in `text`.
    private func mentions(_ text: String) -> [NumberMention] {
        parser.mentions(in: text)
    }

    /// The plain values found in `text`.
    private func values(_ text: String) -> [Double] {
        NumberParser.plainValues(of: parser.mentions(in: text))
    }

    /// The text a mention spans.
    private func spanText(_ text: String, _ mention: NumberMention) -> String {
        let bytes = Array(text.utf8)
        return String(decoding: bytes[mention.start..<mention.end], as: UTF8.self)
    }

    /// Asserts that `text` holds exactly one mention with the given facts.
    private func assertSingle(
        _ text: String, value: Double, role: NumberMention.Role, span: String, isWords: Bool? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let found = mentions(text)
        guard found.count == 1, let m = found.first else {
            XCTFail(
                "expected one mention in \(text.debugDescription), got \(found)", file: file,
                line: line)
            return
        }
        XCTAssertEqual(
            m.value, value, accuracy: abs(value) * 1e-12, "value of \(text)", file: file, line: line
        )
        XCTAssertEqual(m.role, role, "role of \(text)", file: file, line: line)
        XCTAssertEqual(spanText(text, m), span, "span of \(text)", file: file, line: line)
        if let isWords {
            XCTAssertEqual(m.isWords, isWords, "isWords of \(text)", file: file, line: line)
        }
    }

    /// Digits with thousands separators, decimals and signs keep their value and span.
    func testDigitsWithSeparatorsAndDecimals() {
        assertSingle(
            "about 1,400 people", value: 1400, role: .cardinal, span: "1,400", isWords: false)
        assertSingle("1,234,567", value: 1_234_567, role: .cardinal, span: "1,234,567")
        assertSingle("rate .08 now", value: 0.08, role: .cardinal, span: ".08")
        assertSingle("192.", value: 192, role: .cardinal, span: "192")
        assertSingle("fell -3,200,000", value: -3_200_000, role: .cardinal, span: "-3,200,000")
    }

    /// Digits joined to a scale word by a hyphen are one number; other hyphens split or qualify.
    func testDigitsHyphenatedToAScaleWord() {
        assertSingle(
            "over 12-million people displaced", value: 12_000_000, role: .cardinal,
            span: "12-million")
        assertSingle(
            "a 2.5-billion budget", value: 2_500_000_000, role: .cardinal, span: "2.5-billion")
        XCTAssertEqual(values("a 5-day truce"), [5])
        XCTAssertEqual(values("3-4 days"), [3, 4])
    }

    /// A comma followed by a space, or groups that are not thousands, split numbers.
    func testCommaFollowedBySpaceSeparatesNumbers() {
        XCTAssertEqual(values("1, 234, 567"), [1, 234, 567])
        XCTAssertEqual(values("Exercises 22,24,26,31."), [22, 24, 26, 31])
    }

    /// Indian lakh grouping and space-separated thousands are one number.
    func testIndianAndSpaceGrouping() {
        XCTAssertEqual(values("The result is 12,34,567.89"), [1_234_567.89])
        XCTAssertEqual(values("1 234 567"), [1_234_567])
        XCTAssertEqual(values("40\u{202F}000 and 40 000"), [40000, 40000])
        XCTAssertEqual(values("423 0000"), [423, 0])
    }

    /// Exponents and scale suffixes ("10k", "10G", "10 bln") multiply out.
    func testExponentsAndScaleSuffixes() {
        assertSingle("12.32e+14", value: 1.232e15, role: .cardinal, span: "12.32e+14")
        assertSingle("10k", value: 10000, role: .cardinal, span: "10k")
        assertSingle("10G", value: 1e10, role: .cardinal, span: "10G")
        assertSingle("- 10  k", value: -10000, role: .cardinal, span: "- 10  k")
        XCTAssertEqual(values("either 10 bln or 10 tln"), [1e10, 1e13])
        XCTAssertEqual(values("I can give you 10M."), [1e7])
        XCTAssertEqual(values("1m is equal to 10 dm"), [1, 10])
    }

    func testADecimalTimesAScaleIsExact() {
        // Binary fractions must not leak: 8.2 × 1,000,000 is 8,200,000, not 8,199,999.99….
        XCTAssertEqual(values("8.2 million people"), [8_200_000])
        XCTAssertEqual(values("$8.2m and 1.36 million"), [8_200_000, 1_360_000])
        XCTAssertEqual(values("0.3 million"), [300_000])
    }

    /// "b", "T" and "K" after digits scale only when money or decimals say so.
    func testLettersAfterDigitsScaleOnlyWhenTheyCan() {
        XCTAssertEqual(values("1.2b"), [1.2e9])
        XCTAssertEqual(values("the 1500b packet"), [1500])
        XCTAssertEqual(values("GDP is $2.174T."), [2.174e12])
        XCTAssertEqual(values("the Max. capacity is 100t"), [100])
        XCTAssertEqual(values("3000K or 573.15K"), [3e6, 573.15])
        assertSingle("profit was £1.2m", value: 1.2e6, role: .money, span: "£1.2m")
        assertSingle("I'm 1.8m tall.", value: 1.8, role: .measure, span: "1.8")
    }

    /// Compound number words, hyphenated or glued, add up.
    func testCompoundNumberWords() {
        assertSingle(
            "two hundred and forty", value: 240, role: .cardinal, span: "two hundred and forty",
            isWords: true)
        assertSingle("forty-one", value: 41, role: .cardinal, span: "forty-one", isWords: true)
        assertSingle(
            "twentyone-thousand-four-hundred-and-seventy-three", value: 21473, role: .cardinal,
            span: "twentyone-thousand-four-hundred-and-seventy-three")
        XCTAssertEqual(values("Seven quadrillion six hundred fifty-four trillion"), [7.654e15])
        XCTAssertEqual(values("nineteen hundred seventy-three"), [1973])
    }

    /// "a dozen", "half a dozen", "a hundred" and "a couple" are numbers.
    func testDozensAndArticles() {
        assertSingle("a dozen eggs", value: 12, role: .cardinal, span: "a dozen")
        assertSingle("half a dozen", value: 6, role: .cardinal, span: "half a dozen")
        XCTAssertEqual(values("it said that half a million people fled"), [500_000])
        XCTAssertEqual(values("the half a dozen eggs"), [6])
        assertSingle("3 dozens", value: 36, role: .cardinal, span: "3 dozens")
        XCTAssertEqual(values("three hundred and two dozens"), [324])
        XCTAssertEqual(values("a hundred and two"), [102])
        XCTAssertEqual(values("a couple of days"), [2])
        XCTAssertEqual(values("A cat, a baby and a hundred puppies."), [100])
    }

    /// Fraction words, digit fractions and vulgar fractions become decimals.
    func testFractions() {
        XCTAssertEqual(values("three quarters"), [0.75])
        XCTAssertEqual(values("2 1/4"), [2.25])
        XCTAssertEqual(values("3/15"), [0.2])
        XCTAssertEqual(values("the 2022/23 season, open 24/7"), [2022, 23, 24, 7])
        XCTAssertEqual(values("a trillionth"), [1e-12])
        XCTAssertEqual(values("one twenty-fifth"), [0.04])
        XCTAssertEqual(values("twenty twenty fifths"), [0.8])
        XCTAssertEqual(values("two and fifty-four hundredths"), [2.54])
        XCTAssertEqual(values("½ teaspoon and 2½ cups"), [0.5, 2.5])
        XCTAssertEqual(values("- 1 4/5"), [-1.8])
    }

    /// Fractions combine with scale words ("3 million and a half").
    func testFractionsWithScales() {
        XCTAssertEqual(values("one billion and a quarter million"), [1_000_250_000])
        XCTAssertEqual(values("The population is 3 million and a half"), [3_500_000])
        XCTAssertEqual(values("five and a half million"), [5_500_000])
        XCTAssertEqual(values("one hundred and three quarters"), [100.75])
        XCTAssertEqual(values("half million"), [500_000])
    }

    /// A fraction after a comma is a number of its own, not a part of the number before it.
    func testFractionAfterACommaStandsAlone() {
        XCTAssertEqual(values("stood at nine million, two thirds of them"), [9_000_000, 2.0 / 3])
        XCTAssertEqual(values("two million, three quarters of them children"), [2_000_000, 0.75])
        XCTAssertEqual(values("one million, two hundred thousand"), [1_200_000])
    }

    /// "minus", "negative" and a minus sign negate; a hyphen after letters does not.
    func testNegatives() {
        assertSingle("minus five", value: -5, role: .cardinal, span: "minus five", isWords: true)
        assertSingle("The answer is negative one", value: -1, role: .cardinal, span: "negative one")
        assertSingle("-4/5", value: -0.8, role: .cardinal, span: "-4/5")
        XCTAssertEqual(values("when <-30"), [-30])
        XCTAssertEqual(values("SCP-173"), [173])
    }

    /// Lakh and crore scale like thousand and million.
    func testIndianScales() {
        XCTAssertEqual(values("13 lakh"), [1_300_000])
        XCTAssertEqual(values("three hundred crores"), [3e9])
        XCTAssertEqual(values("The total is three lakh crore"), [3e12])
        XCTAssertEqual(values("three crore twelve lakh fifty-six thousand"), [31_256_000])
    }

    /// Scale words after digits multiply; plain digits do not join.
    func testScaleWordsAfterDigits() {
        assertSingle(
            "2.38 billion", value: 2.38e9, role: .cardinal, span: "2.38 billion", isWords: true)
        XCTAssertEqual(values("420 million"), [4.2e8])
        XCTAssertEqual(values("100 thousand"), [100_000])
        XCTAssertEqual(values("4 thousand 3 hundred and 21"), [4321])
        XCTAssertEqual(values("4000 3 hundred and 21"), [4000, 321])
    }

    /// "and" and commas continue a number only after a scale word.
    func testAndJoinsOnlyAfterScaleWords() {
        XCTAssertEqual(values("two thousand and nineteen"), [2019])
        XCTAssertEqual(values("thirty two and forty one thousand"), [32, 41000])
        XCTAssertEqual(values("3 hundred and 2 hundred"), [300, 200])
        XCTAssertEqual(values("4 thousand 3 hundred and 0 are two"), [4300, 0, 2])
        XCTAssertEqual(values("two thousand, two million"), [2000, 2_000_000])
        XCTAssertEqual(values("three million, two hundred & forty"), [3_000_240])
    }

    /// Lists of number words stay separate numbers.
    func testListsOfNumberWordsStaySeparate() {
        XCTAssertEqual(values("one, two and three"), [1, 2, 3])
        XCTAssertEqual(values("twenty five and thirty six"), [25, 36])
        XCTAssertEqual(values("FIFTEEN ONE TEN ONE"), [15, 1, 10, 1])
        XCTAssertEqual(values("they were playing three-nought-four"), [3, 0, 4])
        XCTAssertEqual(values("one twenty two"), [122])
        XCTAssertEqual(values("one two three four twenty five."), [1, 2, 3, 4, 25])
    }

    /// "point" reads the following digits as decimals.
    func testDecimalWords() {
        XCTAssertEqual(values("two point three"), [2.3])
        XCTAssertEqual(values("nine point nine nine nine"), [9.999])
        XCTAssertEqual(values("point fifteen"), [0.15])
        XCTAssertEqual(values("two point two million"), [2_200_000])
        XCTAssertEqual(values("1 point 1"), [1.1])
    }

    /// Percent signs and words give the percent role and join the span.
    func testPercentages() {
        assertSingle("rose 45% today", value: 45, role: .percent, span: "45%")
        assertSingle(
            "twenty percent", value: 20, role: .percent, span: "twenty percent", isWords: true)
        assertSingle("3.2 per cent", value: 3.2, role: .percent, span: "3.2 per cent")
    }

    /// Ranges are one mention with a low and a high value.
    func testRanges() {
        let between = mentions("between 200 and 250 people")
        XCTAssertEqual(between.count, 1)
        XCTAssertEqual(between.first?.value, 200)
        XCTAssertEqual(between.first?.upper, 250)
        XCTAssertEqual(
            between.first.map { spanText("between 200 and 250 people", $0) }, "200 and 250")
        for text in ["200-250", "200 - 250", "200–250", "200 to 250", "from 200 to 250"] {
            let found = mentions(text)
            XCTAssertEqual(found.count, 1, text)
            XCTAssertEqual(found.first?.value, 200, text)
            XCTAssertEqual(found.first?.upper, 250, text)
        }
        let percent = mentions("between 2% and 2.5% for 2023")
        XCTAssertEqual(percent.first?.role, .percent)
        XCTAssertEqual(percent.first?.upper, 2.5)
        XCTAssertEqual(values("The number range is 5k-20k"), [5000, 20000])
        XCTAssertEqual(values("He scores between negative ten and fifteen."), [-10, 15])
        XCTAssertEqual(mentions("A half-dozen groups").first?.upper, nil)
        // A spaced em dash sets a phrase apart; it joins no range.
        XCTAssertEqual(mentions("all 14 — 9 of them Israelis").map(\.upper), [nil, nil])
        XCTAssertEqual(mentions("it fell by a quarter to 15 million").map(\.upper), [nil, nil])
        let years = mentions("from 2010-2015 it fell")
        XCTAssertEqual(years.map(\.role), [.year])
        XCTAssertEqual(years.first?.upper, 2015)
    }

    /// Two close rising numbers joined by "or" are a range; others stay two numbers.
    func testAlternativesAsRanges() {
        for (text, low, high) in [("35 or 36 hostages", 35.0, 36.0), ("two or three days", 2, 3)] {
            let found = mentions(text)
            XCTAssertEqual(found.count, 1, text)
            XCTAssertEqual(found.first?.value, low, text)
            XCTAssertEqual(found.first?.upper, high, text)
        }
        XCTAssertEqual(mentions("20 or 5 of them").map(\.upper), [nil, nil])
        XCTAssertEqual(mentions("10 or 100 people").map(\.upper), [nil, nil])
        XCTAssertEqual(mentions("two or 3 days").map(\.upper), [nil, nil])
        XCTAssertEqual(values("either 10 bln or 10 tln"), [10e9, 10e12])
    }

    /// "N sets of M" is one multiplied mention.
    func testMultipliedGroups() {
        let text = "two sets of two hostages"
        let found = mentions(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.value, 4)
        XCTAssertEqual(found.first?.isMultiplied, true)
        XCTAssertEqual(found.first.map { spanText(text, $0) }, "two sets of two")
        XCTAssertEqual(values("three batches of 12 and two pairs of shoes"), [36, 2])
        // Only whole groups multiply: "a third group" is one of several groups.
        XCTAssertEqual(values("A third group of 17 freed captives arrived."), [1.0 / 3.0, 17])
    }

    /// Ordinals get the ordinal role and no plain value.
    func testOrdinalsAreNotPlainValues() {
        let text = "He came first, then 21st, then third and twenty-first."
        let found = mentions(text)
        XCTAssertEqual(found.map(\.role), [.ordinal, .ordinal, .ordinal, .ordinal])
        XCTAssertEqual(found.map(\.value), [1, 21, 3, 21])
        XCTAssertEqual(
            found.map { spanText(text, $0) }, ["first", "21st", "third", "twenty-first"])
        XCTAssertEqual(NumberParser.plainValues(of: found), [])
        XCTAssertEqual(values("On a second thought, I'll skip English 101"), [101])
    }

    /// Four-digit years get the year role unless a counted noun or unit follows.
    func testYears() {
        assertSingle("It happened in 2023.", value: 2023, role: .year, span: "2023")
        assertSingle("1948", value: 1948, role: .year, span: "1948")
        assertSingle("back in the 1990s", value: 1990, role: .year, span: "1990")
        assertSingle("2000 people came", value: 2000, role: .cardinal, span: "2000")
        assertSingle("it weighs 2000 kg", value: 2000, role: .measure, span: "2000")
    }

    /// Month-day pairs and numeric dates get the date role with the day as value.
    func testDates() {
        assertSingle("on October 7 they", value: 7, role: .date, span: "7")
        assertSingle("7 October", value: 7, role: .date, span: "7")
        assertSingle("Oct. 7", value: 7, role: .date, span: "7")
        assertSingle("dated 2023-11-06.", value: 6, role: .date, span: "2023-11-06")
        assertSingle("dated 11/06/2023.", value: 6, role: .date, span: "11/06/2023")
        let both = mentions("On October 7, 2023 the attack began")
        XCTAssertEqual(both.map(\.role), [.date, .year])
        XCTAssertEqual(NumberParser.plainValues(of: both), [7, 2023])
        // The year after a month's day stays a year before a lower-case verb.
        let before = mentions("The war that began on April 15, 2023 has killed thousands")
        XCTAssertEqual(before.map(\.role), [.date, .year])
    }

    /// Clock times and hours with a.m./p.m. get the time role.
    func testTimes() {
        assertSingle("at 10:30 sharp", value: 10.5, role: .time, span: "10:30")
        assertSingle("at 3 p.m. today", value: 3, role: .time, span: "3")
        assertSingle("by 5 o'clock", value: 5, role: .time, span: "5")
    }

    /// Ages in their usual phrasings get the age role.
    func testAges() {
        assertSingle("an 85-year-old woman", value: 85, role: .age, span: "85")
        assertSingle("a boy aged 9", value: 9, role: .age, span: "9")
        assertSingle("a 12-year-old boy", value: 12, role: .age, span: "12")
        assertSingle("I'm only 29 years old!", value: 29, role: .age, span: "29")
        assertSingle("ninety five years of age", value: 95, role: .age, span: "ninety five")
    }

    /// Currency signs, codes and words give the money role.
    func testMoney() {
        assertSingle("paid $20 for it", value: 20, role: .money, span: "$20")
        assertSingle("keep £ 50 million", value: 5e7, role: .money, span: "£ 50 million")
        assertSingle("Give me 5 dollars", value: 5, role: .money, span: "5")
        assertSingle("for USD 200.", value: 200, role: .money, span: "200")
        assertSingle("I meant €10B", value: 1e10, role: .money, span: "€10B")
        assertSingle("The revenue is ($-99.99).", value: -99.99, role: .money, span: "$-99.99")
    }

    /// Numbers attached to units get the measure role.
    func testMeasures() {
        assertSingle("weighed 10kg", value: 10, role: .measure, span: "10")
        assertSingle("70 degrees", value: 70, role: .measure, span: "70")
        assertSingle("for 30 days", value: 30, role: .measure, span: "30")
        assertSingle("a four-day truce", value: 4, role: .measure, span: "four", isWords: true)
        assertSingle("set it to 85°", value: 85, role: .measure, span: "85")
    }

    /// Unit exponents ("km2", "s-1", "m^2") are not numbers.
    func testUnitExponentsAreNotNumbers() {
        XCTAssertEqual(values("an area of 301,338 km2 (116,347 sq mi)"), [301_338, 116_347])
        XCTAssertEqual(values("Violet light oscillates at 4e14 s-1"), [4e14])
        XCTAssertEqual(values("exposed to 20 J/m^2 per year"), [20])
        XCTAssertEqual(values("4km^3, 4 cubic kilometers"), [4, 4])
    }

    /// "one" used as a pronoun is not a number.
    func testPronounOneIsNotANumber() {
        XCTAssertEqual(values("the one who came"), [])
        XCTAssertEqual(values("no one knows"), [])
        XCTAssertEqual(values("they help one another"), [])
        XCTAssertEqual(values("one day at a time"), [1])
        XCTAssertEqual(values("that one mile can provide."), [1])
        XCTAssertEqual(values("Let's try one last time"), [1])
    }

    /// "half" and "quarter" after a determiner or ordinal are not numbers.
    func testHalfAndQuarterAsNouns() {
        XCTAssertEqual(values("in the second half of the third quarter"), [])
        XCTAssertEqual(values("a quarter of voters"), [0.25])
        XCTAssertEqual(values("more than half people came here."), [0.5])
        XCTAssertEqual(values("quarter pound of beef"), [0.25])
    }

    /// Plural scale words and articles alone are not numbers.
    func testWordsThatAreNotCounts() {
        XCTAssertEqual(values("Hundreds of thousands fled, and dozens of a month"), [])
        XCTAssertEqual(values("a month after the war"), [])
        XCTAssertEqual(values("we will be working on version two and a previous version"), [2])
        XCTAssertEqual(values("a few hundred people and several thousand troops"), [])
    }

    /// Digits glued to letters are names, except after a currency code.
    func testDigitsGluedToLettersAreNames() {
        XCTAssertEqual(values("The G20 met in Q3 about MP3 files"), [])
        XCTAssertEqual(values("USD115"), [115])
        assertSingle("SCP-173", value: 173, role: .cardinal, span: "173")
    }

    /// Spans are UTF-8 byte offsets.
    func testUTF8ByteOffsets() {
        let text = "€10 and ½"
        let found = mentions(text)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found[0].start, 0)
        XCTAssertEqual(found[0].end, 5)  // "€" is three bytes
        XCTAssertEqual(found[0].role, .money)
        XCTAssertEqual(found[1].start, 10)
        XCTAssertEqual(found[1].end, 12)
        XCTAssertEqual(found[1].value, 0.5)
    }

    /// The byte-buffer and string entry points give the same mentions.
    func testBufferAndStringEntryPointsAgree() {
        let text = "Officials said 10,022 people, including 4,104 children, died; 1.5 million fled."
        var copy = text
        let fromBuffer = copy.withUTF8 { parser.mentions(in: $0) }
        XCTAssertEqual(fromBuffer, parser.mentions(in: text))
        XCTAssertEqual(NumberParser.plainValues(of: fromBuffer), [10022, 4104, 1_500_000])
    }

    /// A news paragraph gives the expected values and roles.
    func testNewsParagraph() {
        let text =
            "The ministry said 569 trucks had entered since Oct. 21, compared with some 500 a day, "
            + "while the shekel fell to its weakest since 2012. The bank sold $30 billion, the first "
            + "such sale, and expects between 2% and 2.5% growth."
        let found = mentions(text)
        XCTAssertEqual(NumberParser.plainValues(of: found), [569, 21, 500, 2012, 3e10, 2, 2.5])
        XCTAssertEqual(
            found.map(\.role), [.cardinal, .date, .cardinal, .year, .money, .ordinal, .percent])
    }

    /// Odd and invalid input gives ordered, in-bounds spans and finite values.
    func testOddInputDoesNotBreakSpans() {
        var generator = SplitMix(seed: 7)
        let pieces = [
            "one", "-", "and", "a", "half", "hundred", "million", "point", "1,234", "3/4", "$", "%",
            "k",
            "e5",
            "2023-11-06", "10:30", "½", "\u{FF}", "\u{E9}", " ", "  ", ",", "twenty", "fifths",
            "between",
            "to",
        ]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 10) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 2 == 0 {
                    text += " "
                }
            }
            let count = text.utf8.count
            var last = 0
            for m in mentions(text) {
                XCTAssertTrue(
                    m.start >= last && m.start < m.end && m.end <= count, "\(text.debugDescription)"
                )
                XCTAssertTrue(m.value.isFinite, "\(text.debugDescription)")
                last = m.end
            }
        }
        var raw: [UInt8] = [0xE2, 0x82, 0x31, 0x2D, 0xC2, 0x35, 0x2C, 0x30, 0x30, 0x30, 0xE2]
        let found = raw.withUnsafeMutableBufferPointer {
            parser.mentions(in: UnsafeBufferPointer($0))
        }
        XCTAssertTrue(found.allSatisfy { $0.end <= raw.count })
    }

    /// The lexicon looks words up case-insensitively and the scanner tokenizes.
    func testLexiconAndScanner() {
        let words = NumberWords.shared
        XCTAssertEqual(words.infos[Int(words.lookup("Twenty"))].wordClass, .tens)
        XCTAssertEqual(words.infos[Int(words.lookup("thirtyseven"))].value, 37)
        XCTAssertEqual(words.infos[Int(words.lookup("crores"))].value, 1e7)
        XCTAssertEqual(words.lookup("elephant"), 0)
        var text = "It's 1,400."
        let kinds: [NumberTokenKind] = text.withUTF8 { bytes in
            var store = NumberTokenBuffer(capacity: 4)
            defer { store.deallocate() }
            ByteScanner(bytes: bytes, words: words).tokenize(into: &store)
            return store.tokens.map(\.kind)
        }
        XCTAssertEqual(kinds, [.word, .symbol, .word, .number, .symbol])
    }
}
