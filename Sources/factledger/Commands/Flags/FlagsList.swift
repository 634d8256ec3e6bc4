import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand.Flags {
    /// `factledger flags list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List flags, most severe first.",
            discussion: """
                A flag is a dispute: a disagreement among the live claims, with its rule, topic, \
                facets, scope and episode (a day, a step of a series, or an edit). --format json and \
                jsonl print the flag object: id, rule, kind, level, status, topic, actor, message, \
                claims (claim ids), sources, dates, then known_on and reviews, then facets, tally, \
                scope, article, episode, sides, superseded_by, closes and explanation. At most \
                --limit flags are listed (50 unless given; 0 lists all), and a last line says how \
                many more match (on standard error for json and jsonl). Names given to --topic, \
                --rule and --source match in any case; an unknown one is refused with the closest \
                known names.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(
            help:
                "Only flags in this status: open, confirmed, dismissed, resolved or superseded (closed because the claims no longer give the disagreement)."
        )
        var status: FlagStatus?

        @Option(help: "Only flags at this level: info, low, medium, high or critical.")
        var level: Level?

        @Option(
            help:
                "Only flags about this topic (hostages.held), or a prefix (hostages or hostages.*); any case."
        )
        var topic: String?

        @Option(help: "Only flags of this rule (its id, as `rules list` shows it); any case.")
        var rule: String?

        @Option(help: "Only flags holding a claim of this source or of its aliases; any case.")
        var source: String?

        @Option(help: "Only flags knowable on or after this day.")
        var since: Day?

        @Option(help: "Only flags knowable on or before this day.")
        var until: Day?

        @Option(help: "At most this many flags, most severe first; 0 lists them all.")
        var limit: Int = Self.defaultLimit

        @Option(help: "Output format: table, json or jsonl.")
        var format: OutputFormat = .table

        /// How many flags are listed without --limit.
        static let defaultLimit = 50

        /// What a negative limit says.
        static let negativeLimitMessage = "--limit must be 0 (all) or more."

        /// What a period that ends before it starts says.
        static let backwardsPeriodMessage = "--since must not be after --until."

        /// What an empty listing says.
        static let noFlagsMessage = "no flags match"

        /// The line under a listing cut short by --limit.
        static func moreMessage(_ more: Int) -> String {
            "… \(NumberFormatting.count(more, "more flag")) (--limit 0 lists all)"
        }

        func validate() throws {
            if limit < 0 { throw ValidationError(Self.negativeLimitMessage) }
            if let since, let until, since > until {
                throw ValidationError(Self.backwardsPeriodMessage)
            }
        }

        func run() throws {
            let ledger = try self.ledger.open()
            var filter = FlagFilter(
                status: status, level: level, knownFrom: since, knownThrough: until,
                limit: limit == 0 ? nil : limit)
            if topic != nil || rule != nil || source != nil {
                let names = try LedgerNames(ledger: ledger)
                filter.topic = try topic.map { try NameCheck.resolveTopic($0, among: names.topics) }
                filter.ruleID = try rule.map {
                    try NameCheck.resolve($0, .rule, among: names.rules)
                }
                filter.source = try source.map(names.source)
            }
            let details = try ledger.flagDetails(filter)
            var more = 0
            if let limit = filter.limit, details.count == limit {
                more = try ledger.flagCounts(filter).reduce(0) { $0 + $1.count } - limit
            }
            switch format {
            case .json:
                Terminal.out(JSONValue.array(details.map(FlagJSON.object)).text + "\n")
                if more > 0 { Terminal.error(Self.moreMessage(more)) }
            case .jsonl:
                for detail in details { Terminal.out(FlagJSON.object(detail).text + "\n") }
                if more > 0 { Terminal.error(Self.moreMessage(more)) }
            case .table:
                var table = TextTable(header: [
                    "id", "level", "status", "rule", "topic", "episode", "sources", "message",
                ])
                for detail in details {
                    let flag = detail.flag
                    table.rows.append([
                        String(flag.id), flag.dispute.level.rawValue, flag.status.rawValue,
                        flag.dispute.ruleID, flag.dispute.topic, flag.dispute.episode.description,
                        detail.sources.joined(separator: ", "),
                        TextTable.clip(flag.dispute.message, 80),
                    ])
                }
                guard !details.isEmpty else {
                    Terminal.out(Self.noFlagsMessage + "\n")
                    return
                }
                Terminal.out(table.text)
                Terminal.out(
                    more > 0
                        ? Self.moreMessage(more) + "\n"
                        : NumberFormatting.count(details.count, "flag") + "\n")
            }
        }
    }
}

extension FlagStatus: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
