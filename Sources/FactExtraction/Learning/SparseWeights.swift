/// Weights of features for labels, stored sparsely: for each feature key, only the labels it
/// weighs, in one contiguous run.
struct SparseWeights: Sendable {
    /// One weight: the label it weighs and its value, side by side so a run is read in one pass.
    private struct Entry: Sendable {
        var label: Int32
        var weight: Float
    }

    /// One slot of the open-addressed table of feature keys: a key and its run of entries, where
    /// the run starts (high 32 bits) and how long it is (low 32 bits); an empty slot has no run.
    private struct Row: Sendable {
        var key: UInt64
        var run: UInt64
    }

    /// The run of an empty slot: a slot with a key always has one, if of length zero.
    private static let noRun = UInt64.max
    /// The rows, a power of two of them; a probe reads the key and its run from one slot.
    private let rows: [Row]
    private let shift: UInt64
    /// How many feature keys carry weights.
    let count: Int
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
        var bits: UInt64 = 3
        while (1 << bits) < runs.count * 2 { bits += 1 }
        shift = 64 - bits
        var table = [Row](repeating: Row(key: 0, run: Self.noRun), count: 1 << bits)
        let mask = table.count - 1
        var count = 0
        for (key, run) in runs {
            var slot = WordHash.homeSlot(of: key, shift: shift)
            while table[slot].run != Self.noRun, table[slot].key != key { slot = (slot + 1) & mask }
            guard table[slot].run == Self.noRun else { continue }
            table[slot] = Row(key: key, run: run)
            count += 1
        }
        self.rows = table
        self.count = count
        self.entries = entries
    }

    /// The run of a feature key's entries, if it has a row.
    @inline(__always)
    private func run(of key: UInt64) -> UInt64? {
        rows.withUnsafeBufferPointer { rows in
            let mask = rows.count - 1
            var slot = WordHash.homeSlot(of: key, shift: shift)
            while true {
                let row = rows[slot]
                if row.run == Self.noRun { return nil }
                if row.key == key { return row.run }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The range of a run packed by `init`.
    @inline(__always)
    private static func range(_ run: UInt64) -> Range<Int> {
        let start = Int(run >> 32)
        return start..<start + Int(run & 0xFFFF_FFFF)
    }

    /// The labels and weights of a feature key, if it has any.
    func weights(of key: UInt64) -> [(label: Int, weight: Float)]? {
        run(of: key).map { run in
            Self.range(run).map { (Int(entries[$0].label), entries[$0].weight) }
        }
    }

    /// Adds the weights of each key's labels to their scores.
    func add(_ keys: [UInt64], to scores: inout [Float]) {
        entries.withUnsafeBufferPointer { entries in
            scores.withUnsafeMutableBufferPointer { sums in
                for key in keys {
                    guard let run = run(of: key) else { continue }
                    for entry in entries[Self.range(run)] {
                        sums[Int(entry.label)] += entry.weight
                    }
                }
            }
        }
    }
}
