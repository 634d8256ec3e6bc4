import Yams

/// A YAML front matter block (`---` … `---`) and the body after it.
struct FrontMatter {
    let yaml: String
    let body: String

    /// Splits a document that starts with `---`; `nil` when it does not.
    static func split(_ text: String) throws -> FrontMatter? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        let afterOpening = text.drop { $0 != "\n" }.dropFirst()
        var searchStart = afterOpening.startIndex
        while let marker = afterOpening[searchStart...].range(of: "---") {
            let atLineStart = marker.lowerBound == afterOpening.startIndex
                || afterOpening[afterOpening.index(before: marker.lowerBound)] == "\n"
            let lineEnd = afterOpening[marker.upperBound...].firstIndex(of: "\n") ?? afterOpening.endIndex
            let restOfLine = afterOpening[marker.upperBound..<lineEnd]
            if atLineStart, restOfLine.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                let body = lineEnd == afterOpening.endIndex ? "" : String(afterOpening[afterOpening.index(after: lineEnd)...])
                return FrontMatter(yaml: String(afterOpening[..<marker.lowerBound]), body: body)
            }
            searchStart = marker.upperBound
        }
        throw ArticleParser.Reason(message: InputMessages.unterminatedFrontMatter)
    }

    /// The known fields, read as plain strings (a date stays `YYYY-MM-DD` text).
    func fields() throws -> ArticleParser.Fields {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw ArticleParser.Reason(message: InputMessages.badFrontMatter(FrontMatter.firstLine(of: error)))
        }
        var fields = ArticleParser.Fields()
        fields.body = body
        guard let mapping = node?.mapping else {
            if node == nil { return fields }
            throw ArticleParser.Reason(message: InputMessages.badFrontMatter("expected key: value pairs"))
        }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            let text = value.scalar?.string
            switch name {
            case "date": fields.date = text
            case "source": fields.source = text
            case "title": fields.title = text
            case "url": fields.url = text
            case "id": fields.id = text
            default: continue
            }
        }
        return fields
    }

    private static func firstLine(of error: Error) -> String {
        String(String(describing: error).split(separator: "\n").first ?? "")
    }
}
