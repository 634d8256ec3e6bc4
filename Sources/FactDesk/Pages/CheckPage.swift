import FactReports

/// Check an article: a form for its text, source and date, and what `factledger check` would
/// report about it.
enum CheckPage {
    /// The form, with the values given before and the report when there is one.
    static func html(
        text: String = "", source: String = "", date: String = "", report: String? = nil,
        error: String? = nil, token: CSRFToken
    ) -> String {
        var out = "<h1>Check an article</h1>\n"
        out +=
            "<p class=\"muted\">A dry run: the article goes through the real pipeline in a transaction that is rolled back, so the ledger is not changed.</p>\n"
        if let error { out += "<p class=\"error\">\(HTML.escape(error))</p>\n" }
        out += "<form method=\"post\" action=\"/check\">" + Layout.tokenField(token)
        out +=
            "<p><label>Article text<br><textarea name=\"text\" rows=\"12\" required>\(HTML.escape(text))</textarea></label></p>"
        out +=
            "<p><label>Source <input name=\"source\" value=\"\(HTML.escape(source))\" placeholder=\"outlet\"></label> "
        out +=
            "<label>Published <input type=\"date\" name=\"date\" value=\"\(HTML.escape(date))\"></label> "
        out += "<button type=\"submit\">Check</button></p></form>\n"
        if let report {
            out +=
                "<h2>What ingesting it would do</h2>\n<pre class=\"report\">\(HTML.escape(report))</pre>\n"
        }
        return Layout.page(title: "Check an article", content: out, token: token)
    }
}
