import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

final class ModelFeaturesTests: XCTestCase {
    private func examples(_ text: String) -> [(claim: Claim, features: ModelFeatures)] {
        Fixtures.extractor.figureExamples(in: Fixtures.article(text))
    }

    func testFeaturesNameTheRulesReadingAndTheWordsAroundTheFigure() throws {
        let example = try XCTUnwrap(
            examples("Hamas freed 13 hostages on Friday, the army said.").first)
        let names = try XCTUnwrap(example.features.names)
        let topic = example.claim.topic
        for expected in [
            "rule=\(topic)", "w-1=freed", "w-2=hamas", "w-3=^", "w+1=hostages", "w+2=on",
            "w+3=friday", "rule=\(topic)&w-1=freed", "rule=\(topic)&w+1=hostages", "s=army",
            "digits=2", "qualifier=exact",
        ] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        XCTAssertFalse(names.contains("year-like"))
        XCTAssertFalse(names.contains("s=13"), "numbers are no sentence words")
    }

    func testTheWordsOfAFigureAreNoSentenceWords() throws {
        let example = try XCTUnwrap(
            examples("So far, only two sets of two hostages have been released.").first)
        XCTAssertEqual(example.claim.quantity?.best, 4)
        let names = try XCTUnwrap(example.features.names)
        XCTAssertTrue(names.contains("s=released"), "\(names)")
        XCTAssertFalse(names.contains("s=sets"), "\(names)")
    }

    func testTheTextBeforeAFigureIsAFeature() throws {
        // Published on Saturday 25 November 2023.
        let all = Fixtures.extractor.figureExamples(
            in: Fixtures.article(
                "Hamas freed 13 hostages on Friday. The health ministry said 14,800 were killed. "
                    + "So far 26 hostages have been freed.", date: "2023-11-25"))
        XCTAssertEqual(all.count, 3)
        let first = try XCTUnwrap(all[0].features.names)
        for expected in ["before=^", "lede", "daysback=1", "than-last=first"] {
            XCTAssertTrue(first.contains(expected), "\(expected) missing from \(first)")
        }
        let second = try XCTUnwrap(all[1].features.names)
        XCTAssertTrue(second.contains("before=\(all[0].claim.topic)"), "\(second)")
        XCTAssertTrue(second.contains("daysback=0"), "\(second)")
        XCTAssertFalse(second.contains("lede"))
        // The freed of Friday and the freed so far are one measure; 26 is more than 13.
        XCTAssertTrue(try XCTUnwrap(all[2].features.names).contains("than-last=larger"))
    }

    func testADealsFiguresAndItsReleasesAreOneMeasure() throws {
        // The vocabulary makes the deal's size a variant of the hostages released.
        let all = examples("Under the deal, Hamas is to free 50 hostages. Hamas freed 13 hostages.")
        XCTAssertEqual(all.map(\.claim.topic), ["hostages.deal.size", "hostages.released.event"])
        XCTAssertTrue(try XCTUnwrap(all[0].features.names).contains("than-last=first"))
        XCTAssertTrue(try XCTUnwrap(all[1].features.names).contains("than-last=smaller"))
        // A figure stated again has no comparison.
        let again = examples("Hamas freed 13 hostages. In all 13 hostages were freed on Friday.")
        XCTAssertFalse(
            try XCTUnwrap(again.last?.features.names).contains { $0.hasPrefix("than-last=") })
    }

    func testTheFacetModelsReadThePlacesTheArticleNamed() throws {
        let all = examples(
            "Strikes hit Gaza City and Khan Younis overnight. Medics in Gaza reported heavy "
                + "losses. Officials in Israel said rockets were fired. At least 50 people were "
                + "killed, officials said.")
        let last = try XCTUnwrap(all.last)
        XCTAssertEqual(last.claim.quantity?.low, 50)
        // The sentence names no place; the article named Gaza most and Israel last.
        XCTAssertEqual(
            last.features.placeContextNames.sorted(),
            ["plast=place:Israel", "pmost=place:Gaza", "pnone"])
        XCTAssertFalse(
            try XCTUnwrap(last.features.names).contains { $0.hasPrefix("pmost=") },
            "the topic model does not read the place context")
    }

    func testTheVerbOfTheFiguresClauseIsAFeature() throws {
        let perfect = try XCTUnwrap(
            examples("Hamas has freed 50 hostages so far.").first)
        let perfectNames = try XCTUnwrap(perfect.features.names)
        for expected in [
            "vform=perfect", "rule=\(perfect.claim.topic)&vform=perfect", "vhead=freed",
        ] {
            XCTAssertTrue(
                perfectNames.contains(expected), "\(expected) missing from \(perfectNames)")
        }
        let past = try XCTUnwrap(examples("Thirteen hostages were freed on Friday.").first)
        let pastNames = try XCTUnwrap(past.features.names)
        for expected in ["vform=past", "vpassive", "vhead=freed"] {
            XCTAssertTrue(pastNames.contains(expected), "\(expected) missing from \(pastNames)")
        }
        XCTAssertFalse(pastNames.contains("vform=perfect"))
    }

    func testEveryNameLoadsToTheKeyTheExtractorComputes() throws {
        let text = """
            The toll in Gaza rose to 11,078, the Hamas-run health ministry said. Israel’s army \
            says 1,200 people were killed on October 7, and 240 were taken hostage. Officials \
            didn't confirm the 50 names.
            """
        let all = examples(text)
        XCTAssertGreaterThan(all.count, 2)
        for (_, features) in all {
            let names = try XCTUnwrap(features.names)
            XCTAssertEqual(names.count, features.keys.count)
            for (name, key) in zip(names, features.keys) {
                XCTAssertEqual(ModelFeatures.key(ofName: name), key, name)
                XCTAssertFalse(name.contains(" "), "a name holds no space: \(name)")
            }
        }
    }

    func testAFigureAtTheEdgesOfItsSentenceSaysSo() throws {
        let names = try XCTUnwrap(
            examples("The number of hostages held in Gaza has risen to 240.").first?.features.names)
        XCTAssertTrue(names.contains("w+1=."), "\(names)")
        XCTAssertTrue(names.contains("w+2=$"), "\(names)")
        XCTAssertTrue(names.contains("w+3=$"), "\(names)")
    }
}
