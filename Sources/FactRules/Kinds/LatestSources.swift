import FactLedgerCore

/// The most recent claim of each of the most recent sources among a query's claims.
///
/// Shared by the conflict kinds, which flag at most a few disagreeing sources per fresh claim.
/// The history is read newest first in growing pages, so a dense window costs a few rows
/// when the first of them already name enough sources.
enum LatestSources {
    /// The first page's size per source wanted.
    static let firstPagePerSource = 2

    /// Up to `maximum` claims, one per source, each its source's newest accepted claim, the
    /// sources ordered by that claim (newest first); at most `cap` claims are read.
    static func find(
        _ query: ClaimQuery, maximum: Int, cap: Int, in history: any ClaimHistory,
        accepting accept: (StoredClaim) -> Bool = { _ in true }
    ) throws -> [StoredClaim] {
        var query = query
        query.newestFirst = true
        var page = min(cap, maximum * firstPagePerSource)
        while true {
            query.limit = page
            let claims = try history.claims(query)
            var latest: [StoredClaim] = []
            var seen = Set<String>()
            for claim in claims where !seen.contains(claim.source) && accept(claim) {
                seen.insert(claim.source)
                latest.append(claim)
                if latest.count == maximum { return latest }
            }
            // Fewer rows than asked for: the window holds no more.
            if claims.count < page || page >= cap { return latest }
            page = min(cap, page * 8)
        }
    }
}
