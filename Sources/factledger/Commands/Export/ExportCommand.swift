import ArgumentParser

extension FactLedgerCommand {
    /// `factledger export`: the ledger's claims and disputes for other tools.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export claims or disputes as CSV or JSON Lines, or reviews as ClaimReview.",
            discussion: """
                Rows are written to standard output as they are read. CSV follows RFC 4180 (fields \
                holding a comma, a double quote or a line break are quoted, quotes doubled, records \
                end with CRLF) with a header of the JSON contract's keys; lists and objects are \
                written as their JSON text, null as an empty field. JSON Lines is one JSON object \
                a line.
                """,
            subcommands: [Claims.self, Disputes.self, ClaimReview.self])
    }
}
