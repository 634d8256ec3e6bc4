import FactLedgerCore
import Foundation
import XCTest

@testable import FactReports

final class ClaimReviewJSONTests: XCTestCase {
    func reviewed(_ action: Review.Action, status: FlagStatus) -> FlagDetail {
        var detail = Samples.conflict
        detail.flag.reviewStatus = status
        detail.reviews = [
            Review(
                flagID: 1, action: action, by: "Ana Ruiz", at: "2023-11-09T08:00:00Z",
                note: "Two outlets, two counts: the IDF figure is older.")
        ]
        return detail
    }

    func testAConfirmedDisputeIsAClaimReviewWithItsAppearances() throws {
        let object = try XCTUnwrap(ClaimReviewJSON.object(reviewed(.confirm, status: .confirmed)))
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(object.text.utf8)) as? [String: Any])
        XCTAssertEqual(json["@context"] as? String, "https://schema.org")
        XCTAssertEqual(json["@type"] as? String, "ClaimReview")
        XCTAssertEqual(json["claimReviewed"] as? String, Samples.conflict.flag.dispute.message)
        XCTAssertEqual(
            json["reviewBody"] as? String, "Two outlets, two counts: the IDF figure is older.")
        XCTAssertEqual(json["datePublished"] as? String, "2023-11-09")
        let author = try XCTUnwrap(json["author"] as? [String: Any])
        XCTAssertEqual(author["name"] as? String, "Ana Ruiz")
        let rating = try XCTUnwrap(json["reviewRating"] as? [String: Any])
        XCTAssertEqual(rating["@type"] as? String, "Rating")
        XCTAssertEqual(rating["ratingValue"] as? Int, 1)
        XCTAssertEqual(rating["bestRating"] as? Int, 3)
        XCTAssertEqual(rating["worstRating"] as? Int, 1)
        XCTAssertEqual(rating["alternateName"] as? String, "Disputed")
        let item = try XCTUnwrap(json["itemReviewed"] as? [String: Any])
        XCTAssertEqual(item["@type"] as? String, "Claim")
        let appearances = try XCTUnwrap(item["appearance"] as? [[String: Any]])
        XCTAssertEqual(appearances.count, 2)
        XCTAssertEqual(appearances[0]["url"] as? String, "https://harbor.example/a")
        XCTAssertEqual(appearances[0]["datePublished"] as? String, "2023-11-06")
        XCTAssertEqual(
            (appearances[1]["publisher"] as? [String: Any])?["name"] as? String, "Meridian Post")
    }

    func testOnlyConfirmedAndResolvedDisputesAreReviewed() throws {
        let resolved = try XCTUnwrap(ClaimReviewJSON.object(reviewed(.resolve, status: .resolved)))
        XCTAssertTrue(resolved.text.contains("\"alternateName\":\"Resolved\""))
        XCTAssertTrue(resolved.text.contains("\"ratingValue\":3"))
        XCTAssertNil(ClaimReviewJSON.object(reviewed(.dismiss, status: .dismissed)))
        XCTAssertNil(ClaimReviewJSON.object(Samples.conflict), "an open dispute has no review")
    }
}
