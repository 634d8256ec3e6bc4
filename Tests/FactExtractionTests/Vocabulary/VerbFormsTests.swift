import XCTest

@testable import FactExtraction

/// A stance cue written with one form of a verb is read with every form the grammar lists.
final class VerbFormsTests: XCTestCase {
    private let forms = VerbForms([
        ["give", "gives", "gave", "given", "giving"], ["back", "backs", "backed"],
    ])

    func testACueOfSeveralWordsTakesEveryFormOfItsVerb() {
        let groups = forms.inflected([("support", ["gave the green light"])])
        XCTAssertEqual(
            Set(groups[0].1),
            [
                "gave the green light", "give the green light", "gives the green light",
                "given the green light", "giving the green light",
            ])
    }

    func testAOneWordCueAndAPhraseListedElsewhereStayAsWritten() {
        let groups = forms.inflected([
            ("support", ["backed", "gave way"]), ("oppose", ["give way"]),
        ])
        XCTAssertEqual(groups[0].1.filter { $0.hasPrefix("back") }, ["backed"])
        XCTAssertFalse(groups[0].1.contains("give way"))
        // A form another phrase already gave rise to keeps the group that came first.
        XCTAssertEqual(groups[1].1, ["give way"])
        XCTAssertTrue(groups[0].1.contains("giving way"))
    }
}
