/// Renders numbers the way reports show them: grouped thousands, no trailing ".0".
public enum NumberFormatting {
    /// "1400" becomes "1,400"; "2.5" stays "2.5"; infinity becomes "∞".
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return value < 0 ? "-∞" : "∞" }
        if value == value.rounded(), abs(value) < 1e15 {
            let integer = Int64(value)
            let digits = String(integer.magnitude)
            var out = ""
            for (index, character) in digits.enumerated() {
                if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
                out.append(character)
            }
            return integer < 0 ? "-" + out : out
        }
        return plain(value)
    }

    /// A count with grouped thousands: 1234 becomes "1,234".
    public static func grouped(_ value: Int) -> String { grouped(Double(value)) }

    /// A count and its noun, plural unless the count is one: "1,234 claims", "1 flag".
    public static func count(_ value: Int, _ noun: String) -> String {
        "\(grouped(value)) \(noun)\(value == 1 ? "" : "s")"
    }

    /// The shortest exact decimal form, without grouping: "200", "2.5", "1e+20".
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
