import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

final class StanceExtractorTests: XCTestCase {
    func stances(_ text: String) -> [String] {
        Fixtures.extractor.claims(in: Fixtures.article(text)).filter { $0.kind == .stance }.map {
            claim in
            "\(claim.actor ?? "?") \(claim.topic) \(claim.polarity?.rawValue ?? "?")"
        }
    }

    func testActorTopicAndPolarity() {
        XCTAssertEqual(
            stances("The world body called for a humanitarian pause."),
            ["United Nations humanitarian_pause demand"])
        XCTAssertEqual(
            stances("Qatar called for a humanitarian pause."), ["Qatar humanitarian_pause demand"])
        XCTAssertEqual(stances("Netanyahu ruled out a ceasefire."), ["Netanyahu ceasefire oppose"])
        XCTAssertEqual(
            stances("The White House backed the hostage deal."), ["Biden hostage_deal support"])
    }

    func testTheSubjectHoldsTheStanceNotTheObject() {
        XCTAssertEqual(
            stances("Washington urged Israel to delay the ground invasion."),
            ["United States ground_invasion oppose"])
        XCTAssertEqual(
            stances("Egypt said Israel had agreed to allow fuel into Gaza."),
            ["Israel fuel.entry support"])
    }

    func testAPronounSubjectMeansTheActorTheSentenceBeforeOpenedWith() {
        XCTAssertEqual(
            stances(
                "UN chief Antonio Guterres spoke to reporters in New York. He called for a humanitarian pause."
            ),
            ["United Nations humanitarian_pause demand"])
        // The actor named after a verb is not the subject: "he" is someone else.
        XCTAssertEqual(
            stances(
                "The spokesman accused Israel of shelling a school. He called for a ceasefire."),
            [])
    }

    func testTheSudaneseGovernmentIsTheStateAndCeasefireTalksAreTalks() {
        XCTAssertEqual(
            stances("The Sudanese government pulled out of the peace talks brokered by IGAD."),
            ["IGAD peace_talks support", "Sudan peace_talks oppose"])
        XCTAssertEqual(
            stances("The RSF said it would take part in the ceasefire talks in Jeddah."),
            ["RSF peace_talks support"])
        XCTAssertEqual(
            stances("Sudan's rival generals agreed to several short ceasefires."),
            ["Sudanese army ceasefire support", "RSF ceasefire support"])
        XCTAssertEqual(
            stances(
                "In Jeddah, the mediators urged both parties to open negotiations that would end the war in Sudan."
            ),
            ["Saudi Arabia peace_talks demand", "United States peace_talks demand"])
    }

    func testATruceDealIsAPause() {
        XCTAssertEqual(
            stances("Islamic Jihad has accepted the terms of a truce deal."),
            ["Islamic Jihad humanitarian_pause support"])
    }

    func testTheRouteIsWhatAPositionIsOn() {
        XCTAssertEqual(
            stances(
                "After the earthquake, Turkey gave permission for aid to pass through two further crossings."
            ),
            ["Turkey crossings.opening support"])
    }

    func testMembersOfABodyAreNotTheBody() {
        XCTAssertEqual(
            stances(
                "Austria, Croatia, Czechia and Hungary were the four EU members that voted no on the truce."
            ),
            [
                "Austria humanitarian_pause oppose", "Croatia humanitarian_pause oppose",
                "Czechia humanitarian_pause oppose", "Hungary humanitarian_pause oppose",
            ])
    }

    func testNegationFlipsThePolarity() {
        XCTAssertEqual(
            stances("Israel did not reject a humanitarian pause."),
            ["Israel humanitarian_pause support"])
        XCTAssertEqual(
            stances("Hamas refused to accept the truce."), ["Hamas humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("Israeli officials rejected calls for a ceasefire."),
            ["Israel ceasefire oppose"])
    }

    func testConditionsMakeAStanceConditional() throws {
        let claim = try XCTUnwrap(
            Fixtures.extractor.claims(
                in: Fixtures.article(
                    "The IDF will allow fuel into Gaza only if it does not reach Hamas.")
            )
            .first { $0.kind == .stance })
        XCTAssertEqual(claim.polarity, .conditional)
        XCTAssertEqual(claim.actor, "IDF")
        XCTAssertTrue(claim.conditions?.hasPrefix("only if") ?? false, claim.conditions ?? "")
    }

    func testASentenceCanReferBackToTheLastTopic() {
        let text =
            "Hamas has asked for more fuel to be let into Gaza. Israeli ministers called the demand out of the question."
        XCTAssertEqual(stances(text), ["Hamas fuel.entry demand", "Israel fuel.entry oppose"])
    }

    func testPassiveVoiceFindsTheAgent() {
        XCTAssertEqual(
            stances("A ceasefire was rejected by Israel on Tuesday."), ["Israel ceasefire oppose"])
    }

    func testNoCueMeansNoStance() {
        XCTAssertEqual(stances("The timing of any ground invasion remains unclear."), [])
    }
}
