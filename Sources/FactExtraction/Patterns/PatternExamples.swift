import FactLedgerCore

/// A claim pattern's example that did not come out as its file says.
public struct PatternExampleFailure: Sendable, CustomStringConvertible {
    /// The pattern's id.
    public var pattern: String
    /// The pattern file and the example's line.
    public var location: String
    /// The example sentence.
    public var text: String
    /// What is wrong.
    public var reason: String

    public var description: String { "\(location): \(pattern): \(reason) — \(text)" }
}

extension ClaimExtractor {
    /// The day pattern examples are read as published on.
    static let exampleDay = Day(iso: "2023-11-27")!

    /// How a numeric claim is written in pattern examples: `topic {facets} value`.
    public static func exampleText(_ claim: Claim) -> String {
        let facets = claim.facets.isEmpty ? "" : " {\(claim.facets)}"
        return "\(claim.topic)\(facets) \(claim.quantity?.text ?? "")"
    }

    /// Runs every claim pattern's examples through the rules (not the learned models): each must
    /// yield exactly the numeric claims listed, a trigger through the pattern, a pass not through
    /// it.
    public func patternExampleFailures() -> [PatternExampleFailure] {
        var failures: [PatternExampleFailure] = []
        // An example shows what its pattern reads: the learned models, which review readings,
        // are not asked.
        let rules = withoutLearnedModels
        for pattern in matcher.set.patterns {
            let examples = pattern.triggers.map { ($0, true) } + pattern.passes.map { ($0, false) }
            for (example, fires) in examples {
                let article = Article(
                    source: "examples", published: Self.exampleDay, body: example.text,
                    origin: pattern.id)
                let claims = rules.claims(in: article).filter { $0.kind == .numeric }
                let found = claims.map(Self.exampleText).sorted()
                let location = "\(pattern.file):\(example.line ?? 0)"
                if found != example.claims.sorted() {
                    failures.append(
                        PatternExampleFailure(
                            pattern: pattern.id, location: location, text: example.text,
                            reason: "expected \(example.claims.sorted()), found \(found)"))
                    continue
                }
                let fired = claims.contains {
                    $0.provenance.split(separator: ":").contains(Substring(pattern.id))
                }
                if fires, !fired, pattern.outcome != .none {
                    failures.append(
                        PatternExampleFailure(
                            pattern: pattern.id, location: location, text: example.text,
                            reason: "the pattern did not produce a claim"))
                } else if !fires, fired {
                    failures.append(
                        PatternExampleFailure(
                            pattern: pattern.id, location: location, text: example.text,
                            reason: "the pattern fired on a sentence it must pass"))
                }
            }
        }
        return failures
    }
}
