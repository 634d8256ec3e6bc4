import FactLedgerCore
import Foundation

/// Bounded property-based fuzzing: random and mutated inputs from a seed, for a number of
/// iterations set by `FACTLEDGER_FUZZ_ITERATIONS` (default small enough for every test run).
public struct Fuzz {
    private var random: SplitMix

    /// Iterations per fuzz test.
    public static var iterations: Int {
        Int(ProcessInfo.processInfo.environment["FACTLEDGER_FUZZ_ITERATIONS"] ?? "") ?? 1500
    }

    /// Creates a fuzzer from a seed.
    public init(seed: UInt64) { random = SplitMix(seed: seed) }

    /// The next random number.
    public mutating func next() -> UInt64 { random.next() }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    /// A copy of the seed bytes with random flips, insertions, deletions and splices of
    /// interesting fragments.
    public mutating func mutate(_ seed: [UInt8], fragments: [String]) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + below(6)) {
            switch below(6) {
            case 0 where !bytes.isEmpty:
                bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: next())
            case 1: bytes.insert(UInt8(truncatingIfNeeded: next()), at: below(bytes.count + 1))
            case 2 where !bytes.isEmpty: bytes.remove(at: below(bytes.count))
            case 3:
                let fragment = Array(fragments[below(fragments.count)].utf8)
                bytes.insert(contentsOf: fragment, at: below(bytes.count + 1))
            case 4 where bytes.count > 2:
                let start = below(bytes.count - 1)
                bytes.removeSubrange(start..<min(bytes.count, start + below(8) + 1))
            default:
                bytes.append(
                    contentsOf: (0..<below(12)).map { _ in UInt8(truncatingIfNeeded: next()) })
            }
        }
        return bytes
    }
}
