/// Building blocks for HTML output that article text can never break out of: every piece of
/// text from an article, a source or a reviewer goes through `escape` before it is written.
public enum HTML {
    /// Text made inert in an element's content or a quoted attribute value: `&`, `<`, `>`, `"`
    /// and `'` become character references, and control characters other than tab and line
    /// breaks are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link whose label is escaped; the target is kept only when it is a plain http(s) URL
    /// (otherwise the label alone is written).
    public static func link(_ label: String, _ url: String?) -> String {
        guard let url, Markdown.isSafeURL(url) else { return escape(label) }
        return "<a href=\"\(escape(url))\" rel=\"noopener noreferrer\">\(escape(label))</a>"
    }

    /// A table: header cells and rows of cells that are already HTML.
    public static func table(_ header: [String], _ rows: [[String]], class name: String? = nil)
        -> String
    {
        var out = name.map { "<table class=\"\(escape($0))\">" } ?? "<table>"
        out += "<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>"
        out += "<tbody>"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>" }
        return out + "</tbody></table>\n"
    }

    /// The style sheet every FactLedger page and HTML report carries inline.
    public static let styleSheet = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
        header{background:#1f3a5f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.4em;align-items:center}
        header a{color:#fff;text-decoration:none;font-weight:600}header .brand{font-size:1.15em}
        main{padding:1em 1.4em;max-width:1200px}
        h1{font-size:1.4em;margin:.3em 0 .6em}h2{font-size:1.15em;margin:1.2em 0 .5em}
        table{border-collapse:collapse;background:#fff;margin:.4em 0 1em;width:100%}
        th,td{border:1px solid #d5d9e0;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#eef1f5;font-weight:600}
        .level-critical,.level-high{color:#b3261e;font-weight:700}.level-medium{color:#a15c00;font-weight:600}
        .level-low,.level-info{color:#4a5668}
        .status{display:inline-block;padding:0 .4em;border-radius:3px;background:#e4e8ee;font-size:.9em}
        .quote{font-style:italic}.muted{color:#5b6675;font-size:.92em}
        form.filters{display:flex;flex-wrap:wrap;gap:.6em;align-items:end;background:#fff;padding:.6em;border:1px solid #d5d9e0}
        form.filters label{display:flex;flex-direction:column;font-size:.85em}
        input,select,textarea,button{font:inherit}textarea{width:100%}
        .counts span{margin-right:1em}.notice{background:#fff4d6;border:1px solid #e0c36a;padding:.6em}
        .error{background:#fde7e7;border:1px solid #d98b8b;padding:.6em}
        .sides td:first-child{font-weight:600;width:9em}
        svg.chart{background:#fff;border:1px solid #d5d9e0;max-width:100%;height:auto}
        """
}
