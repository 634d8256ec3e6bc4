import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactReports
import FactStore
import Foundation

/// The review desk: answers one request at a time, whatever server carries it. Pages are HTML
/// made on the server; `/api/` answers the same data as JSON, in the README's contracts.
///
/// Every POST must carry the process's CSRF token (a form field `token`, or the `X-CSRF-Token`
/// header); a read-only desk refuses every decision; a decision made on a review log that has
/// changed since is refused with 409, in the same write transaction that would record it.
public struct Desk: Sendable {
    /// What the desk serves.
    public let configuration: DeskConfiguration

    /// Creates a desk.
    public init(configuration: DeskConfiguration) {
        self.configuration = configuration
    }

    var ledger: Ledger { configuration.ledger }
    var token: CSRFToken { configuration.token }

    /// The answer to one request.
    public func respond(_ request: DeskRequest) -> DeskResponse {
        let segments = request.segments
        let api = segments.first == "api"
        let route = api ? Array(segments.dropFirst()) : segments
        do {
            let parts = route.map(String.init)
            let method = request.method
            let first = parts.first
            let id = parts.count >= 2 && first == "disputes" ? parts[1] : nil
            switch parts.count {
            case 0 where method == "GET":
                return try disputes(request, api: api)
            case 1 where first == "disputes" && method == "GET":
                return try disputes(request, api: api)
            case 2 where id != nil && method == "GET":
                return try dispute(try flagID(id!), api: api)
            case 3 where id != nil && parts[2] == "review" && method == "POST":
                return try review(try flagID(id!), request, api: api)
            case 1 where first == "topics" && method == "GET":
                return try topics(request, api: api)
            case 1 where first == "check" && method == "GET" && !api:
                return .html(CheckPage.html(token: token))
            case 1 where first == "check" && method == "POST":
                return try check(request, api: api)
            case 1 where ["disputes", "topics", "check"].contains(first),
                2 where id != nil, 3 where id != nil && parts[2] == "review":
                return failure(405, "Method not allowed", DeskMessages.methodNotAllowed, api: api)
            default:
                return failure(404, "Not found", DeskMessages.notFound, api: api)
            }
        } catch let invalid as DisputeQuery.Invalid {
            return failure(400, "Bad request", invalid.message, api: api)
        } catch let refusal as Refusal {
            return failure(refusal.status, refusal.title, refusal.message, api: api)
        } catch LedgerError.unknownFlag(let id) {
            return failure(404, "Not found", DeskMessages.unknownDispute(id), api: api)
        } catch {
            return failure(500, "The desk could not answer", "\(error)", api: api)
        }
    }

    /// A request the desk turns down, with its status.
    struct Refusal: Error {
        /// The HTTP status.
        let status: Int
        /// The error page's title.
        let title: String
        /// What the person is told.
        let message: String
    }

