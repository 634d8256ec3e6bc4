/// A run of words that together make one verb: auxiliaries, modals, negation, adverbs and the
/// main verb ("has now risen", "would not be allowed", "to free").
struct VerbGroup: Sendable {
    /// The tense or mood the group expresses.
    enum Form: String, Sendable, CaseIterable {
        /// "freed", "was freed", "did free".
        case past
        /// "frees", "is holding", "are held".
        case present
        /// "has freed", "have been freed".
        case perfect
        /// "will free", "is set to free".
        case future
        /// "would free", "could free", "may free".
        case conditional
        /// "to free".
        case infinitive
    }

    /// The tokens of the group.
    var range: Range<Int>
    /// The main verb's token (the last verb of the group).
    var head: Int
    /// Tense or mood.
    var form: Form
    /// Whether the group is negated ("would not allow").
    var isNegated: Bool
    /// Whether the group is passive ("were freed").
    var isPassive: Bool
    /// Whether the main verb cannot be passive ("died"): then it never describes a noun.
    var isIntransitive = false
    /// Whether the group is a bare participle after a noun in a clause with another verb: it
    /// describes the noun ("the hostages seized on 7 October were …") and is not the clause's verb.
    var isReducedRelative = false
}

/// A noun phrase: determiners, figures and modifiers up to the head noun ("the remaining 137
/// hostages", "Israel's military").
struct NounChunk: Sendable {
    /// The tokens of the chunk.
    var range: Range<Int>
    /// The head noun's token.
    var head: Int
}

/// A clause: the words between clause boundaries, with its subject, verb group and object.
struct Clause: Sendable {
    /// The tokens of the clause.
    var range: Range<Int>
    /// The index of the clause's first verb group, if it has one.
    var verb: Int?
    /// The index of the noun chunk before the verb that is its subject.
    var subject: Int?
    /// The index of the noun chunk after the verb that is its object.
    var object: Int?
}

/// Reported speech: who says it, with which verb, and which words are reported ("the army said
/// on Friday that 239 hostages …", "…, Qatar's foreign ministry said", "according to the UN").
struct SpeechFrame: Sendable {
    /// The speaker's tokens.
    var speaker: Range<Int>
    /// The attribution verb's (or "according to"'s) tokens.
    var verb: Range<Int>
    /// The tokens of what is reported.
    var content: Range<Int>
}
