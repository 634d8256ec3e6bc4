/// One number found in text, with its byte span.
///
/// Spans cover the number expression itself: a leading sign, a currency symbol written before
/// it, scale words or suffixes ("2.3 million", "10k") and a percent sign or word after it.
/// Units are not part of the span.
public struct NumberMention: Sendable, Equatable {
    /// What kind of quantity the number is.
    public enum Role: String, Sendable {
        /// A plain count or amount.
        case cardinal
        /// A rank such as "first" or "21st"; `value` is the rank.
        case ordinal
        /// A calendar year such as "1948".
        case year
        /// A day of a month ("October 7", "2023-11-06"); `value` is the day of the month.
        case date
        /// A clock time ("10:30", "3 p.m."); `value` is the hour plus minutes / 60.
        case time
        /// A percentage ("45%", "twenty percent"); `value` is the number as written.
        case percent
        /// An age ("85-year-old", "aged 9").
        case age
        /// An amount of money ("$20", "£ 50 million").
        case money
        /// A number attached to a unit ("10kg", "30 days", "four-day").
        case measure
    }

    /// The number (the low end for ranges).
    public var value: Double
    /// The high end when the mention is a range.
    public var upper: Double?
    /// UTF-8 byte offset where the mention starts, inclusive.
    public var start: Int
    /// UTF-8 byte offset where the mention ends, exclusive.
    public var end: Int
    /// What kind of quantity the number is.
    public var role: Role
    /// Whether the number is written (at least partly) in words.
    public var isWords: Bool
    /// Whether the number is a "two sets of two" style product.
    public var isMultiplied: Bool

    /// Creates a mention from its parts.
    public init(
        value: Double,
        upper: Double? = nil,
        start: Int,
        end: Int,
        role: Role = .cardinal,
        isWords: Bool = false,
        isMultiplied: Bool = false
    ) {
        self.value = value
        self.upper = upper
        self.start = start
        self.end = end
        self.role = role
        self.isWords = isWords
        self.isMultiplied = isMultiplied
    }
}
