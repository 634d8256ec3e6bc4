/// Building blocks for Markdown output that article text can never break out of.
public enum Markdown {
    /// Text made inert inside a Markdown line: no HTML, no emphasis, links, code, table pipes,
    /// headings or line breaks survive as syntax.
    ///
    /// A `#` is escaped only where it could start a heading: as the first character of the text
    /// (after any spaces), since the text may begin a line or a list item.
    public static func inline(_ text: String) -> String {
        escape(text, headingAtStart: true)
    }

    /// Text made inert inside a table cell, as `inline`, except that `#` is never escaped: a
    /// heading cannot start inside a cell.
    public static func cell(_ text: String) -> String {
        escape(text, headingAtStart: false)
    }

    private static func escape(_ text: String, headingAtStart: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var previousWasSpace = false
        var atStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t":
                if !previousWasSpace { out += " " }
                previousWasSpace = true
                continue
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "|": out += "\\|"
            case "#":
                if headingAtStart, atStart { out += "\\" }
                out.unicodeScalars.append(scalar)
            case "\\", "`", "*", "_", "[", "]", "~", "!", "{", "}", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
            previousWasSpace = scalar == " "
            if scalar != " " { atStart = false }
        }
        return out
    }

    /// A code span: backticks and line breaks removed, nothing else needs escaping inside it
    /// (a pipe is escaped so the span can sit in a table cell).
    public static func code(_ text: String) -> String {
        var out = "`"
        for scalar in text.unicodeScalars where scalar != "`" && scalar.value >= 0x20 {
            if scalar == "|" { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out + "`"
    }

    /// A pipe table; cells are escaped with `cell` unless already marked safe by the caller.
    public static func table(_ header: [String], _ rows: [[String]], escaped: Bool = true) -> String
    {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { escaped ? cell($0) : $0 }.joined(separator: " | ") + " |"
        }
        var out = line(header) + "\n|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// A link whose label is escaped and whose target is kept only when it is an http(s) URL
    /// without characters that could end the link early.
    public static func link(_ label: String, _ url: String?) -> String {
        guard let url, isSafeURL(url) else { return inline(label) }
        return "[\(inline(label))](\(url))"
    }

    static func isSafeURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        return !url.unicodeScalars.contains {
            " <>()[]\"'`|\\".unicodeScalars.contains($0) || $0.value < 0x20
        }
    }
}
