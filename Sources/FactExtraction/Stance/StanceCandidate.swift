import FactLedgerCore

/// One actor and one stance topic of a sentence that may make a stance claim: a pair the rules
/// made a claim of, or an actor and a topic the sentence names together.
struct StanceCandidate {
    /// The actor's canonical name.
    var actor: String
    /// The stance topic.
    var topic: String
    /// Where the actor is named in the sentence, if it is.
    var actorSpan: Range<Int>?
    /// Where the topic is named in the sentence, if it is.
    var topicSpan: Range<Int>?
    /// Whether the topic span is a pointer back to a topic named before ("the proposal").
    var referred = false
    /// Whether the topic is only the one named before, carried to a sentence that names none.
    var carried = false
    /// The polarity the rules gave the pair, if they made a claim of it.
    var rule: Polarity?
    /// The index of the rules' claim among the sentence's claims, if any.
    var claimIndex: Int?
}
