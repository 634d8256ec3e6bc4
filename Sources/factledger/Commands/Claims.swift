import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand {
    /// `factledger claims`: the timeline of stored claims.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the timeline of stored claims, per topic and source, oldest first.",
            discussion: """
                Each claim shows the earlier claim of the same source on the same topic, facets and \
                actor that it supersedes. --format json and jsonl print the stable claim object: \
                id, kind, topic, facets, actor, speaker, low, high, best, qualifier, polarity, \
                certainty, as_of, published, source, ref, version, quote, start, end (then \
                conditions, rule, supersedes). start and end are UTF-8 byte offsets in the body. \
                Names given to --topic, --source, --actor and --speaker match in any case; an \
                unknown one is refused with the closest known names. Claims of a source's aliases \
                are listed under the source.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(
            help: "Only this topic (hostages.held), or a prefix (hostages or hostages.*); any case."
        )
        var topic: String?

        @Option(help: "Only claims from this source or its aliases; any case.")
        var source: String?

        @Option(help: "Only numeric or only stance claims.")
        var kind: ClaimKind?

        @Option(help: "Only claims about this actor (a stance's holder); any case.")
        var actor: String?

        @Option(help: "Only claims attributed to this speaker; any case.")
        var speaker: String?

        @Option(help: "Only claims published on or after this day.")
        var since: Day?

        @Option(help: "Only claims published on or before this day.")
        var until: Day?

        @Option(help: "Output format: table, json or jsonl.")
        var format: OutputFormat = .table

        /// What a period that ends before it starts says.
        static let backwardsPeriodMessage = "--since must not be after --until."

        /// What an empty listing says.
        static let noClaimsMessage = "no claims match"

        func validate() throws {
            if let since, let until, since > until {
                throw ValidationError(Self.backwardsPeriodMessage)
            }
        }

        func run() throws {
            let ledger = try self.ledger.open()
            let names = try LedgerNames(ledger: ledger)
            let filter = ClaimFilter(
                topic: try topic.map { try NameCheck.resolveTopic($0, among: names.topics) },
                source: try source.map(names.source), kind: kind,
                actor: try actor.map { try NameCheck.resolve($0, .actor, among: names.actors) },
                speaker: try speaker.map {
                    try NameCheck.resolve($0, .speaker, among: names.speakers)
                }, since: since, until: until)
            let entries = try ledger.read { try $0.timeline(filter) }
            switch format {
            case .json:
                Terminal.out(
                    JSONValue.array(
                        entries.map { ClaimJSON.object($0.stored, supersedes: $0.supersedes) }
                    ).text + "\n")
            case .jsonl:
                for entry in entries {
                    Terminal.out(
                        ClaimJSON.object(entry.stored, supersedes: entry.supersedes).text + "\n")
                }
            case .table:
                var table = TextTable(header: [
                    "id", "published", "source", "topic", "facets/actor", "value", "speaker",
                    "certainty", "supersedes",
                    "quote",
                ])
                for entry in entries {
                    let stored = entry.stored
                    let claim = stored.claim
                    table.rows.append([
                        String(stored.id), stored.published.description, stored.source, claim.topic,
                        claim.actor ?? claim.facets.description, claim.valueText,
                        claim.speaker ?? "",
                        claim.certainty.rawValue, entry.supersedes.map(String.init) ?? "",
                        TextTable.clip(claim.quote, 60),
                    ])
                }
                Terminal.out(
                    entries.isEmpty
                        ? Self.noClaimsMessage + "\n"
                        : table.text + "\(NumberFormatting.count(entries.count, "claim"))\n")
            }
        }
    }
}

extension ClaimKind: ExpressibleByArgument {}
