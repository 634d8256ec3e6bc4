import FactLedgerCore

extension Claim {
    /// Whether a numeric claim is a part of a total read with a part pattern: its provenance
    /// reads `numeric:TOPIC:part:…` (a part of the sentence before has no `wholeIndex`).
    public var isPartOfTotal: Bool {
        // Read in place: this is asked of every claim of a sentence for every figure after it.
        let utf8 = provenance.utf8
        let colon = UInt8(ascii: ":")
        guard let first = utf8.firstIndex(of: colon),
            let second = utf8[utf8.index(after: first)...].firstIndex(of: colon)
        else { return false }
        let field = utf8[utf8.index(after: second)...]
        guard field.starts(with: Self.partField) else { return false }
        let end = field.index(field.startIndex, offsetBy: Self.partField.count)
        return end == field.endIndex || field[end] == colon
    }

    private static let partField = "part".utf8
}
