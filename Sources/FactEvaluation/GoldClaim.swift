import FactIngest
import FactLedgerCore
import FactPipeline
import Foundation

/// One hand-annotated claim an article must yield (a line of `gold/claims.jsonl`).
public struct GoldClaim: Sendable, Decodable {
    /// The article key (path relative to the articles folder, `#id` for JSON Lines).
    public var article: String
    /// `numeric` or `stance`.
    public var kind: ClaimKind
    /// The topic.
    public var topic: String
    /// Facets (numeric claims).
    public var facets: [String: String]?
    /// exact, approximate, over, at_least, under, at_most, range, vague (numeric claims).
    public var qualifier: Qualifier?
    /// The stated number (not for ranges or vague words).
    public var value: Double?
    /// A range's low end.
    public var low: Double?
    /// A range's high end.
    public var high: Double?
    /// The vague word ("dozens").
    public var word: String?
    /// The actor (stance claims).
    public var actor: String?
    /// The polarity (stance claims).
    public var polarity: Polarity?
    /// Who it is attributed to; not used for matching.
    public var speaker: String?
    /// How firmly it is put; not used for matching.
    public var certainty: Certainty?
    /// The words of the sentence the claim comes from, as written; lines an unmatched claim up
    /// with what was extracted from the same sentence. Not used for matching.
    public var evidence: String?

    /// Reads a JSON Lines gold file; a bad line is an error naming it.
    public static func load(path: String) throws -> [GoldClaim] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldError(message: "\(path): cannot be read")
        }
        var claims: [GoldClaim] = []
        let decoder = JSONDecoder()
        for (index, line) in data.split(
            separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
        ).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            do {
                claims.append(try decoder.decode(GoldClaim.self, from: Data(line)))
            } catch {
                throw GoldError(message: "\(path):\(index + 1): not a gold claim (\(error))")
            }
        }
        return claims
    }

    /// Whether an extracted claim is this one: topic and facets, actor where given, and the
    /// interval (numeric) or polarity (stance) agree.
    public func matches(_ claim: Claim) -> Bool {
        guard claim.kind == kind, claim.topic == topic else { return false }
        switch kind {
        case .stance: return claim.actor == actor && claim.polarity == polarity
        case .numeric: return sameFacets(claim) && sameValue(claim)
        }
    }

    /// Whether a numeric claim carries this annotation's facets.
    func sameFacets(_ claim: Claim) -> Bool {
        claim.facets == Facets(facets ?? [:])
    }

    /// Whether a numeric claim states this annotation's figure: the same qualifier family and
    /// the same number (a bound's number, a range's ends; any vague word matches a vague word).
    func sameValue(_ claim: Claim) -> Bool {
        guard let quantity = claim.quantity, let qualifier,
            quantity.qualifier.family == qualifier.family
        else { return false }
        func same(_ x: Double?, _ y: Double?) -> Bool {
            guard let x, let y else { return false }
            return abs(x - y) <= 1e-9 * max(1, abs(x))
        }
        switch qualifier.family {
        case "lower": return same(quantity.low, value)
        case "upper": return same(quantity.high, value)
        case "range": return same(quantity.low, low) && same(quantity.high, high)
        case "vague": return true
        default: return same(quantity.best, value)
        }
    }

    /// Whether an extracted claim comes from the sentence this annotation quotes (any sentence
    /// of the article when the annotation quotes none).
    func sameSentence(_ claim: Claim) -> Bool {
        guard let evidence, !evidence.isEmpty else { return true }
        return claim.quote.contains(evidence)
    }
}

/// A problem with an annotation file.
public struct GoldError: Error, CustomStringConvertible {
    /// What is wrong, with file and line.
    public var message: String
    public var description: String { message }
}
