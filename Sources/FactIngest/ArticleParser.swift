import FactLedgerCore
import Foundation
import Yams

/// Turns the bytes of one input into an article: plain text with a `date` line, Markdown with
/// YAML front matter, or one JSON line.
///
/// Validation happens here, before anything is stored: invalid UTF-8, binary data, an empty
/// body, a missing or impossible date each give an `InputProblem` naming the input.
public enum ArticleParser {
    /// The largest article accepted, in bytes.
    public static let maximumBytes = 8 * 1024 * 1024

    /// Parses a text or Markdown document.
    public static func document(_ bytes: [UInt8], origin: String, defaults: ArticleDefaults)
        -> Result<Article, InputProblem>
    {
        let problem = { (reason: String) in InputProblem(file: origin, message: reason) }
        let text: String
        switch validatedText(bytes) {
        // Files saved on Windows end their lines with CR LF; headers and front matter are
        // read line by line, so line endings are unified first.
        case .success(let value): text = unifiedLineEndings(value)
        case .failure(let reason): return .failure(problem(reason.message))
        }
        let fields: Fields
        do {
            if let frontMatter = try FrontMatter.split(text) {
                fields = try frontMatter.fields()
            } else {
                fields = try PlainHeader.parse(text)
            }
        } catch let reason as Reason {
            return .failure(problem(reason.message))
        } catch {
            return .failure(problem("\(error)"))
        }
        return article(from: fields, origin: origin, defaults: defaults).mapError {
            problem($0.message)
        }
    }

    /// Parses one line of a JSON Lines file (`date, source, title, url, id, text`).
    public static func jsonLine(
        _ bytes: ArraySlice<UInt8>, path: String, line: Int, defaults: ArticleDefaults
    ) -> Result<Article, InputProblem> {
        let problem = { (reason: String) in InputProblem(file: path, line: line, message: reason) }
        switch validatedText(Array(bytes)) {
        case .success: break
        case .failure(let reason): return .failure(problem(reason.message))
        }
        let object: [String: Any]
        do {
            let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
            guard let dictionary = value as? [String: Any] else {
                return .failure(problem(InputMessages.malformedJSON("expected an object")))
            }
            object = dictionary
        } catch {
            return .failure(problem(InputMessages.malformedJSON("not parseable JSON")))
        }
        var fields = Fields()
        for key in ["date", "source", "title", "url", "id", "text"] {
            guard let value = object[key], !(value is NSNull) else { continue }
            guard let string = value as? String else {
                return .failure(problem(InputMessages.badField(key, "expected a string")))
            }
            switch key {
            case "date":
                // A timestamp's day is the article's date.
                let day =
                    string.count > 10 && string.utf8.dropFirst(10).first == UInt8(ascii: "T")
                    ? String(string.prefix(10)) : string
                fields.date = day
            case "source": fields.source = string
            case "title": fields.title = string
            case "url": fields.url = string
            case "id": fields.id = string
            default: fields.body = string
            }
        }
        if fields.body == nil {
            return .failure(problem(InputMessages.badField("text", "missing")))
        }
        return article(from: fields, origin: "\(path):\(line)", defaults: defaults).mapError {
            problem($0.message)
        }
    }

    // MARK: - Parts

    /// The metadata and body an input gives, before defaults and validation.
    struct Fields {
        var date: String?
        var source: String?
        var title: String?
        var url: String?
        var id: String?
        var body: String?
    }

    /// A reason an input is refused.
    struct Reason: Error {
        var message: String
    }

    private static func article(from fields: Fields, origin: String, defaults: ArticleDefaults)
        -> Result<Article, Reason>
    {
        let body = normalized(fields.body ?? "")
        guard !body.isEmpty else { return .failure(Reason(message: InputMessages.empty)) }
        let day: Day
        if let text = fields.date {
            guard let parsed = Day(iso: text) else {
                return .failure(Reason(message: InputMessages.impossibleDate(text)))
            }
            day = parsed
        } else if let fallback = defaults.date {
            day = fallback
        } else {
            return .failure(Reason(message: InputMessages.noDate))
        }
        guard let source = nonEmpty(fields.source) ?? defaults.fallbackSource else {
            return .failure(Reason(message: InputMessages.noSource))
        }
        return .success(
            Article(
                source: source, published: day, title: nonEmpty(fields.title),
                url: nonEmpty(fields.url),
                externalID: nonEmpty(fields.id), body: body, origin: origin))
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty
        else { return nil }
        return trimmed
    }

    /// Checks size, UTF-8 and binary content; returns the text without a byte-order mark.
    static func validatedText(_ bytes: [UInt8]) -> Result<String, Reason> {
        guard bytes.count <= maximumBytes else {
            return .failure(Reason(message: InputMessages.tooLarge(bytes.count)))
        }
        for byte in bytes
        where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            return .failure(Reason(message: InputMessages.binary))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(Reason(message: InputMessages.notUTF8))
        }
        if text.utf8.first == 0xEF, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    /// Unifies line endings and trims surrounding white space, so offsets are stable.
    static func normalized(_ body: String) -> String {
        unifiedLineEndings(body).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text with CR LF and lone CR line endings turned into LF.
    static func unifiedLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
            of: "\r", with: "\n")
    }
}
