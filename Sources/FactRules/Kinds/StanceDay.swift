import FactLedgerCore

/// The stances about one actor and topic on one day, split by side, and the position they add
/// up to.
struct StanceDay {
    /// The claims for (support, demand).
    var favour: [WindowClaim] = []
    /// The claims against (oppose).
    var against: [WindowClaim] = []

    /// Splits claims by side, each side's first claim in content order at its front;
    /// conditional stances are on neither.
    init(_ claims: [WindowClaim]) {
        for claim in claims {
            switch claim.polarity?.side {
            case .favour?: favour.append(claim)
            case .against?: against.append(claim)
            default: break
            }
        }
        favour = WindowClaim.representativeFirst(favour)
        against = WindowClaim.representativeFirst(against)
    }

    /// The side more claims take, or nil when none or as many take each.
    var position: Polarity.Side? {
        if favour.count > against.count { return .favour }
        if against.count > favour.count { return .against }
        return nil
    }

    /// The claims of a side.
    func claims(on side: Polarity.Side) -> [WindowClaim] {
        side == .favour ? favour : side == .against ? against : []
    }

    /// "for", "against".
    static func word(_ side: Polarity.Side) -> String {
        switch side {
        case .favour: return "for"
        case .against: return "against"
        case .qualified: return "conditional"
        }
    }
}
