/// Comma-separated values as RFC 4180 has them: a field holding a comma, a double quote, a
/// carriage return or a line feed is quoted, with its double quotes doubled; records end with
/// CRLF.
public enum CSV {
    /// One record, with its CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "\",\r\n".unicodeScalars.contains($0) }) else {
            return text
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            out.unicodeScalars.append(scalar)
            if scalar == "\"" { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// The header of a JSON object's CSV form: its keys, in order.
    public static func header(_ object: JSONValue) -> [String] {
        guard case .object(let pairs) = object else { return [] }
        return pairs.map(\.0)
    }

    /// A JSON object's values as CSV fields, in key order: text as it is, numbers and booleans
    /// as JSON writes them, `null` as an empty field, and arrays and objects as their compact
    /// JSON text.
    public static func fields(_ object: JSONValue) -> [String] {
        guard case .object(let pairs) = object else { return [] }
        return pairs.map { pair in
            switch pair.1 {
            case .null: return ""
            case .string(let text): return text
            default: return pair.1.text
            }
        }
    }
}
