/// The qualifiers that narrow a topic: `{place: Gaza}`, `{nationality: American}`.
///
/// Kept sorted by key so equal facets have one canonical text form, used as a database key.
public struct Facets: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The key–value pairs, sorted by key.
    public private(set) var pairs: [(key: String, value: String)]

    /// Creates facets from a dictionary.
    public init(_ values: [String: String] = [:]) {
        pairs = values.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    /// Parses the canonical form `key=value;key=value` (empty for none).
    public init(canonical: String) {
        var values: [String: String] = [:]
        for part in canonical.split(separator: ";") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            values[String(part[..<equals])] = String(part[part.index(after: equals)...])
        }
        self.init(values)
    }

    /// The value for a key.
    public subscript(key: String) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            var values = dictionary
            values[key] = newValue
            self = Facets(values)
        }
    }

    /// Whether there are no facets.
    public var isEmpty: Bool { pairs.isEmpty }

    /// The facets as a dictionary.
    public var dictionary: [String: String] {
        Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) })
    }

    /// The canonical text form: `key=value;key=value`, empty for none.
    public var canonical: String { pairs.map { "\($0.key)=\($0.value)" }.joined(separator: ";") }

    /// A readable form: `place: Gaza, nationality: American`.
    public var description: String {
        pairs.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    }

    public static func == (lhs: Facets, rhs: Facets) -> Bool { lhs.canonical == rhs.canonical }
    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: String].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(dictionary)
    }
}
