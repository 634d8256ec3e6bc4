import FactLedgerCore

/// The stance board as rows, whatever the report's markup: one row per actor, one column per
/// topic, each cell the latest position (after the one before it, when it changed) and the day
/// it was stated when that falls in the period.
struct StanceBoard {
    /// The topics, one per column after the actor's.
    var topics: [String]
    /// One row per actor: its name, then a cell per topic.
    var rows: [[String]]

    /// What every rendering says under the board.
    static func legend(through: Day) -> String {
        "A cell shows the latest position as of \(through); an arrow marks a change from the position before; a date marks a position stated in this period."
    }

    /// The board of a report's stances; `text` escapes words for the markup, `strong` marks
    /// the current position after a change.
    init(_ data: ReportData, text: (String) -> String, strong: (String) -> String) {
        let actors = Array(Set(data.stances.compactMap(\.current.claim.actor))).sorted()
        let topics = Array(Set(data.stances.map(\.current.claim.topic))).sorted()
        self.topics = topics
        rows = actors.map { actor in
            [text(actor)]
                + topics.map { topic in
                    guard
                        let entry = data.stances.first(where: {
                            $0.current.claim.actor == actor && $0.current.claim.topic == topic
                        })
                    else { return "" }
                    var cell = text(entry.current.claim.polarity?.rawValue ?? "")
                    if let previous = entry.previous,
                        previous.published <= entry.current.published
                    {
                        cell = "\(text(previous.claim.polarity?.rawValue ?? "")) → \(strong(cell))"
                    }
                    if entry.current.published >= data.from {
                        cell += " (\(entry.current.published.description.dropFirst(5)))"
                    }
                    return cell
                }
        }
    }
}