    /// A dispute id from the path; anything else is "not found".
    private func flagID(_ text: String) throws -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw Refusal(status: 404, title: "Not found", message: DeskMessages.notFound)
        }
        return id
    }

    /// An error as a page, or as `{"error": …}` for the API.
    private func failure(_ status: Int, _ title: String, _ message: String, api: Bool)
        -> DeskResponse
    {
        api
            ? .json(JSONValue.object([("error", .string(message))]).text, status: status)
            : .html(Layout.error(title: title, message: message, token: token), status: status)
    }

    // MARK: - Disputes

    /// The disputes list: one page with its counts, or its JSON.
    private func disputes(_ request: DeskRequest, api: Bool) throws -> DeskResponse {
        let query = try DisputeQuery(request)
        let levelCounts = try ledger.flagLevelCounts(query.filter(paged: false))
        let total = levelCounts.values.reduce(0, +)
        if api {
            let details = try ledger.flagDetails(query.filter())
            return .json(
                JSONValue.object([
                    ("total", .number(Double(total))), ("page", .number(Double(query.page))),
                    ("page_size", .number(Double(DeskConfiguration.pageSize))),
                    ("flags", .array(details.map(FlagJSON.object))),
                ]).text)
        }
        let counts = try ledger.flagStatusCounts(query.filter(paged: false))
        return .html(
            DisputesPage.html(
                query: query, summaries: try ledger.flagSummaries(query.filter()), counts: counts,
                levelCounts: levelCounts,
                token: token))
    }

    /// One dispute's page (with `notice` above it and `status`), or its flag object.
    private func dispute(_ id: Int64, api: Bool, notice: String? = nil, status: Int = 200) throws
        -> DeskResponse
    {
        let detail = try ledger.flagDetail(id: id)
        if api { return .json(FlagJSON.object(detail).text, status: status) }
        return .html(
            DisputePage.html(
                detail, chart: try DisputePage.chart(detail, ledger: ledger),
                readOnly: configuration.readOnly, token: token, notice: notice),
            status: status)
    }

    /// Records a decision through the same store call as `factledger flags confirm|dismiss|
    /// resolve|reopen`, guarded by the review version the form was made from.
    private func review(_ id: Int64, _ request: DeskRequest, api: Bool) throws -> DeskResponse {
        if configuration.readOnly {
            throw Refusal(status: 403, title: "Read-only desk", message: DeskMessages.readOnly)
        }
        try requireToken(request)
        let form = request.form
        guard let action = form["action"].flatMap(Review.Action.init(rawValue:)) else {
            throw Refusal(status: 400, title: "Bad request", message: DeskMessages.unknownAction)
        }
        guard let note = form["note"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !note.isEmpty
        else {
            throw Refusal(status: 400, title: "Bad request", message: DeskMessages.missingNote)
        }
        guard let by = form["by"]?.trimmingCharacters(in: .whitespacesAndNewlines), !by.isEmpty
        else {
            throw Refusal(status: 400, title: "Bad request", message: DeskMessages.missingReviewer)
        }
        guard let version = form["version"].flatMap({ Int($0) }), version >= 0 else {
            throw Refusal(status: 400, title: "Bad request", message: DeskMessages.badVersion)
        }
        do {
            try ledger.review(
                flagID: id, action: action, by: by, note: note, expectedReviews: version)
        } catch let error as LedgerError {
            switch error {
            case .reviewConflict:
                let message = DeskMessages.conflict(error.description)
                if api {
                    return .json(JSONValue.object([("error", .string(message))]).text, status: 409)
                }
                return try dispute(id, api: false, notice: message, status: 409)
            case .invalidTransition:
                throw Refusal(status: 409, title: "Decision refused", message: error.description)
            default: throw error
            }
        }
        return api ? try dispute(id, api: true) : .redirect("/disputes/\(id)")
    }

    /// Refuses a request that does not carry this process's token (403).
    private func requireToken(_ request: DeskRequest) throws {
        guard token.matches(request.form["token"] ?? request.tokenHeader) else {
            throw Refusal(status: 403, title: "Forbidden", message: DeskMessages.missingToken)
        }
    }

    // MARK: - Topics

    /// The topic index, or one topic's timeline page, or their JSON.
    private func topics(_ request: DeskRequest, api: Bool) throws -> DeskResponse {
        guard let topic = request.value("topic") else {
            let topics = try ledger.disputedTopics()
            if api {
                return .json(
                    JSONValue.array(
                        topics.map {
                            .object([
                                ("topic", .string($0.topic)),
                                (
                                    "facets",
                                    .object($0.facets.pairs.map { ($0.key, .string($0.value)) })
                                ),
                                ("disputes", .number(Double($0.disputes))),
                            ])
                        }
                    ).text)
            }
            return .html(TopicPage.index(topics, token: token))
        }
        let facets = Facets(canonical: request.value("facets") ?? "")
        let source = request.value("source")
        let page = try DisputeQuery.page(request)
        let size = DeskConfiguration.claimsPageSize
        var claims = try ledger.topicClaims(
            topic: topic, facets: facets, source: source, limit: size + 1,
            offset: (page - 1) * size)
        let hasMore = claims.count > size
        if hasMore { claims.removeLast() }
        if api {
            return .json(
                JSONValue.object([
                    ("topic", .string(topic)),
                    ("facets", .object(facets.pairs.map { ($0.key, .string($0.value)) })),
                    ("page", .number(Double(page))), ("has_more", .bool(hasMore)),
                    ("claims", .array(claims.map { ClaimJSON.object($0) })),
                ]).text)
        }
        var chart = SVGChart(title: topic)
        if let span = try ledger.topicSpan(topic: topic, facets: facets) {
            let first = max(span.lowerBound, span.upperBound.adding(days: 1 - TopicPage.chartDays))
            chart = DisputePage.series(
                title: topic + (facets.isEmpty ? "" : " (\(facets.description))"),
                points: try ledger.figureSeries(
                    topic: topic, facets: facets, days: first...span.upperBound),
                marks: [])
        }
        return .html(
            TopicPage.html(
                topic: topic, facets: facets, source: source, page: page, claims: claims,
                hasMore: hasMore, chart: chart, token: token))
    }

    // MARK: - Check

    /// Checks a pasted article as `factledger check` does, without changing the ledger.
    private func check(_ request: DeskRequest, api: Bool) throws -> DeskResponse {
        try requireToken(request)
        let form = request.form
        let text = form["text"] ?? ""
        let source = form["source"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let dateText = form["date"]?.trimmingCharacters(in: .whitespaces) ?? ""
        func refuse(_ message: String) -> DeskResponse {
            api
                ? .json(JSONValue.object([("error", .string(message))]).text, status: 400)
                : .html(
                    CheckPage.html(
                        text: text, source: source, date: dateText, error: message, token: token),
                    status: 400)
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return refuse(DeskMessages.missingText)
        }
        var date: Day?
        if !dateText.isEmpty {
            guard let day = Day(iso: dateText) else {
                return refuse(DeskMessages.badFilter("date", dateText, "YYYY-MM-DD"))
            }
            date = day
        }
        let defaults = ArticleDefaults(source: source.isEmpty ? nil : source, date: date)
        let article: Article
        switch ArticleParser.document(
            Array(text.utf8), origin: "pasted article", defaults: defaults)
        {
        case .success(let parsed): article = parsed
        case .failure(let problem): return refuse(problem.description)
        }
        let result = try ArticleCheck(ledger: ledger, folder: configuration.rules).run(
            article, failOn: .high)
        if api { return .json(CheckReport.json(result).text) }
        return .html(
            CheckPage.html(
                text: text, source: source, date: dateText, report: CheckReport.markdown(result),
                token: token))
    }
}
