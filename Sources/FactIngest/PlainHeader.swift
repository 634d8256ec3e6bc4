/// Reads the plain-text header: `date YYYY-MM-DD`, optionally `source NAME` and `url URL`, at
/// the very start of the first line.
///
/// When anything else follows the date on that line, it is the start of the body.
enum PlainHeader {
    static func parse(_ text: String) throws -> ArticleParser.Fields {
        var fields = ArticleParser.Fields()
        let trimmed = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        guard trimmed.utf8.count >= 5, trimmed.prefix(5).lowercased() == "date " else {
            fields.body = text
            return fields
        }
        let afterKeyword = trimmed.dropFirst(5).drop { $0 == " " }
        let dateToken = afterKeyword.prefix { $0 != " " && $0 != "\n" && $0 != "\t" }
        fields.date = String(dateToken)
        var rest = afterKeyword.dropFirst(dateToken.count)
        let lineEnd = rest.firstIndex(of: "\n") ?? rest.endIndex
        var firstLine = rest[rest.startIndex..<lineEnd].drop { $0 == " " || $0 == "\t" }
        let afterLine = rest[lineEnd...]
        if hasKeyword(firstLine, "source") || hasKeyword(firstLine, "url") {
            if hasKeyword(firstLine, "source") {
                firstLine = firstLine.dropFirst(7)
                let urlMarker = firstLine.range(of: " url ")
                let name = urlMarker.map { firstLine[..<$0.lowerBound] } ?? firstLine
                fields.source = name.trimmingCharacters(in: .whitespaces)
                firstLine = urlMarker.map { firstLine[$0.lowerBound...].dropFirst() } ?? ""
            }
            if hasKeyword(firstLine, "url") {
                let value = firstLine.dropFirst(4).drop { $0 == " " }
                fields.url = String(value.prefix { $0 != " " && $0 != "\t" })
            }
            rest = afterLine
        }
        fields.body = String(rest)
        return fields
    }

    private static func hasKeyword(_ line: Substring, _ keyword: String) -> Bool {
        line.hasPrefix(keyword + " ")
    }
}
