/// Weights of features for labels, stored sparsely: for each feature key, only the labels it
/// weighs, in one contiguous run.
struct SparseWeights: Sendable {
    /// One weight: the label it weighs and its value, side by side so a run is read in one pass.
    private struct Entry: Sendable {
        var label: Int32
        var weight: Float
    }

    /// Per feature key, where its run of entries starts (high 32 bits) and how long it is (low 32
    /// bits).
    private let rows: WordTable<UInt64>
    /// The weights, grouped by feature.
    private let entries: [Entry]

    /// Weights from each feature key's labels and weights; a key given twice keeps its first
    /// row, and zero weights are left out.
    init(_ rows: [(key: UInt64, weights: [(label: Int, weight: Float)])]) {
        var runs: [(UInt64, UInt64)] = []
        var entries: [Entry] = []
        runs.reserveCapacity(rows.count)
        for (key, weights) in rows {
            let start = entries.count
            for (label, weight) in weights where weight != 0 {
                entries.append(Entry(label: Int32(label), weight: weight))
            }
            runs.append((key, UInt64(start) << 32 | UInt64(entries.count - start)))
        }
        self.rows = WordTable(runs)
        self.entries = entries
    }

    /// The range of a run packed by `init`.
    @inline(__always)
    private static func range(_ run: UInt64) -> Range<Int> {
        let start = Int(run >> 32)
        return start..<start + Int(run & 0xFFFF_FFFF)
    }

    /// How many feature keys carry weights.
    var count: Int { rows.count }

    /// The labels and weights of a feature key, if it has any.
    func weights(of key: UInt64) -> [(label: Int, weight: Float)]? {
        rows[key].map { run in
            Self.range(run).map { (Int(entries[$0].label), entries[$0].weight) }
        }
    }

    /// Adds the weights of each key's labels to their scores.
    func add(_ keys: [UInt64], to scores: inout [Float]) {
        entries.withUnsafeBufferPointer { entries in
            scores.withUnsafeMutableBufferPointer { sums in
                for key in keys {
                    guard let run = rows[key] else { continue }
                    for entry in entries[Self.range(run)] {
                        sums[Int(entry.label)] += entry.weight
                    }
                }
            }
        }
    }
}
