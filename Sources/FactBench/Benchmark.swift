import FactEvaluation
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactReports
import FactStore
import Foundation

/// Measures extraction, ingest, check and report on synthetic corpora, on one core.
public struct Benchmark {
    /// One measured figure.
    public struct Measurement: Sendable {
        /// What was measured.
        public var name: String
        /// The value.
        public var value: Double
        /// Its unit.
        public var unit: String
        /// The target, when there is one, and whether higher is better.
        public var target: (value: Double, higherIsBetter: Bool)?

        /// Whether the target holds (true when there is none).
        public var meetsTarget: Bool {
            guard let target else { return true }
            return target.higherIsBetter ? value >= target.value : value <= target.value
        }
    }

    /// The rules folder used for extraction and evaluation.
    public let folder: RulesFolder
    /// Where temporary ledgers are written.
    public let scratch: String
    /// Articles ingested for the large ledger.
    public var largeArticles = 100_000
    /// Articles extracted for the extraction measurement.
    public var extractionArticles = 10_000
    /// Checks timed per ledger size.
    public var checks = 200
    /// Called with a line of progress.
    public var progress: (String) -> Void = { _ in }
    /// An existing ledger to time checks against, instead of building ledgers of each size.
    public var checkLedger: String?
    /// The parts to measure (all by default).
    public var parts: Set<Part> = Set(Part.allCases)

    /// One group of measurements that can be run alone.
    public enum Part: String, CaseIterable, Sendable {
        case extraction, ingest, check, report, order
    }

    /// Articles ingested in each order by the `order` part.
    public var orderArticles = 10_000

    /// Creates a benchmark.
    public init(folder: RulesFolder, scratch: String) {
        self.folder = folder
        self.scratch = scratch
    }

    /// Runs the selected measurements.
    public func run() throws -> [Measurement] {
        var results: [Measurement] = []
        if parts.contains(.extraction) { results += measureExtraction() }
        // The large ledger, filled through the full pipeline, serves the check and report parts.
        let largePath = (scratch as NSString).appendingPathComponent("large.sqlite")
        var claims = 0
        if let checkLedger, parts == [.check] {
            let latencies = try checkLatencies(path: checkLedger)
            return results + [
                Measurement(name: "check p50", value: latencies.p50, unit: "ms", target: nil),
                Measurement(name: "check p99", value: latencies.p99, unit: "ms", target: nil),
                Measurement(
                    name: "check p50, processor time", value: latencies.cpuP50, unit: "ms",
                    target: nil),
            ]
        }
        if !parts.isDisjoint(with: [.ingest, .check, .report]) {
            let (rate, stored, memoryEarly, memoryLate, plants, parts) = try ingest(
                count: largeArticles, into: largePath, evaluate: true)
            claims = stored
            results += [
                Measurement(
                    name: "ingest (extract, store, derive disputes)", value: rate,
                    unit: "articles/s", target: (2_500, true)),
                Measurement(
                    name: "ingest: extracting alone",
                    value: Double(largeArticles) / parts.extracting,
                    unit: "articles/s", target: nil),
                Measurement(
                    name: "ingest: storing and deriving disputes alone",
                    value: Double(largeArticles) / parts.storing, unit: "articles/s", target: nil),
                Measurement(
                    name: "peak memory after \(largeArticles / 10) articles", value: memoryEarly,
                    unit: "MB", target: (200, false)),
                Measurement(
                    name: "peak memory after \(largeArticles) articles", value: memoryLate,
                    unit: "MB", target: (200, false)),
                Measurement(
                    name: "claims in the large ledger", value: Double(claims), unit: "claims",
                    target: nil),
            ]
            if let plants { results += try measurePlants(plants, path: largePath) }
        }
        if parts.contains(.check) {
            results += try measureChecks(largePath: largePath, largeClaims: claims)
        }
        if parts.contains(.report) { results.append(try measureReport(path: largePath)) }
        if parts.contains(.order) { results += try measureOrders() }
        return results
    }

    /// What the feed planted and where its claims went: each planted sentence's claims, found
    /// again in the article stored.
    struct Plants {
        /// Every plant, with the ids of the claims its sentence gave (none for a reversal).
        var planted: [(plant: Plant, claims: [Int64])] = []
    }

