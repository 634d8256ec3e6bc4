/// A plain-text table for terminals: columns padded to their widest cell.
public struct TextTable: Sendable {
    /// The header cells.
    public var header: [String]
    /// The body rows.
    public var rows: [[String]] = []

    /// Creates a table with a header.
    public init(header: [String]) {
        self.header = header
    }

    /// The table as lines of text, cells separated by two spaces.
    public var text: String {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// Shortens a cell to at most `limit` characters, ending in "…", on one line.
    public static func clip(_ text: String, _ limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
