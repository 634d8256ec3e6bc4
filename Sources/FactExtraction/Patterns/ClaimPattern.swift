import FactLedgerCore

/// A claim pattern from `Rules/patterns/`: a sequence of elements around a figure that says
/// what the figure counts, or that it is no claim at all.
///
/// "the number of NOUN ... @change to FIGURE" links 229 to "captives" in "The number of captives
/// in the Strip has now risen to 229"; the vocabulary then names the topic from the noun and
/// the cue words, as it does for a figure standing right before its noun.
public struct ClaimPattern: Sendable {
    /// What a matched figure is.
    public enum Outcome: String, Sendable, CaseIterable {
        /// A figure of the noun, toll or cue the pattern binds.
        case claim
        /// Not a claim: an age, a superseded figure, a day of the war.
        case none
        /// A part of the total stated before it in the sentence ("13 of them Israelis").
        case part
        /// The same measure as the figure before it in the sentence, with facets of its own
        /// ("44,218 people died in Turkey and a further 5,914 in Syria").
        case sibling
        /// A figure given before told again: the same measure and tally as the last figure of
        /// the sentence, or of the sentence before, with the facets its own sentence names ("The
        /// count climbed to 80 on Thursday", "In Syria the figure was 1,444").
        case again
    }

    /// One example sentence and the claims the whole extractor must find in it.
    public struct Example: Sendable {
        /// The sentence.
        public var text: String
        /// The numeric claims expected, each as `topic {facets} qualifier value`, e.g.
        /// `hostages.held over 200` or `casualties.killed {place=Gaza} exact 10022`.
        public var claims: [String]
        /// The line in the pattern file.
        public var line: Int?
    }

    /// A short name, unique across the pattern files.
    public var id: String
    /// What construction the pattern reads.
    public var summary: String
    /// The elements, exactly one of them the figure.
    var steps: [PatternStep]
    /// What a match makes of the figure.
    public var outcome: Outcome
    /// A running total, an event, a planned figure or a level, when the construction says so
    /// ("bringing the total to 58").
    public var tally: Tally?
    /// The qualifier the construction gives the figure ("passed 9,500" is over 9,500).
    public var qualifier: Qualifier?
    /// The noun class the figure counts when the construction names it outside NOUN ("the
    /// bodies of five hostages" counts bodies) or has no NOUN ("a 10-member rescue team").
    public var counts: String?
    /// The words the figure must be written as, when the construction holds only for them
    /// ("the two were freed" points back to two people named before; "the 11 were freed" counts).
    public var figureWords: [String]?
    /// The largest value the figure may have, when the construction holds only for small ones
    /// ("Yotam Haim, 28," gives an age; "In Gaza, 11,078, including 4,506 children," a toll).
    public var figureAtMost: Double?
    /// The smallest value the figure may have ("the 1999 quake" names a year only from 1900 on).
    public var figureAtLeast: Double?
    /// Sentences where the pattern must fire, with every claim the extractor must find there.
    public var triggers: [Example]
    /// Sentences where the pattern must not fire, with every claim the extractor must find.
    public var passes: [Example]
    /// The file that declared the pattern.
    public var file: String
}

/// The claim patterns of a `Rules/patterns/` folder and the word lists they name.
public struct PatternSet: Sendable {
    /// The patterns, in the order they are tried: the first that matches a figure wins.
    public var patterns: [ClaimPattern]
    /// Named word lists (`@change`), list name → phrases.
    public var lists: [String: [String]]

    /// Creates a set from its parts.
    public init(patterns: [ClaimPattern] = [], lists: [String: [String]] = [:]) {
        self.patterns = patterns
        self.lists = lists
    }
}
