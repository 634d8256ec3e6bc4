import FactIngest
import FactLedgerCore
import FactPipeline

/// An order to ingest a corpus in: by publication date, its reverse, or a random shuffle.
///
/// The versions of one article (one source and ref) keep their relative order in every order:
/// which text corrects which is part of the corpus, not of the order it arrives in.
public enum IngestOrder: Sendable, Hashable, CustomStringConvertible {
    /// By publication date, then key.
    case date
    /// The reverse of date order.
    case reverse
    /// A shuffle drawn from a seed.
    case random(seed: UInt64)

    /// Date order, reverse order and three random orders.
    public static let standard: [IngestOrder] = [
        .date, .reverse, .random(seed: 1), .random(seed: 2), .random(seed: 3),
    ]

    public var description: String {
        switch self {
        case .date: return "date order"
        case .reverse: return "reverse order"
        case .random(let seed): return "random order \(seed)"
        }
    }

    /// The items in this order; `byDate` gives them in date order, `article` names the article
    /// (source and ref) each is a version of.
    public func arrange<T>(_ byDate: [T], article: (T) -> String) -> [T] {
        var order: [Int]
        switch self {
        case .date: order = Array(byDate.indices)
        case .reverse: order = byDate.indices.reversed()
        case .random(let seed):
            var random = SplitMix(seed: seed)
            order = Array(byDate.indices)
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, random.below(index + 1))
            }
        }
        // The places the versions of one article took, given back to them in their own order.
        var places: [String: [Int]] = [:]
        for (place, index) in order.enumerated() {
            places[article(byDate[index]), default: []].append(place)
        }
        var arranged = order
        for (name, taken) in places where taken.count > 1 {
            let versions = byDate.indices.filter { article(byDate[$0]) == name }
            for (place, index) in zip(taken, versions) { arranged[place] = index }
        }
        return arranged.map { byDate[$0] }
    }
}
