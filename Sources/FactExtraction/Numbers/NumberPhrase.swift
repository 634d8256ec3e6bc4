/// The kind of the last element a number phrase took in.
enum NumberPhraseElement: UInt8, Sendable {
    /// Nothing yet.
    case none
    /// A digits token ("420", "2.38").
    case digits
    /// "zero" ... "nine".
    case unit
    /// "ten" ... "nineteen".
    case teen
    /// "twenty" ... "ninety".
    case tens
    /// A tens word followed by a unit ("forty-one").
    case tensUnit
    /// "hundred".
    case hundred
    /// A scale word ("thousand", "million", "lakh").
    case scale
    /// A scale abbreviation after digits ("10k", "1.2M").
    case abbreviation
    /// "dozen".
    case dozen
    /// A fraction ("three quarters", "a half", "3/4").
    case fraction
    /// "a" or "an" standing for one.
    case article
    /// "a couple", "a pair".
    case couple
    /// Decimal digits after "point".
    case decimal

    /// Whether the element is written as a word (so a hyphen may join the next word to it).
    var isWord: Bool {
        switch self {
        case .unit, .teen, .tens, .tensUnit, .hundred, .scale, .dozen, .fraction, .article, .couple,
            .decimal:
            return true
        default:
            return false
        }
    }
}

/// How the next element is joined to a number phrase.
enum NumberPhraseConnector: Sendable {
    /// Whitespace or nothing.
    case none
    /// A hyphen ("forty-one", "fifty - two").
    case hyphen
    /// "and" or "&".
    case and
    /// A comma ("three million, two hundred").
    case comma
}

/// A number phrase read from tokens.
struct NumberPhrase: Sendable {
    /// The value, before any sign.
    var value: Double
    /// The first token.
    var first: Int
    /// The token after the last one.
    var end: Int
    /// Whether any element is a word.
    var isWords: Bool
    /// Whether the phrase is an ordinal ("twenty-first", "21st").
    var isOrdinal: Bool
    /// How many elements the phrase took in.
    var elements: Int
    /// The last element.
    var last: NumberPhraseElement
    /// Whether any scale word or abbreviation of a million or more was used.
    var bigScale: Bool
    /// Whether any element is a digits token.
    var hasDigits: Bool
}

/// The running state of a number phrase while it is read.
///
/// The value is `total + group`: `total` holds what big scales ("thousand" and up) have
/// flushed, `group` the part below the last big scale. A joint ("and", ",") remembers the
/// group value at that point so a following fraction or "dozen" applies only to the new term.
struct NumberPhraseState: Sendable {
    /// Flushed big-scale amounts.
    var total = 0.0
    /// The amount below the last big scale.
    var group = 0.0
    /// `group` at the last joint.
    var groupAtJoint = 0.0
    /// Whether a joint was passed since the last big scale.
    var hasJoint = false
    /// Whether that joint came right after a big scale ("a million and a half").
    var jointAfterBigScale = false
    /// Whether that joint is a comma ("nine million, two thirds of them": two numbers).
    var jointIsComma = false
    /// The last big scale applied (infinity before any).
    var lastScale = Double.infinity
    /// The last element.
    var last = NumberPhraseElement.none
    /// Whether the group already holds a "hundred".
    var groupHasHundred = false
    /// The token after the last element taken in.
    var end = 0
    /// Whether any element is a word.
    var isWords = false
    /// How many elements were taken in.
    var elements = 0
    /// Whether the phrase turned out to be an ordinal.
    var isOrdinal = false
    /// Whether the last digits token had a decimal point or exponent.
    var digitsDecimal = false
    /// Whether a scale of a million or more was used.
    var bigScale = false
    /// Whether any element is a digits token.
    var hasDigits = false

    /// The part of the value a fraction or "dozen" applies to.
    var numerator: Double { hasJoint ? group - groupAtJoint : total + group }

    /// Divides the numerator by `denominator`.
    mutating func applyFraction(_ denominator: Double) {
        if hasJoint {
            group = groupAtJoint + (group - groupAtJoint) / denominator
        } else {
            group = (total + group) / denominator
            total = 0
            lastScale = .infinity
        }
        last = .fraction
    }
}

/// The outcome of offering one element to a phrase.
enum NumberPhraseStep {
    /// The element was taken in; the new state.
    case attached(NumberPhraseState)
    /// The element ends the phrase as an ordinal; the final state.
    case ordinal(NumberPhraseState)
    /// The element does not belong to the phrase.
    case stop
    /// The element shows the phrase went too far: go back to the last "hundred".
    case revertHundred
    /// The element shows the phrase went too far: go back to the last big scale.
    case revertScale
}
