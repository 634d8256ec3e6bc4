/// One element of a claim pattern's `match` text.
enum PatternElement: Sendable, Equatable {
    /// `FIGURE`: the number the pattern is about.
    case figure
    /// `NOUN`: the counted noun, with the modifiers and facet words before it.
    case noun
    /// `TOLL`: a measure's toll phrase ("death toll").
    case toll
    /// `CUE`: a measure's cue phrase ("released").
    case cue
    /// `FACET`: a facet word ("Israelis").
    case facet
    /// `PLACE`: a place or other facet the vocabulary reads from the nearest name ("in Syria"
    /// names the place of "2,662 of them in Syria").
    case place
    /// `OTHER`: another figure of the sentence ("24 of the 50 captives").
    case other
    /// `THING`: a common noun the vocabulary does not count ("1,000 calls", "two countries").
    case thing
    /// `NAME`: a capitalized word inside the sentence ("Haim" in "Yotam Haim, 28,").
    case name
    /// `...`: up to eight tokens, with no figure and no semicolon or colon among them.
    case gap
    /// Literal words, any one of them (`rose|risen`), one token each.
    case words([UInt64])
    /// `@name`: any phrase of a named list.
    case list(String)

    /// How many times the element may occur.
    enum Repeat: Sendable, Equatable {
        /// Exactly once.
        case once
        /// `?`: zero or one time.
        case optional
        /// `*`: any number of times.
        case any
    }
}

/// A pattern element with how often it may occur.
struct PatternStep: Sendable, Equatable {
    /// The element.
    var element: PatternElement
    /// How often.
    var repeats: PatternElement.Repeat
}
