/// The part a word plays in its sentence, as the grammar layer tags it.
enum WordClass: UInt8, Sendable {
    /// A common noun, or a word the tagger knows nothing else about.
    case noun
    /// A capitalised name inside a sentence.
    case properNoun
    /// A main verb.
    case verb
    /// A form of be, have or do.
    case auxiliary
    /// will, would, could, may …
    case modal
    /// not, never.
    case negation
    /// the, a, its …
    case determiner
    /// in, of, to …
    case preposition
    /// he, they, which …
    case pronoun
    /// and, or, but.
    case coordinator
    /// that, because, while … (opens a clause).
    case subordinator
    /// A word ending in -ly, or a listed adverb.
    case adverb
    /// A participle or other word that qualifies the noun after it.
    case adjective
    /// Digits or a number word.
    case number
    /// A punctuation mark.
    case punctuation
    /// The infinitive marker "to" before a verb.
    case infinitive

    /// Whether the word can stand in a noun phrase.
    var isNominal: Bool {
        switch self {
        case .noun, .properNoun, .adjective, .number, .determiner: return true
        default: return false
        }
    }
}
