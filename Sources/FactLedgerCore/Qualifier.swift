/// How a figure was stated: exactly, approximately, as a bound, as a range or vaguely.
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    /// "four", "240".
    case exact
    /// "about 1,400", "nearly 200".
    case approximate
    /// "over 200", "more than 200": the figure is above the number.
    case over
    /// "at least 200": the figure is the number or above.
    case atLeast = "at_least"
    /// "fewer than 150": the figure is below the number.
    case under
    /// "up to 50", "as many as 50": the figure is the number or below.
    case atMost = "at_most"
    /// "between 200 and 250", "10 to 20".
    case range
    /// "dozens", "hundreds", "several".
    case vague

    /// The broad class the gold annotations and reports compare: bounds of either openness agree.
    public var family: String {
        switch self {
        case .over, .atLeast: return "lower"
        case .under, .atMost: return "upper"
        default: return rawValue
        }
    }
}