    /// Disputes against the disagreements the feed planted, and how many plants a dispute holds.
    func measurePlants(_ plants: Plants, path: String) throws -> [Measurement] {
        let ledger = try Ledger(path: path)
        let disputes = try ledger.flagCounts(FlagFilter()).reduce(0) { $0 + $1.count }
        let inDisputes = try ledger.claimsInFlags()
        let reversals = try ledger.flagDetails(FlagFilter()).filter {
            $0.flag.dispute.kind == "stance_reversal"
        }.map(\.flag.dispute)
        var found: [Plant.Kind: Int] = [:]
        var total: [Plant.Kind: Int] = [:]
        var unread: [Plant.Kind: Int] = [:]
        for (plant, claims) in plants.planted {
            total[plant.kind, default: 0] += 1
            if plant.kind != .reversal, claims.isEmpty { unread[plant.kind, default: 0] += 1 }
            let hit: Bool
            if plant.kind == .reversal {
                hit = reversals.contains { dispute in
                    dispute.scope == plant.actor && dispute.topic == plant.topic
                        && dispute.episode.from < plant.day && plant.day <= dispute.episode.through
                }
            } else {
                hit = claims.contains(where: inDisputes.contains)
            }
            if hit { found[plant.kind, default: 0] += 1 }
        }
        for kind in Plant.Kind.allCases {
            progress(
                "planted \(kind.rawValue): \(NumberFormatting.grouped(total[kind] ?? 0)), found in a dispute: \(NumberFormatting.grouped(found[kind] ?? 0)), its sentence read as no claim: \(NumberFormatting.grouped(unread[kind] ?? 0))"
            )
        }
        let planted = total.values.reduce(0, +)
        let recalled = found.values.reduce(0, +)
        let read = planted - unread.values.reduce(0, +)
        return [
            Measurement(
                name: "disputes", value: Double(disputes), unit: "disputes", target: nil),
            Measurement(
                name: "planted disagreements", value: Double(planted), unit: "plants",
                target: nil),
            Measurement(
                name: "disputes per planted disagreement",
                value: Double(disputes) / Double(max(1, planted)), unit: "ratio",
                target: (1.5, false)),
            Measurement(
                name: "plants found in a dispute",
                value: Double(recalled) / Double(max(1, planted)),
                unit: "recall", target: (0.95, true)),
            Measurement(
                name: "plants found, of those extraction read as claims",
                value: Double(recalled) / Double(max(1, read)), unit: "recall", target: nil),
        ]
    }

    /// The feed ingested in date order, in reverse and in three random orders: how many of the
    /// orders give exactly the disputes date order gives.
    func measureOrders() throws -> [Measurement] {
        let articles = Array(SyntheticCorpus(count: orderArticles, seed: 3)).sorted {
            $0.published < $1.published
        }
        var first: DisputeSnapshot?
        var same = 0
        for order in IngestOrder.standard {
            let start = DispatchTime.now()
            let snapshot = try DisputeSnapshot.ingesting(
                order.arrange(articles) { "\($0.source)|\($0.ref)" }, folder: folder,
                batchSize: Pipeline.batchSize)
            let differences = first.map { snapshot.differences(from: $0).count } ?? 0
            if first == nil { first = snapshot }
            if differences == 0 { same += 1 }
            progress(
                "\(order): \(NumberFormatting.grouped(snapshot.lines.count)) disputes, \(NumberFormatting.grouped(differences)) lines differ from date order (\(String(format: "%.1f", Self.seconds(since: start))) s)"
            )
        }
        return [
            Measurement(
                name:
                    "orders giving the disputes of date order (\(NumberFormatting.grouped(articles.count)) articles)",
                value: Double(same), unit: "of \(IngestOrder.standard.count)",
                target: (Double(IngestOrder.standard.count), true))
        ]
    }

