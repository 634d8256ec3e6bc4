import FactLedgerCore

/// What an input that does not say its source or date falls back to.
public struct ArticleDefaults: Sendable {
    /// `--source`, which wins over the folder name.
    public var source: String?
    /// The name of the folder the file is in.
    public var folderName: String?
    /// `--date`.
    public var date: Day?

    /// Creates defaults.
    public init(source: String? = nil, folderName: String? = nil, date: Day? = nil) {
        self.source = source
        self.folderName = folderName
        self.date = date
    }

    /// The source to use when the input names none.
    public var fallbackSource: String? { source ?? folderName }
}

extension ArticleDefaults {
    /// These defaults for a file at `path`: its parent folder's name becomes the folder fallback.
    public func forFile(at path: String) -> ArticleDefaults {
        var copy = self
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count >= 2, parts[parts.count - 2] != ".", parts[parts.count - 2] != ".." {
            copy.folderName = String(parts[parts.count - 2])
        }
        return copy
    }
}
