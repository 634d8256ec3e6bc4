import FactLedgerCore
import FactStore

/// The filters of the disputes list, read from a query string: status, level, topic, rule,
/// source, new since a day, and the page.
struct DisputeQuery {
    /// Only disputes in this status.
    var status: FlagStatus?
    /// Only disputes at this level.
    var level: Level?
    /// Only disputes about this topic.
    var topic: String?
    /// Only disputes of this rule.
    var rule: String?
    /// Only disputes with a claim from this source.
    var source: String?
    /// Only disputes known on or after this day.
    var since: Day?
    /// The page shown, from 1.
    var page = 1

    /// A value the filters cannot take.
    struct Invalid: Error {
        /// What was wrong, for the person who asked.
        let message: String
    }

    /// Reads the filters; an unknown status or level, a date that is not a day or a page that
    /// is not a positive number is `Invalid`.
    init(_ request: DeskRequest) throws {
        if let text = request.value("status") {
            guard let status = FlagStatus(rawValue: text) else {
                throw Invalid(
                    message: DeskMessages.badFilter(
                        "status", text, FlagStatus.allCases.map(\.rawValue).joined(separator: ", "))
                )
            }
            self.status = status
        }
        if let text = request.value("level") {
            guard let level = Level(rawValue: text) else {
                throw Invalid(
                    message: DeskMessages.badFilter(
                        "level", text, Level.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            self.level = level
        }
        if let text = request.value("since") {
            guard let day = Day(iso: text) else {
                throw Invalid(message: DeskMessages.badFilter("day", text, "YYYY-MM-DD"))
            }
            since = day
        }
        page = try Self.page(request)
        topic = request.value("topic")
        rule = request.value("rule")
        source = request.value("source")
    }

    /// The page a request asks for, from 1 (1 when it names none); anything but a positive
    /// number is `Invalid`.
    static func page(_ request: DeskRequest) throws -> Int {
        guard let text = request.value("page") else { return 1 }
        guard let page = Int(text), page >= 1, page <= 1_000_000 else {
            throw Invalid(message: DeskMessages.badFilter("page", text, "a number from 1"))
        }
        return page
    }

    /// The ledger filter for one page (or, with `paged` false, for counting).
    func filter(paged: Bool = true, status: FlagStatus?? = nil) -> FlagFilter {
        var filter = FlagFilter(
            status: status ?? self.status, level: level, knownFrom: since, topic: topic,
            ruleID: rule, source: source)
        if paged {
            filter.limit = DeskConfiguration.pageSize
            filter.offset = (page - 1) * DeskConfiguration.pageSize
        }
        return filter
    }

    /// The query string of these filters, on another page or with another status.
    func link(page: Int? = nil, status: FlagStatus?? = nil) -> String {
        let chosen = status ?? self.status
        let number = page ?? self.page
        return "/disputes"
            + Layout.query([
                ("status", chosen?.rawValue), ("level", level?.rawValue), ("topic", topic),
                ("rule", rule), ("source", source), ("since", since?.description),
                ("page", number > 1 ? String(number) : nil),
            ])
    }
}
