import FactLedgerCore
import XCTest

final class DisputeTests: XCTestCase {
    func dispute(
        topic: String = "hostages.held", facets: Facets = Facets(), scope: String? = nil,
        from: String = "2023-11-06", through: String = "2023-11-06", claims: [Int64] = [1, 2],
        level: Level = .high, message: String = "m"
    ) -> Dispute {
        Dispute(
            ruleID: "conflict", kind: "numeric_conflict", level: level, topic: topic,
            facets: facets, tally: .level, scope: scope,
            episode: Episode(from: Day(iso: from)!, through: Day(iso: through)!),
            members: claims.enumerated().map { Dispute.Member(claimID: $1, side: $0) },
            message: message, knownOn: Day(iso: through)!)
    }

    func testIdentityIsTheKeyAndEpisodeNeverTheClaims() {
        XCTAssertEqual(
            dispute(claims: [1, 2], level: .high, message: "a").identity,
            dispute(claims: [7, 9, 11], level: .low, message: "b").identity)
        XCTAssertNotEqual(dispute().identity, dispute(topic: "hostages.taken").identity)
        XCTAssertNotEqual(dispute().identity, dispute(facets: Facets(["place": "Gaza"])).identity)
        XCTAssertNotEqual(dispute().identity, dispute(scope: "IDF").identity)
        XCTAssertNotEqual(dispute().identity, dispute(through: "2023-11-07").identity)
        // A name holding the separator cannot make two keys meet.
        XCTAssertNotEqual(
            dispute(scope: "a\u{1F}b").identity,
            dispute(topic: "hostages.held", scope: "a").identity)
    }

    func testARegionHoldsTheDisputesOfItsKeyWithinItsDays() {
        let prefix = Dispute.identityPrefix(
            ruleID: "conflict", article: nil, scope: nil, topic: "hostages.held", facets: Facets(),
            tally: .level)
        let region = DisputeRegion(
            prefix: prefix, days: Day(iso: "2023-11-05")!...Day(iso: "2023-11-08")!)
        XCTAssertTrue(region.contains(dispute()))
        XCTAssertTrue(region.contains(dispute(from: "2023-11-05", through: "2023-11-08")))
        XCTAssertFalse(region.contains(dispute(from: "2023-11-04", through: "2023-11-06")))
        XCTAssertFalse(region.contains(dispute(through: "2023-11-09")))
        XCTAssertFalse(region.contains(dispute(scope: "IDF")))
        XCTAssertTrue(
            DisputeRegion(prefix: prefix, days: nil).contains(dispute(through: "2024-01-01")))
    }

    func testASupersededFlagShowsSupersededWhateverItsReview() {
        var flag = Flag(id: 1, dispute: dispute(), reviewStatus: .confirmed, runID: nil)
        XCTAssertEqual(flag.status, .confirmed)
        flag.dispute.state = .superseded
        XCTAssertEqual(flag.status, .superseded)
        XCTAssertFalse(Review.Action.reopen.isAllowed(from: .open))
    }
}
