/// One thing an article states: a figure for a topic, or an actor's stance on a topic.
///
/// A claim keeps the exact quote it came from, its UTF-8 byte offsets in the article body and
/// the vocabulary entry that produced it, so every extraction can be explained.
public struct Claim: Sendable, Hashable, Codable {
    /// Numeric or stance.
    public var kind: ClaimKind
    /// A dotted topic key: `hostages.held`, `fuel.entry`.
    public var topic: String
    /// What narrows the topic: place, nationality, group.
    public var facets: Facets
    /// For stances, the canonical actor holding the position.
    public var actor: String?
    /// Who the claim is attributed to, as the text names them ("Israeli officials").
    public var speaker: String?
    /// For numeric claims, the stated figure.
    public var quantity: Quantity?
    /// For stances, the position taken.
    public var polarity: Polarity?
    /// For conditional stances, the conditions as written.
    public var conditions: String?
    /// How firmly the claim is put.
    public var certainty: Certainty
    /// The day the claim speaks about.
    public var asOf: Day
    /// The sentence the claim came from, as written.
    public var quote: String
    /// UTF-8 byte offset of the quote's start in the article body.
    public var start: Int
    /// UTF-8 byte offset just past the quote's end in the article body.
    public var end: Int
    /// The extraction pattern and vocabulary entry that produced the claim, so every
    /// extraction can be traced ("numeric:hostages.held:hostage:held").
    public var provenance: String
    /// How a figure adds up over time: a running total, a level, one event, or a planned figure.
    /// Taken from the measure that named the topic; `nil` for stances.
    public var tally: Tally?
    /// For a part of a stated total ("two Americans" in "four hostages, including two
    /// Americans"), the index of the total among the same article version's claims.
    public var wholeIndex: Int?
    /// Whether the parts listed with the total are meant to add up to it exactly (a colon list)
    /// rather than being some of it ("including").
    public var partsAreExhaustive: Bool

    /// Creates a claim from all its parts.
    public init(
        kind: ClaimKind, topic: String, facets: Facets = Facets(), actor: String? = nil,
        speaker: String? = nil, quantity: Quantity? = nil, polarity: Polarity? = nil,
        conditions: String? = nil, certainty: Certainty = .asserted, asOf: Day, quote: String,
        start: Int, end: Int, provenance: String, tally: Tally? = nil, wholeIndex: Int? = nil,
        partsAreExhaustive: Bool = false
    ) {
        self.kind = kind
        self.topic = topic
        self.facets = facets
        self.actor = actor
        self.speaker = speaker
        self.quantity = quantity
        self.polarity = polarity
        self.conditions = conditions
        self.certainty = certainty
        self.asOf = asOf
        self.quote = quote
        self.start = start
        self.end = end
        self.provenance = provenance
        self.tally = tally
        self.wholeIndex = wholeIndex
        self.partsAreExhaustive = partsAreExhaustive
    }

    /// What the claim says, briefly: "over 200" or "oppose (only if …)".
    public var valueText: String {
        if let quantity { return quantity.text }
        guard let polarity else { return "" }
        if let conditions, !conditions.isEmpty { return "\(polarity.rawValue) (\(conditions))" }
        return polarity.rawValue
    }
}
