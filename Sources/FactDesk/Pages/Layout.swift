import FactReports

/// The frame of every page: title, navigation, inline style, the CSRF token as a meta tag.
enum Layout {
    /// A whole page around `content`.
    static func page(title: String, content: String, token: CSRFToken) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="\(HTML.escape(token.value))">
        <title>\(HTML.escape(title)) · FactLedger desk</title>
        <style>\(HTML.styleSheet)</style></head>
        <body><header><a class="brand" href="/disputes">FactLedger desk</a>
        <a href="/disputes">Disputes</a><a href="/topics">Topics</a><a href="/check">Check an article</a></header>
        <main>
        \(content)
        </main></body></html>

        """
    }

    /// An error page with a message.
    static func error(title: String, message: String, token: CSRFToken) -> String {
        page(
            title: title,
            content: "<h1>\(HTML.escape(title))</h1><p class=\"error\">\(HTML.escape(message))</p>",
            token: token)
    }

    /// The hidden field carrying the token.
    static func tokenField(_ token: CSRFToken) -> String {
        "<input type=\"hidden\" name=\"token\" value=\"\(HTML.escape(token.value))\">"
    }

    /// A query string from name-value pairs, leaving out empty values.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { pair -> String? in
            guard let value = pair.1, !value.isEmpty else { return nil }
            return FormData.escape(pair.0) + "=" + FormData.escape(value)
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}
