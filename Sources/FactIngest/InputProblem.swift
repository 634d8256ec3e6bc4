import FactLedgerCore

/// Why an input was refused: a `Diagnostic` naming the input (`-` for standard input) and, for
/// JSON Lines, the line.
public typealias InputProblem = Diagnostic

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
