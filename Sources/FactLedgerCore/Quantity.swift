/// A stated figure as an interval: what the text allows the true value to be.
///
/// "over 200" is (200, ∞), "at least 200" is [200, ∞), "about 1,400" is roughly [1260, 1540]
/// with best 1400, "four" is [4, 4]. Two figures disagree only when their intervals cannot both
/// hold, beyond a tolerance.
public struct Quantity: Sendable, Hashable, Codable {
    /// The lowest value the statement allows.
    public var low: Double
    /// The highest value the statement allows; `.infinity` when unbounded.
    public var high: Double
    /// The single number a reader would quote, when there is one.
    public var best: Double?
    /// How the figure was stated.
    public var qualifier: Qualifier

    /// Creates a quantity from its parts.
    public init(low: Double, high: Double, best: Double?, qualifier: Qualifier) {
        self.low = low
        self.high = high
        self.best = best
        self.qualifier = qualifier
    }

    /// An exactly stated number.
    public static func exact(_ value: Double) -> Quantity {
        Quantity(low: value, high: value, best: value, qualifier: .exact)
    }

    /// Whether the low end is excluded ("over 200" excludes 200).
    public var lowIsOpen: Bool { qualifier == .over }
    /// Whether the high end is excluded ("fewer than 150" excludes 150).
    public var highIsOpen: Bool { qualifier == .under }

    /// The number the statement is anchored on: best, else the finite bound.
    public var anchor: Double {
        if let best { return best }
        if high.isFinite { return qualifier == .range ? (low + high) / 2 : high }
        return low
    }

    /// Whether both statements can hold at once within the tolerance.
    ///
    /// The slack is the larger of the absolute tolerance and the relative one applied to the
    /// larger of the two facing bounds, so 239 and 240 agree while 1,200 and 1,400 do not.
    public func agrees(with other: Quantity, tolerance: Tolerance) -> Bool {
        let lower: Quantity
        let upper: Quantity
        if high <= other.low {
            (lower, upper) = (self, other)
        } else if other.high <= low {
            (lower, upper) = (other, self)
        } else {
            return true
        }
        let distance = upper.low - lower.high
        let openTouch = distance == 0 && (lower.highIsOpen || upper.lowIsOpen)
        guard distance > 0 || openTouch else { return true }
        let slack = max(
            tolerance.absolute, tolerance.relative * max(abs(lower.high), abs(upper.low)))
        return slack > 0 ? distance <= slack : false
    }

    /// Whether two figures were stated the same way: same qualifier and the same bounds within
    /// the tolerance ("at least 8,500" and "at least 9,500" are different statements).
    public func statesSame(as other: Quantity, tolerance: Tolerance) -> Bool {
        func close(_ x: Double, _ y: Double) -> Bool {
            if x == y { return true }
            guard x.isFinite, y.isFinite else { return false }
            return abs(x - y) <= max(tolerance.absolute, tolerance.relative * max(abs(x), abs(y)))
        }
        return qualifier == other.qualifier && close(low, other.low) && close(high, other.high)
    }

    /// The band outside which another figure must lie to disagree with this one: a figure that
    /// disagrees lies wholly below its lower end or wholly above its upper end, so history
    /// queries can leave agreeing figures in the database.
    public func disagreementBand(_ tolerance: Tolerance) -> ClosedRange<Double> {
        let below = low - max(tolerance.absolute, tolerance.relative * abs(low))
        let above =
            high.isFinite
            ? high + max(tolerance.absolute, tolerance.relative * abs(high)) : .infinity
        return below...max(below, above)
    }

    /// Whether this interval lies inside the other and is strictly narrower.
    public func refines(_ other: Quantity) -> Bool {
        low >= other.low && high <= other.high && (low > other.low || high < other.high)
    }

    /// The figure as a reader would say it: "over 200", "about 1,400", "200–250".
    public var text: String {
        let number = { (value: Double) -> String in NumberFormatting.grouped(value) }
        switch qualifier {
        case .exact: return number(anchor)
        case .approximate: return "about " + number(anchor)
        case .over: return "over " + number(low)
        case .atLeast: return "at least " + number(low)
        case .under: return "fewer than " + number(high)
        case .atMost: return "up to " + number(high)
        case .range: return number(low) + "–" + number(high)
        case .vague:
            return high.isFinite
                ? "\(number(low))–\(number(high)) (vague)" : "\(number(low))+ (vague)"
        }
    }
}

/// How far apart two figures may be and still agree: the larger of both bounds applies.
public struct Tolerance: Sendable, Hashable, Codable {
    /// A share of the figure, 0.05 for five percent.
    public var relative: Double
    /// A count.
    public var absolute: Double

    /// Creates a tolerance.
    public init(relative: Double = 0, absolute: Double = 0) {
        self.relative = relative
        self.absolute = absolute
    }

    /// No slack at all.
    public static let none = Tolerance()
}
