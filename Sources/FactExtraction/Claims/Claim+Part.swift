import FactLedgerCore

extension Claim {
    /// Whether a numeric claim is a part of a total read with a part pattern: its provenance
    /// reads `numeric:TOPIC:part:…` (a part of the sentence before has no `wholeIndex`).
    public var isPartOfTotal: Bool {
        let fields = provenance.utf8.split(
            separator: UInt8(ascii: ":"), maxSplits: 3, omittingEmptySubsequences: false)
        return fields.count > 2 && fields[2].elementsEqual("part".utf8)
    }
}
