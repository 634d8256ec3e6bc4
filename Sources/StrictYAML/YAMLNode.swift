import Yams

/// A YAML node read strictly: every accessor either returns the value asked for or throws an
/// error naming the file and line.
///
/// Values are read as plain strings and converted on request, so `2023-11-06` stays a date text
/// and `no` is never silently a boolean.
public struct YAMLNode: @unchecked Sendable {
    let node: Node
    /// The file the node came from.
    public let file: String

    /// The 1-based line the node starts on.
    public var line: Int? { node.mark.map { $0.line } }

    /// Largest document accepted, in bytes.
    public static let maximumBytes = 1 << 20
    /// Deepest nesting accepted.
    public static let maximumDepth = 32

    /// Parses one YAML document, refusing oversize input, aliases and anchors, and deep nesting.
    public static func parse(_ text: String, file: String) throws -> YAMLNode? {
        guard text.utf8.count <= maximumBytes else {
            throw YAMLError(
                file: file, line: nil, message: "larger than the limit of \(maximumBytes / 1024) KB"
            )
        }
        if let line = firstAnchorOrAlias(in: text) {
            throw YAMLError(file: file, line: line, message: "anchors and aliases are not allowed")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLError(
                file: file, line: YAMLNode.line(of: error), message: YAMLNode.summary(of: error))
        } catch {
            throw YAMLError(file: file, line: nil, message: "\(error)")
        }
        guard let node else { return nil }
        let root = YAMLNode(node: node, file: file)
        var visited = 0
        try root.checkShape(depth: 0, visited: &visited)
        return root
    }

    /// Most nodes a document may have.
    public static let maximumNodes = 100_000

    /// The line of the first `&anchor` or `*alias` outside quotes and comments, if any.
    static func firstAnchorOrAlias(in text: String) -> Int? {
        var line = 1
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            defer { previous = byte }
            if byte == 0x0A {
                line += 1
                inComment = false
                if quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") { continue }
                continue
            }
            if inComment { continue }
            if let open = quote {
                if byte == open, previous != UInt8(ascii: "\\") { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if previous == 0x20 || previous == 0x0A || previous == UInt8(ascii: "[")
                    || previous == UInt8(ascii: "{")
                    || previous == UInt8(ascii: ",") || previous == UInt8(ascii: ":")
                    || previous == UInt8(ascii: "-")
                {
                    quote = byte
                }
            case UInt8(ascii: "#"):
                if previous == 0x20 || previous == 0x0A { inComment = true }
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                if previous == 0x20 || previous == 0x0A || previous == UInt8(ascii: "[")
                    || previous == UInt8(ascii: "{")
                    || previous == UInt8(ascii: ",")
                {
                    return line
                }
            default:
                break
            }
        }
        return nil
    }

    private func checkShape(depth: Int, visited: inout Int) throws {
        visited += 1
        if visited > YAMLNode.maximumNodes {
            throw error("more than \(YAMLNode.maximumNodes) values")
        }
        if depth > YAMLNode.maximumDepth {
            throw error("nested deeper than \(YAMLNode.maximumDepth) levels")
        }
        if let anchor = node.anchor {
            throw error("anchors and aliases are not allowed (&\(anchor.rawValue))")
        }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                try YAMLNode(node: key, file: file).checkShape(depth: depth + 1, visited: &visited)
                try YAMLNode(node: value, file: file).checkShape(
                    depth: depth + 1, visited: &visited)
            }
        case .sequence(let sequence):
            for item in sequence {
                try YAMLNode(node: item, file: file).checkShape(depth: depth + 1, visited: &visited)
            }
        case .scalar, .alias:
            if case .alias = node { throw error("anchors and aliases are not allowed") }
        }
    }

    /// An error located at this node.
    public func error(_ message: String) -> YAMLError {
        YAMLError(file: file, line: line, message: message)
    }

    /// The pairs of a mapping whose keys must all be in `allowed` and include `required`.
    public func mapping(allowed: Set<String>, required: Set<String> = []) throws -> [String:
        YAMLNode]
    {
        let pairs = try orderedMapping()
        var result: [String: YAMLNode] = [:]
        for (key, value) in pairs {
            guard allowed.contains(key.text) else {
                throw key.node.error(
                    "unknown key '\(key.text)' (allowed: \(allowed.sorted().joined(separator: ", ")))"
                )
            }
            result[key.text] = value
        }
        for key in required.sorted() where result[key] == nil {
            throw error("missing required key '\(key)'")
        }
        return result
    }

    /// The pairs of a mapping in file order; duplicate keys are an error.
    public func orderedMapping() throws -> [(key: (text: String, node: YAMLNode), value: YAMLNode)]
    {
        guard case .mapping(let mapping) = node else {
            throw error("expected a mapping of key: value pairs")
        }
        var seen = Set<String>()
        var result: [(key: (text: String, node: YAMLNode), value: YAMLNode)] = []
        for (key, value) in mapping {
            let keyNode = YAMLNode(node: key, file: file)
            let text = try keyNode.string()
            guard seen.insert(text).inserted else { throw keyNode.error("duplicate key '\(text)'") }
            result.append(((text, keyNode), YAMLNode(node: value, file: file)))
        }
        return result
    }

    /// Whether the node is a mapping.
    public var isMapping: Bool {
        if case .mapping = node { return true }
        return false
    }

    /// Whether the node is a sequence.
    public var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }

    /// The items of a sequence.
    public func sequence() throws -> [YAMLNode] {
        guard case .sequence(let sequence) = node else { throw error("expected a list") }
        return sequence.map { YAMLNode(node: $0, file: file) }
    }

    /// A scalar as text.
    public func string() throws -> String {
        guard case .scalar(let scalar) = node else { throw error("expected a single value") }
        return scalar.string
    }

    /// A non-empty scalar text.
    public func nonEmptyString() throws -> String {
        let text = try string()
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw error("expected a non-empty value")
        }
        return text
    }

    /// A list of texts; a single scalar counts as a list of one.
    public func strings() throws -> [String] {
        if case .scalar = node { return [try string()] }
        return try sequence().map { try $0.string() }
    }

    /// A whole number.
    public func int() throws -> Int {
        let text = try string()
        guard let value = Int(text) else { throw error("expected a whole number, got '\(text)'") }
        return value
    }

    /// A number.
    public func double() throws -> Double {
        let text = try string()
        guard let value = Double(text), value.isFinite else {
            throw error("expected a number, got '\(text)'")
        }
        return value
    }

    /// `true` or `false`.
    public func bool() throws -> Bool {
        switch try string() {
        case "true": return true
        case "false": return false
        case let other: throw error("expected true or false, got '\(other)'")
        }
    }

    /// One of the raw values of an enumeration.
    public func value<T: RawRepresentable & CaseIterable>(of type: T.Type) throws -> T
    where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("'\(text)' is not one of: \(allowed)")
        }
        return value
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
            .composer(_, let problem, _, _):
            return "not valid YAML: \(problem)"
        default:
            return
                "not valid YAML: \(String(String(describing: error).split(separator: "\n").first ?? ""))"
        }
    }
}
