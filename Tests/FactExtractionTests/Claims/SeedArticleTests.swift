import FactExtraction
import FactIngest
import FactLedgerCore
import TestSupport
import XCTest

/// The article the project started from, read from the shared folder beside the repository.
final class SeedArticleTests: XCTestCase {
    func testSeedArticleYieldsExactlyItsClaims() throws {
        let folder = Fixtures.path("../shared/seed")
        guard
            let name = try? FileManager.default.contentsOfDirectory(atPath: folder).first(where: {
                $0.hasSuffix(".txt")
            })
        else {
            throw XCTSkip("the shared seed folder is not beside this checkout")
        }
        let bytes = try XCTUnwrap(
            FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)))
        let article = try ArticleParser.document(
            [UInt8](bytes), origin: name, defaults: ArticleDefaults(source: "seed")
        ).get()
        XCTAssertEqual(article.published.description, "2023-11-06")
        let claims = Fixtures.extractor.claims(in: article).map { claim -> String in
            switch claim.kind {
            case .numeric:
                return
                    "\(claim.topic)\(claim.facets.isEmpty ? "" : "{\(claim.facets.canonical)}") \(claim.valueText) \(claim.certainty.rawValue)"
            case .stance:
                return "\(claim.actor!) \(claim.topic) \(claim.polarity!.rawValue)"
            }
        }
        XCTAssertEqual(
            claims,
            [
                "hostages.released 4 asserted",
                "hostages.released{nationality=American} 2 asserted",
                "hostages.released{nationality=Israeli} 2 asserted",
                "Israel hostage_deal demand",
                "hostages.released 4 asserted",
                "hostages.held over 200 believed",
                "United States ground_invasion oppose",
                "Hamas fuel.entry demand",
                "Israel fuel.entry oppose",
                "IDF fuel.entry conditional",
                "Biden hostage_deal support",
                "United States hostage_deal support",
                "Biden ceasefire support",
            ])
    }
}
