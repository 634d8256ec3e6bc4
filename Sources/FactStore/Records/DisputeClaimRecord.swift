/// The `dispute_claim` table: the claims of a dispute, each with its side and its place in the
/// dispute's order (the message names the first of each side).
enum DisputeClaimRecord {
    /// Links one claim.
    static let insertSQL =
        "INSERT INTO dispute_claim (dispute_id, claim_id, side, position) VALUES (?, ?, ?, ?)"
    /// Unlinks every claim of a dispute.
    static let deleteSQL = "DELETE FROM dispute_claim WHERE dispute_id = ?"
    /// The members of one dispute, in order.
    static let membersSQL =
        "SELECT claim_id, side FROM dispute_claim WHERE dispute_id = ? ORDER BY position"
}