    /// Extraction alone, over articles generated beforehand: the median of three rounds, since
    /// a one-second measurement on a shared machine varies from run to run.
    func measureExtraction() -> [Measurement] {
        let articles = Array(SyntheticCorpus(count: extractionArticles, seed: 11))
        let bytes = articles.reduce(0) { $0 + $1.body.utf8.count }
        var rounds: [Double] = []
        for round in 1...3 {
            var found = 0
            let start = DispatchTime.now()
            for article in articles { found += folder.extractor.claims(in: article).count }
            rounds.append(Self.seconds(since: start))
            progress(
                "extraction, round \(round): \(NumberFormatting.grouped(found)) claims from \(NumberFormatting.grouped(articles.count)) articles in \(String(format: "%.2f", rounds.last!)) s"
            )
        }
        let seconds = rounds.sorted()[1]
        return [
            Measurement(
                name: "extraction", value: Double(articles.count) / seconds, unit: "articles/s",
                target: (5_000, true)),
            Measurement(
                name: "extraction", value: Double(bytes) / seconds / 1_048_576, unit: "MB/s",
                target: nil),
        ]
    }

    /// Check latency against ledgers of 10k, 100k and 1M claims.
    func measureChecks(largePath: String, largeClaims: Int) throws -> [Measurement] {
        var results: [Measurement] = []
        let perArticle = max(1, largeClaims / max(1, largeArticles))
        for target in [10_000, 100_000, 1_000_000] {
            let path: String
            if abs(target - largeClaims) * 10 <= target {
                path = largePath
            } else {
                // Ledgers for the other sizes are filled without rule evaluation: only their size matters here.
                path = (scratch as NSString).appendingPathComponent("ledger-\(target).sqlite")
                _ = try ingest(count: target / perArticle, into: path, evaluate: false)
            }
            let latencies = try checkLatencies(path: path)
            let label = NumberFormatting.grouped(Double(target))
            results.append(
                Measurement(
                    name: "check p50, \(label)-claim ledger", value: latencies.p50, unit: "ms",
                    target: target == 1_000_000 ? (10, false) : nil))
            results.append(
                Measurement(
                    name: "check p99, \(label)-claim ledger", value: latencies.p99, unit: "ms",
                    target: target == 1_000_000 ? (50, false) : nil))
            results.append(
                Measurement(
                    name: "check p50 processor time, \(label)-claim ledger",
                    value: latencies.cpuP50, unit: "ms", target: nil))
        }
        return results
    }

    /// The nightly report for the ledger's latest day.
    func measureReport(path: String) throws -> Measurement {
        let ledger = try Ledger(path: path)
        let through = try ledger.latestPublished() ?? Day(iso: "2023-12-31")!
        let reportStart = DispatchTime.now()
        _ = try ReportBuilder(ledger: ledger).write(
            from: through, through: through,
            to: (scratch as NSString).appendingPathComponent("Reports"))
        return Measurement(
            name: "nightly report, large ledger", value: Self.seconds(since: reportStart),
            unit: "s", target: (2, false))
    }

    /// Ingests a streamed synthetic corpus; returns articles/s, claims stored, peak memory (MB)
    /// after a tenth of the corpus and at the end, when deriving disputes the plants, and the
    /// seconds spent extracting and in the ledger (storing and deriving).
    func ingest(count: Int, into path: String, evaluate: Bool) throws -> (
        Double, Int, Double, Double, Plants?, (extracting: Double, storing: Double)
    ) {
        try? FileManager.default.removeItem(atPath: path)
        let ledger = try Ledger(path: path)
        let deriver = evaluate ? folder.engine() : nil
        var claims = 0
        var early = 0.0
        var plants = Plants()
        var batch: [(article: Article, claims: [Claim])] = []
        var batchPlants: [[Plant]] = []
        var (extracting, storing) = (0.0, 0.0)
        func flush() throws {
            let started = DispatchTime.now()
            let outcome = try ledger.ingest(batch: batch, runID: nil, deriver: deriver)
            storing += Self.seconds(since: started)
            for (result, planted) in zip(outcome.results, batchPlants) {
                let stored = try result.get().claims
                claims += stored.count
                for plant in planted {
                    let sentence = plant.sentence ?? ""
                    plants.planted.append(
                        (
                            plant,
                            stored.filter {
                                sentence.contains(
                                    $0.claim.quote.trimmingCharacters(in: .whitespaces))
                            }.map(\.id)
                        ))
                }
            }
            batch.removeAll(keepingCapacity: true)
            batchPlants.removeAll(keepingCapacity: true)
        }
        let start = DispatchTime.now()
        let corpus = SyntheticCorpus(count: count, seed: 3)
        var articles = corpus.makeIterator()
        var index = 0
        while let article = articles.next() {
            defer { index += 1 }
            let started = DispatchTime.now()
            batch.append((article, folder.extractor.claims(in: article)))
            extracting += Self.seconds(since: started)
            batchPlants.append(evaluate ? articles.planted : [])
            if batch.count == Pipeline.batchSize { try flush() }
            if index + 1 == count / 10 { early = Self.peakMemoryMB() }
            if (index + 1) % 10_000 == 0 {
                progress(
                    "ingested \(NumberFormatting.grouped(index + 1)) of \(NumberFormatting.grouped(count)) into \((path as NSString).lastPathComponent)"
                )
            }
        }
        try flush()
        let rate = Double(count) / Self.seconds(since: start)
        let parts = (extracting, storing)
        guard evaluate else { return (rate, claims, early, Self.peakMemoryMB(), nil, parts) }
        plants.planted += corpus.reversals.map { ($0, []) }
        return (rate, claims, early, Self.peakMemoryMB(), plants, parts)
    }

