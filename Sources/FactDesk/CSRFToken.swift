/// The token every form of one `serve` process carries and every POST must send back: 32
/// random bytes drawn when the process starts, compared in constant time.
public struct CSRFToken: Sendable, Equatable {
    /// The token as 64 lowercase hexadecimal digits.
    public let value: String

    /// A new random token.
    public init() {
        var generator = SystemRandomNumberGenerator()
        let hex = Array("0123456789abcdef")
        value = String((0..<64).map { _ in hex[Int(generator.next() % 16)] })
    }

    /// A token with a given value (for tests).
    public init(value: String) {
        self.value = value
    }

    /// Whether `candidate` is the token, looking at every byte whatever differs, so the time
    /// taken tells nothing about how much of it was right.
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(value.utf8)
        let given = Array(candidate.utf8)
        var difference = UInt8(truncatingIfNeeded: expected.count ^ given.count)
        for index in 0..<expected.count {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0 && !expected.isEmpty
    }
}
