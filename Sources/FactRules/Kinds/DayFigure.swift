import FactLedgerCore

/// The figure that a set of claims about one day agrees on, and how far another lies from it.
enum DayFigure {
    /// Whether a claim states a figure that can be compared: numeric and not vague.
    static func comparable(_ claim: WindowClaim) -> Bool {
        guard let quantity = claim.quantity else { return false }
        return quantity.qualifier != .vague
    }

    /// The reference claim: one quoting the lower median of the numbers quoted by the claims
    /// that state a single number (exact or approximate), else by all comparable claims; among
    /// those quoting it, the first in content order, so the choice never depends on the order
    /// the claims were stored in.
    static func reference(_ claims: [WindowClaim]) -> WindowClaim? {
        // One pass for the numbers, then the median number, then the first claim quoting it:
        // the numbers are sorted, never the claims.
        var points: [Double] = []
        var figures: [Double] = []
        points.reserveCapacity(claims.count)
        for claim in claims {
            guard let quantity = claim.quantity, quantity.qualifier != .vague else { continue }
            figures.append(quantity.anchor)
            if quantity.best != nil { points.append(quantity.anchor) }
        }
        let usePoints = !points.isEmpty
        var anchors = usePoints ? points : figures
        guard !anchors.isEmpty else { return nil }
        anchors.sort()
        let value = anchors[(anchors.count - 1) / 2]
        return WindowClaim.first(
            1,
            of: claims.lazy.filter { claim in
                guard let quantity = claim.quantity, quantity.qualifier != .vague,
                    !usePoints || quantity.best != nil
                else { return false }
                return quantity.anchor == value
            }
        ).first
    }

    /// Whether two claims' figures can both hold within the tolerance.
    static func agree(_ first: WindowClaim, _ second: WindowClaim, _ tolerance: Tolerance) -> Bool {
        guard let a = first.quantity, let b = second.quantity else { return true }
        return a.agrees(with: b, tolerance: tolerance)
    }

    /// "fewer than 150 (Meridian Post) lies 90 below 240 (Harbor Times), beyond the slack of
    /// 12 (tolerance 5 % or 2)": how far apart two disagreeing figures are and what was allowed.
    static func gap(_ claim: WindowClaim, from reference: WindowClaim, _ tolerance: Tolerance)
        -> String
    {
        guard let a = claim.quantity, let b = reference.quantity else { return "" }
        let below = a.high <= b.low
        let distance = below ? b.low - a.high : a.low - b.high
        let facing = below ? max(abs(a.high), abs(b.low)) : max(abs(b.high), abs(a.low))
        let slack = max(tolerance.absolute, tolerance.relative * facing)
        return
            "\(describe(claim)) lies \(number(distance)) \(below ? "below" : "above") \(describe(reference)), beyond the slack of \(number(slack))"
    }

    /// A number as an explanation shows it: grouped, at most one decimal.
    static func number(_ value: Double) -> String {
        NumberFormatting.grouped(value == value.rounded() ? value : (value * 10).rounded() / 10)
    }

    /// "over 200 (Harbor Times, 2023-11-06)".
    static func describe(_ claim: WindowClaim) -> String {
        var text = "\(claim.valueText) (\(claim.source)"
        if let speaker = claim.speaker { text += ", citing \(speaker)" }
        if claim.certainty.isHedged { text += ", \(claim.certainty.rawValue)" }
        return text + ")"
    }

    /// "3 claims from 2 outlets".
    static func count(_ claims: [WindowClaim]) -> String {
        let outlets = Set(claims.map(\.source)).count
        return
            "\(claims.count) claim\(claims.count == 1 ? "" : "s") from \(outlets) outlet\(outlets == 1 ? "" : "s")"
    }
}
