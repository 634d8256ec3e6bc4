import FactLedgerCore

/// A rule's message with `{placeholders}` filled from the claims it names.
///
/// `{topic}`, `{facets}`, `{actor}`, then per claim `{a.source}`, `{a.value}`, `{a.date}`,
/// `{a.speaker}`, `{a.quote}`, `{b.…}` and so on, plus kind-specific values such as `{sum}` and
/// `{total}`. An unknown placeholder is an error when the rule is loaded.
public struct MessageTemplate: Sendable {
    /// The template as written.
    public let text: String
    private let pieces: [Piece]

    private enum Piece: Sendable {
        case literal(String)
        case placeholder(String)
    }

    /// The placeholders any rule may use.
    public static let claimFields = [
        "source", "value", "date", "speaker", "quote", "actor", "certainty",
    ]
    static let globals: Set<String> = [
        "topic", "facets", "actor", "sum", "total", "scope", "count",
    ]

    /// Parses a template; returns the name of an unknown placeholder as an error.
    public init(_ text: String) throws {
        self.text = text
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw MessageTemplateError.unclosed
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard MessageTemplate.isKnown(name) else { throw MessageTemplateError.unknown(name) }
            pieces.append(.placeholder(name))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        self.pieces = pieces
    }

    private static func isKnown(_ name: String) -> Bool {
        if globals.contains(name) { return true }
        let parts = name.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 1, let letter = parts[0].first,
            ("a"..."h").contains(letter)
        else {
            return false
        }
        return claimFields.contains(String(parts[1]))
    }

    /// The message for a match, with the spaces an empty placeholder leaves behind closed up.
    public func render(_ match: RuleMatch) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in fill(match).unicodeScalars {
            if scalar == " " {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace, !",;:).".unicodeScalars.contains(scalar) { out += " " }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    private func fill(_ match: RuleMatch) -> String {
        var out = ""
        let first = match.claims.first?.claim
        for piece in pieces {
            switch piece {
            case .literal(let text): out += text
            case .placeholder(let name):
                switch name {
                case "topic": out += first?.topic ?? ""
                case "facets": out += first.map { $0.facets.isEmpty ? "" : "(\($0.facets))" } ?? ""
                case "actor": out += match.values["scope"] ?? first?.actor ?? ""
                case "count": out += String(match.claims.count)
                default:
                    if let value = match.values[name] {
                        out += value
                    } else {
                        out += claimField(name, match)
                    }
                }
            }
        }
        return out
    }

    private func claimField(_ name: String, _ match: RuleMatch) -> String {
        let parts = name.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let letter = parts[0].unicodeScalars.first else { return "" }
        let index = Int(letter.value) - Int(UnicodeScalar("a").value)
        guard index >= 0, index < match.claims.count else { return "" }
        let stored = match.claims[index]
        switch parts[1] {
        case "source": return stored.source
        case "value": return stored.claim.valueText
        case "date": return stored.published.description
        case "speaker": return stored.claim.speaker ?? "unattributed"
        case "quote": return stored.claim.quote
        case "actor": return stored.claim.actor ?? ""
        case "certainty": return stored.claim.certainty.rawValue
        default: return ""
        }
    }
}

/// Why a message template was refused.
public enum MessageTemplateError: Error, CustomStringConvertible {
    /// A `{` without its `}`.
    case unclosed
    /// A placeholder no rule can fill.
    case unknown(String)

    public var description: String {
        switch self {
        case .unclosed: return "message has a '{' without a closing '}'"
        case .unknown(let name):
            return
                "message uses unknown placeholder {\(name)} (use topic, facets, actor, sum, total, count, or a.–h. followed by \(MessageTemplate.claimFields.joined(separator: ", ")))"
        }
    }
}
