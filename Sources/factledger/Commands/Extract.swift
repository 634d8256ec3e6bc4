import ArgumentParser
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactReports

extension FactLedgerCommand {
    /// `factledger extract`: one article's claims, stored nowhere.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Print the claims one article yields, with the rule behind each; stores nothing.",
            discussion:
                "The reviewer's 'why': every claim shows its quote, byte offsets and extraction rule."
        )

        @OptionGroup var rules: RulesOptions

        @Argument(help: "An article file (text, Markdown or JSON Lines), or - for standard input.")
        var article: String

        @Option(help: "The source to assume when the article names none.")
        var source: String = "unknown"

        @Option(help: "The publication date (YYYY-MM-DD) to assume when the article gives none.")
        var date: Day?

        @Option(help: "Output format: table, json (one array) or jsonl (one claim a line).")
        var format: ExtractFormat = .table

        /// The formats `extract` prints.
        enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
            case table, json, jsonl
        }

        func run() throws {
            let extractor = try rules.extractor()
            let (articles, refused) = try ArticleInput.read(
                article,
                defaults: ArticleDefaults(source: source, date: date))
            var objects: [JSONValue] = []
            var table = TextTable(header: [
                "#", "topic", "facets/actor", "value", "speaker", "certainty", "as_of",
                "provenance",
                "quote",
            ])
            for article in articles {
                for (index, claim) in extractor.claims(in: article).enumerated() {
                    let stored = StoredClaim(
                        id: Int64(index + 1), articleID: 0, source: article.source,
                        published: article.published,
                        ref: article.ref, url: article.url, version: 1, claim: claim)
                    objects.append(ClaimJSON.object(stored))
                    table.rows.append([
                        String(index + 1), claim.topic, claim.actor ?? claim.facets.description,
                        claim.valueText,
                        claim.speaker ?? "", claim.certainty.rawValue, claim.asOf.description,
                        claim.provenance,
                        TextTable.clip(claim.quote, 50),
                    ])
                }
            }
            switch format {
            case .json: Terminal.out(JSONValue.array(objects).text + "\n")
            case .jsonl: Terminal.out(objects.map { $0.text + "\n" }.joined())
            case .table: Terminal.out(objects.isEmpty ? "no claims\n" : table.text)
            }
            try ArticleInput.report(refused)
        }
    }
}
