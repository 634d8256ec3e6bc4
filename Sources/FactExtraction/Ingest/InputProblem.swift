/// Why an input was refused: which input, which line, what was wrong.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path, or `-` for standard input.
    public var origin: String
    /// The 1-based line, for JSON Lines input.
    public var line: Int?
    /// What was wrong, in words a user can act on.
    public var reason: String

    /// Creates a problem report.
    public init(origin: String, line: Int? = nil, reason: String) {
        self.origin = origin
        self.line = line
        self.reason = reason
    }

    /// `path:line: reason`.
    public var description: String {
        if let line { return "\(origin):\(line): \(reason)" }
        return "\(origin): \(reason)"
    }
}

/// The reasons an article is refused, as users see them.
public enum InputMessages {
    static let notUTF8 = "not valid UTF-8 text"
    static let binary = "binary data (NUL or control bytes), not an article"
    static let empty = "empty: no article text"
    static let noDate =
        "no date: give `date YYYY-MM-DD` in the file, `date:` in front matter, or --date"
    static let noSource =
        "no source: give `source` in the file, --source, or put it in a folder named for the source"
    /// The input exceeds the size limit.
    public static func tooLarge(_ bytes: Int) -> String {
        "larger than the input limit of \(ArticleParser.maximumBytes / 1_048_576) MB (\(bytes) bytes)"
    }
    static let unterminatedFrontMatter = "front matter starts with --- but has no closing ---"
    static func impossibleDate(_ text: String) -> String {
        "not a real date: \(text) (expected YYYY-MM-DD)"
    }
    static func malformedJSON(_ detail: String) -> String { "malformed JSON line: \(detail)" }
    static func badField(_ key: String, _ detail: String) -> String { "field `\(key)`: \(detail)" }
    static func badFrontMatter(_ detail: String) -> String {
        "front matter is not valid YAML: \(detail)"
    }
}
