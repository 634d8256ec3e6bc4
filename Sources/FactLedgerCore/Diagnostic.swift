/// A problem in an input a user gave: which file, which line, what was wrong.
///
/// Article inputs (`InputProblem`) and rule and vocabulary files (`YAMLError`) report through
/// this one type, so every message reads `file:line: message`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it (`-` for standard input, `built-in:…` for built-in rules).
    public var file: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong, in words a user can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
