import Foundation
import StrictYAML

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
            let atLineStart =
                marker.lowerBound == afterOpening.startIndex
                || afterOpening[afterOpening.index(before: marker.lowerBound)] == "\n"
            let lineEnd =
                afterOpening[marker.upperBound...].firstIndex(of: "\n") ?? afterOpening.endIndex
            let restOfLine = afterOpening[marker.upperBound..<lineEnd]
            if atLineStart, restOfLine.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                let body =
                    lineEnd == afterOpening.endIndex
                    ? "" : String(afterOpening[afterOpening.index(after: lineEnd)...])
                return FrontMatter(yaml: String(afterOpening[..<marker.lowerBound]), body: body)
            }
            searchStart = marker.upperBound
        }
        throw ArticleParser.Reason(message: InputMessages.unterminatedFrontMatter)
    }

    /// The known fields, read as plain strings (a date stays `YYYY-MM-DD` text); other keys are ignored.
    func fields() throws -> ArticleParser.Fields {
        var fields = ArticleParser.Fields()
        fields.body = body
        let root: YAMLNode?
        do {
            root = try YAMLNode.parse(yaml, file: "front matter")
        } catch let error as YAMLError {
            // Front matter written by hand often carries an unquoted colon ("title: Live: day 3");
            // flat `key: value` lines are still read as such.
            guard let flat = flatFields() else {
                throw ArticleParser.Reason(message: InputMessages.badFrontMatter(error.message))
            }
            return flat
        }
        guard let root else { return fields }
        do {
            for (key, value) in try root.orderedMapping() {
                switch key.text {
                case "date": fields.date = try value.string()
                case "source": fields.source = try value.string()
                case "title": fields.title = try value.string()
                case "url": fields.url = try value.string()
                case "id": fields.id = try value.string()
                default: continue
                }
            }
        } catch let error as YAMLError {
            throw ArticleParser.Reason(
                message: InputMessages.badFrontMatter(
                    "line \((error.line ?? 0) + 1): \(error.message)"))
        }
        return fields
    }

    /// The known fields of front matter made only of `key: value` lines, each value taken as
    /// the rest of its line; `nil` when a line is anything else.
    private func flatFields() -> ArticleParser.Fields? {
        var fields = ArticleParser.Fields()
        fields.body = body
        for line in yaml.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let text = line.trimmingCharacters(in: [" ", "\t", "\r"])
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let colon = text.firstIndex(of: ":"),
                text[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }), !text[..<colon].isEmpty
            else { return nil }
            let value = text[text.index(after: colon)...].trimmingCharacters(in: [" ", "\t"])
            switch text[..<colon] {
            case "date": fields.date = value
            case "source": fields.source = value
            case "title": fields.title = value
            case "url": fields.url = value
            case "id": fields.id = value
            default: continue
            }
        }
        return fields
    }
}
