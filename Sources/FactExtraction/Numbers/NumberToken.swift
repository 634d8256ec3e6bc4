/// What a token is.
enum NumberTokenKind: UInt8, Sendable {
    /// A run of ASCII letters; `code` is the lexicon index (0 when unknown).
    case word
    /// A number written with digits; `value` is the number and `code` holds `DigitFormat` bits.
    case number
    /// Any other visible character; `code` is a `NumberSymbol` raw value.
    case symbol
}

/// Punctuation and signs the parser distinguishes.
enum NumberSymbol: UInt16, Sendable {
    /// Anything else.
    case other = 0
    /// "$".
    case dollar
    /// Any other currency sign ("£", "€", "¥", "₹", "₿", "元", ...).
    case currency
    /// "%".
    case percent
    /// "-" (ASCII hyphen-minus or a Unicode hyphen).
    case hyphen
    /// "–" or "—".
    case dash
    /// "−" (the Unicode minus sign).
    case minusSign
    /// "~".
    case tilde
    /// ",".
    case comma
    /// ".".
    case period
    /// "/".
    case slash
    /// "^".
    case caret
    /// ":".
    case colon
    /// An apostrophe or single quote.
    case apostrophe
    /// A double quote (also inches).
    case quote
    /// "°".
    case degree
    /// "+".
    case plus
    /// "<".
    case less
    /// ">".
    case greater
    /// "=".
    case equals
    /// "&".
    case ampersand
    /// An opening bracket.
    case open
    /// A closing bracket.
    case close
}

/// Format facts about a digits token.
struct DigitFormat: OptionSet, Sendable {
    /// The bit set.
    let rawValue: UInt16

    /// Written with a decimal point ("2.5", ".08").
    static let decimal = DigitFormat(rawValue: 1 << 0)
    /// Written with thousands separators ("1,234", "40 000").
    static let grouped = DigitFormat(rawValue: 1 << 1)
    /// Written with an exponent ("1e10").
    static let exponent = DigitFormat(rawValue: 1 << 2)
    /// A digit fraction ("3/4").
    static let slashFraction = DigitFormat(rawValue: 1 << 3)
    /// A clock time ("10:30"); `value` is hours plus minutes / 60.
    static let clock = DigitFormat(rawValue: 1 << 4)
    /// A numeric date ("2023-11-06", "11/06/2023"); `value` is the day.
    static let date = DigitFormat(rawValue: 1 << 5)
    /// Includes a vulgar-fraction sign ("½", "2½").
    static let glyphFraction = DigitFormat(rawValue: 1 << 6)
    /// Starts with a zero digit followed by more digits ("0033").
    static let leadingZero = DigitFormat(rawValue: 1 << 7)

    /// Formats that make a token something other than a plain amount.
    static let special = DigitFormat(rawValue: clock.rawValue | date.rawValue)
    /// Formats that make a token something other than a plain integer.
    static let notPlain = DigitFormat(
        rawValue: decimal.rawValue | exponent.rawValue | slashFraction.rawValue | clock.rawValue
            | date.rawValue
            | glyphFraction.rawValue)

    /// Formats the phrase grammar treats specially (dates, clocks, fractions).
    static let notPlainAmount = DigitFormat(
        rawValue: slashFraction.rawValue | clock.rawValue | date.rawValue | glyphFraction.rawValue)

    /// Whether any bit of `other` is set (a non-generic, always-inlined test).
    @inline(__always) func has(_ other: DigitFormat) -> Bool { rawValue & other.rawValue != 0 }

    /// Sets the bits of `other`.
    @inline(__always) mutating func add(_ other: DigitFormat) {
        self = DigitFormat(rawValue: rawValue | other.rawValue)
    }
}

/// One token: a word, a number or a symbol, with its byte span.
struct NumberToken: Sendable {
    /// Byte offset of the first byte.
    var start: Int
    /// Byte offset after the last byte.
    var end: Int
    /// What the token is.
    var kind: NumberTokenKind
    /// `NumberToken.spaceBefore`, `NumberToken.upperFirst`, `NumberToken.allUpper` bits.
    var flags: UInt8
    /// Lexicon index, `NumberSymbol` or `DigitFormat` bits, depending on `kind`.
    var code: UInt16
    /// For numbers: the count of integer digits (capped at 65535).
    var digits: UInt16
    /// For numbers: the value.
    var value: Double

    /// Whitespace separates this token from the previous one.
    static let spaceBefore: UInt8 = 1
    /// The word starts with an upper-case letter.
    static let upperFirst: UInt8 = 2
    /// Every letter of the word is upper-case.
    static let allUpper: UInt8 = 4

    /// Whether whitespace separates this token from the previous one.
    @inline(__always) var isSpaced: Bool { flags & NumberToken.spaceBefore != 0 }
    /// The number format bits of a number token.
    @inline(__always) var format: DigitFormat { DigitFormat(rawValue: code) }
    /// The symbol of a symbol token.
    @inline(__always) var symbol: NumberSymbol {
        isSymbol ? NumberSymbol(rawValue: code) ?? .other : .other
    }
    /// Whether this is a word token.
    @inline(__always) var isWord: Bool { kind.rawValue == NumberTokenKind.word.rawValue }
    /// Whether this is a number token.
    @inline(__always) var isNumber: Bool { kind.rawValue == NumberTokenKind.number.rawValue }
    /// Whether this is a symbol token.
    @inline(__always) var isSymbol: Bool { kind.rawValue == NumberTokenKind.symbol.rawValue }
    /// Whether this is a number token holding a plain integer (no decimal, grouping-neutral).
    @inline(__always) var isPlainInteger: Bool {
        isNumber && !format.has(.notPlain)
    }
}

/// A growable array of tokens in manually managed memory, so appends skip the
/// copy-on-write checks of `Array`. The owner must call `deallocate()`.
struct NumberTokenBuffer {
    /// The first token.
    private(set) var base: UnsafeMutablePointer<NumberToken>
    /// How many tokens are stored.
    private(set) var count = 0
    /// How many tokens fit before the next growth.
    private var capacity: Int

    /// Creates an empty buffer with room for `capacity` tokens.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<NumberToken>.allocate(capacity: self.capacity)
    }

    /// Appends a token.
    @inline(__always) mutating func append(_ token: NumberToken) {
        if count == capacity {
            grow()
        }
        (base + count).initialize(to: token)
        count += 1
    }

    /// Doubles the capacity.
    private mutating func grow() {
        let bigger = UnsafeMutablePointer<NumberToken>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    /// The stored tokens.
    var tokens: UnsafeBufferPointer<NumberToken> { UnsafeBufferPointer(start: base, count: count) }

    /// Frees the memory.
    func deallocate() {
        base.deallocate()
    }
}
