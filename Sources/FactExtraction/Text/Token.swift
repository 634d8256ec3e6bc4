/// One word or punctuation mark of a sentence, by byte span, with its vocabulary hash.
public struct Token: Sendable, Equatable {
    /// What sort of token it is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner hyphens or apostrophes.
        case word
        /// Starts with a digit.
        case number
        /// Any other visible character.
        case punctuation
    }

    /// Byte offset of the first byte.
    public var start: Int
    /// Byte offset just past the last byte.
    public var end: Int
    /// `WordHash` of the lower-cased token.
    public var hash: UInt64
    /// Word, number or punctuation.
    public var kind: Kind
    /// Whether the first letter is upper case.
    public var isCapitalized: Bool
}
