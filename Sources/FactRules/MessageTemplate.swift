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

    /// Whether the template shows a quote, which history reads separately.
    public var showsQuotes: Bool {
        pieces.contains {
            if case .placeholder(let name) = $0 { return name.hasSuffix(".quote") }
            return false
        }
    }

    /// What a message is rendered from: the claims it names (`a`, `b`, …), the topic and
    /// facets, extra values, and the quotes of the named claims when the template shows them.
    public struct Subject: Sendable {
        /// The named claims.
        public var claims: [WindowClaim]
        /// The topic.
        public var topic: String
        /// The facets.
        public var facets: Facets
        /// Extra values (`sum`, `total`, `scope`).
        public var values: [String: String]
        /// Quotes by claim id.
        public var quotes: [Int64: String]

        /// Creates a subject.
        public init(
            claims: [WindowClaim], topic: String, facets: Facets = Facets(),
            values: [String: String] = [:], quotes: [Int64: String] = [:]
        ) {
            self.claims = claims
            self.topic = topic
            self.facets = facets
            self.values = values
            self.quotes = quotes
        }
    }

    /// The message, with the spaces an empty placeholder leaves behind closed up.
    public func render(_ match: Subject) -> String {
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

    private func fill(_ match: Subject) -> String {
        var out = ""
        let first = match.claims.first
        for piece in pieces {
            switch piece {
            case .literal(let text): out += text
            case .placeholder(let name):
                switch name {
                case "topic": out += match.topic
                case "facets": out += match.facets.isEmpty ? "" : "(\(match.facets))"
                case "actor": out += match.values["scope"] ?? first?.actor ?? ""
                case "count": out += match.values["count"] ?? String(match.claims.count)
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

    private func claimField(_ name: String, _ match: Subject) -> String {
        let parts = name.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let letter = parts[0].unicodeScalars.first else { return "" }
        let index = Int(letter.value) - Int(UnicodeScalar("a").value)
        guard index >= 0, index < match.claims.count else { return "" }
        let claim = match.claims[index]
        switch parts[1] {
        case "source": return claim.source
        case "value": return claim.valueText
        case "date": return claim.published.description
        case "speaker": return claim.speaker ?? "unattributed"
        case "quote": return match.quotes[claim.id] ?? ""
        case "actor": return claim.actor ?? ""
        case "certainty": return claim.certainty.rawValue
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