    /// p50 and p99 of `check` on fresh synthetic articles against the ledger at `path`, in ms
    /// of wall clock, and the median processor time of a check, which other programs on the
    /// machine do not lengthen.
    func checkLatencies(path: String) throws -> (p50: Double, p99: Double, cpuP50: Double) {
        // Opened the way `factledger check` opens it.
        let ledger = try Ledger(path: path, pooled: false)
        let check = ArticleCheck(ledger: ledger, folder: folder)
        let corrections = try self.corrections(in: ledger, count: checks / correctionShare)
        var timings: [Double] = []
        var processor: [Double] = []
        var fresh = SyntheticCorpus(count: checks, seed: 99).makeIterator()
        for index in 0..<checks {
            let correction = index % correctionShare == correctionShare - 1
            guard
                let article = correction && index / correctionShare < corrections.count
                    ? corrections[index / correctionShare] : fresh.next()
            else { break }
            let start = DispatchTime.now()
            let startProcessor = Self.processorSeconds()
            _ = try check.run(article, failOn: .high)
            timings.append(Self.seconds(since: start) * 1000)
            processor.append((Self.processorSeconds() - startProcessor) * 1000)
        }
        timings.sort()
        processor.sort()
        return (
            timings[timings.count / 2], timings[min(timings.count - 1, timings.count * 99 / 100)],
            processor[processor.count / 2]
        )
    }

    /// One checked article in this many is a correction: a new version of a stored article.
    var correctionShare: Int { 10 }

    /// New versions of stored articles spread over the ledger, each with the first digit of its
    /// text changed, as a desk checks a corrected story (the edited-figure rule then reads the
    /// version before).
    func corrections(in ledger: Ledger, count: Int) throws -> [Article] {
        let claims = try ledger.read { try $0.counts() }.claims
        guard count > 0, claims > 0 else { return [] }
        let ids = (1...count).map { Int64($0 * claims / (count + 1) + 1) }
        return try ledger.read { history in
            try history.claims(ids: ids).compactMap { stored in
                guard
                    var article = try history.latestVersion(
                        source: stored.source, ref: stored.ref)?.article
                else { return nil }
                var body = Array(article.body.utf8)
                guard let first = body.firstIndex(where: { (0x31...0x39).contains($0) }) else {
                    return nil
                }
                body[first] = body[first] == 0x39 ? 0x31 : body[first] + 1
                article.body = String(decoding: body, as: UTF8.self)
                return article
            }
        }
    }

    /// The processor time the process has used, in seconds.
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// The process's peak resident memory (VmHWM), in MB.
    public static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        return kilobytes / 1024
    }
}

extension String {
    /// The string without spaces and line breaks at either end.
    fileprivate var trimmed: Substring {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" }
        let start = firstIndex { !blank($0) } ?? endIndex
        let end = lastIndex { !blank($0) }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
