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
        pairs = []
        guard !canonical.isEmpty else { return }
        for part in canonical.utf8.split(separator: UInt8(ascii: ";")) {
            guard let equals = part.firstIndex(of: UInt8(ascii: "=")) else { continue }
            self[String(Substring(part[..<equals]))] = String(
                Substring(part[part.index(after: equals)...]))
        }
    }

    /// The value for a key.
    public subscript(key: String) -> String? {
        get { pairs.first { $0.key == key }?.value }
        set {
            // Kept sorted by key in place: facets are built word by word during extraction.
            let index = pairs.firstIndex { $0.key >= key } ?? pairs.endIndex
            let present = index < pairs.endIndex && pairs[index].key == key
            switch (present, newValue) {
            case (true, let value?): pairs[index].value = value
            case (true, nil): pairs.remove(at: index)
            case (false, let value?): pairs.insert((key, value), at: index)
            case (false, nil): break
            }
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

    public static func == (lhs: Facets, rhs: Facets) -> Bool {
        lhs.pairs.count == rhs.pairs.count
            && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.key)
            hasher.combine(pair.value)
        }
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: String].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(dictionary)
    }
}
