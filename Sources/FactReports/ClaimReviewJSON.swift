import FactLedgerCore

/// A reviewed dispute as schema.org `ClaimReview` JSON-LD: what was claimed (the dispute's
/// message), where it appeared (each article of its claims, with its outlet and date), the
/// reviewer's decision as a rating, and the reviewer's note.
///
/// The rating scores how far the claims hold together, from 1 (`worstRating`) to 3
/// (`bestRating`): a confirmed dispute is 1, "Disputed" (the sources disagree); a resolved one
/// is 3, "Resolved" (the discrepancy was settled).
public enum ClaimReviewJSON {
    /// The decisions a ClaimReview is written for, with their rating and its name.
    public static let ratings: [Review.Action: (value: Int, name: String)] = [
        .confirm: (1, "Disputed"),
        .resolve: (3, "Resolved"),
    ]

    /// The worst and best rating.
    public static let ratingRange = (worst: 1, best: 3)

    /// The ClaimReview of a flag whose last decision is a confirmation or resolution, or nil
    /// when it has no such decision in force.
    public static func object(_ detail: FlagDetail) -> JSONValue? {
        guard detail.flag.status == .confirmed || detail.flag.status == .resolved,
            let review = detail.reviews.last,
            let rating = ratings[review.action]
        else { return nil }
        var seen = Set<String>()
        var appearances: [JSONValue] = []
        for claim in detail.claims where seen.insert("\(claim.source)\u{1F}\(claim.ref)").inserted {
            var work: [(String, JSONValue)] = [("@type", .string("CreativeWork"))]
            if let url = claim.url { work.append(("url", .string(url))) }
            work += [
                ("headline", .string(claim.claim.quote)),
                ("publisher", organization(claim.source)),
                ("author", organization(claim.source)),
                ("datePublished", .string(claim.published.description)),
            ]
            appearances.append(.object(work))
        }
        let dispute = detail.flag.dispute
        return .object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("ClaimReview")),
            ("identifier", .string("factledger-flag-\(detail.flag.id)")),
            ("claimReviewed", .string(dispute.message)),
            (
                "itemReviewed",
                .object([
                    ("@type", .string("Claim")),
                    ("about", .string(dispute.topic)),
                    ("datePublished", .string(dispute.knownOn.description)),
                    ("appearance", .array(appearances)),
                ])
            ),
            ("reviewBody", .string(review.note)),
            (
                "reviewRating",
                .object([
                    ("@type", .string("Rating")),
                    ("ratingValue", .number(Double(rating.value))),
                    ("bestRating", .number(Double(ratingRange.best))),
                    ("worstRating", .number(Double(ratingRange.worst))),
                    ("alternateName", .string(rating.name)),
                ])
            ),
            ("author", .object([("@type", .string("Person")), ("name", .string(review.by))])),
            ("datePublished", .string(String(review.at.prefix(10)))),
        ])
    }

    private static func organization(_ name: String) -> JSONValue {
        .object([("@type", .string("Organization")), ("name", .string(name))])
    }
}
