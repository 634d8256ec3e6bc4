import XCTest

@testable import FactExtraction

/// The places an article named, as features of the facet models.
final class PlaceContextTests: XCTestCase {
    private let places = PhraseTable<Lexicon.FacetValue>([
        ("Gaza", Lexicon.FacetValue(key: "place", value: "Gaza")),
        ("West Bank", Lexicon.FacetValue(key: "place", value: "West Bank")),
        ("the country", Lexicon.FacetValue(key: "place", value: "^")),
        ("Israeli", Lexicon.FacetValue(key: "nationality", value: "Israeli")),
    ])

    private func matches(_ text: String) -> [PhraseTable<Lexicon.FacetValue>.Match] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            places.matches(Tokenizer.tokens(UnsafeBufferPointer(buffer), in: 0..<buffer.count))
        }
    }

    func testTheMemoryKeepsThePlaceNamedLastAndTheOneNamedMost() {
        var memory = PlaceContext.Memory()
        XCTAssertNil(memory.last)
        memory.record(matches("Strikes hit Gaza, and Gaza's hospitals filled."), keys: ["place"])
        memory.record(
            matches("Raids went on in the West Bank and across the country."), keys: ["place"])
        memory.record(matches("Israeli officials spoke."), keys: ["place"])
        XCTAssertEqual(memory.last?.value, "West Bank")
        XCTAssertEqual(memory.mostNamed?.value, "Gaza")
        memory.record(matches("The West Bank again."), keys: ["place"])
        XCTAssertEqual(memory.mostNamed?.value, "West Bank", "the later place wins a tie")
    }

    func testEveryNameLoadsToTheKeyTheExtractorComputes() {
        var memory = PlaceContext.Memory()
        memory.record(matches("Gaza, then the West Bank."), keys: ["place"])
        for text in ["Raids in the West Bank and the country.", "Nothing named here."] {
            let context = PlaceContext(
                sentencePlaces: matches(text), memory: memory, keys: ["place"],
                keepingNames: true)
            let names = context.names ?? []
            XCTAssertEqual(names.count, context.keys.count)
            for (name, key) in zip(names, context.keys) {
                XCTAssertEqual(ModelFeatures.key(ofName: name), key, name)
            }
        }
        let named = PlaceContext(
            sentencePlaces: matches("Raids in the West Bank and the country."), memory: memory,
            keys: ["place"], keepingNames: true)
        XCTAssertEqual(
            named.names,
            [
                "pnamed=place:West_Bank", "pnamed=place:back", "plast=place:West_Bank",
                "pmost=place:West_Bank",
            ])
    }
}
