import FactEvaluation
import FactIngest
import FactLedgerCore
import FactPipeline

/// Generates articles from templates with varied phrasing — figures, hedges, attributions,
/// stances, many sources and dates — for benchmarks; deterministic for a seed.
///
/// Articles arrive the way a feed delivers them: in publication order over `days`, with one in
/// twenty arriving up to three days late. Each voice (the speaker a figure is attributed to, or
/// the outlet stating it) has its own figure for the day: the day's value give or take half a
/// percent, a fixed share of it, so that running totals never shrink; it is stated exactly,
/// rounded or as a bound. One mention in fifty is a misreport 30 % low. Each actor holds one
/// position per topic for three weeks at a time, and one stance report in fifty gets it
/// backwards. Six sentences in ten are context with no claim, so an article carries about as
/// many claims as real reporting of its length.
///
/// The feed knows the disagreements it plants (`Plant`): each misreport stated as a number a
/// true figure cannot match (a bound below the truth is still true), each stance reported
/// backwards, and each change of an actor's position.
public struct SyntheticCorpus: Sequence, Sendable {
    /// How many articles to generate.
    public var count: Int
    /// The random seed.
    public var seed: UInt64
    /// How many distinct sources.
    public var sources = 40
    /// The first publication day.
    public var firstDay = Day(iso: "2023-10-08")!
    /// How many days the articles spread over.
    public var days = 90

    /// Creates a corpus description.
    public init(count: Int, seed: UInt64 = 7) {
        self.count = count
        self.seed = seed
    }

    public func makeIterator() -> Iterator { Iterator(corpus: self) }

    /// The days an actor's position holds before it may change.
    static let period = 21

    /// Who takes positions in the feed, as the vocabulary names them at the top of their
    /// hierarchy, by the phrases that name them.
    static let stanceHolders: [(phrases: [String], actor: String, topics: [(String, String)])] = [
        (["Qatar"], "Qatar", pauseDealCeasefire), (["Egypt"], "Egypt", pauseDealCeasefire),
        (["The United States"], "United States", pauseDealCeasefire),
        (["The UN"], "United Nations", pauseDealCeasefire),
        (["Hamas"], "Hamas", pauseDealCeasefire),
        (
            ["Netanyahu", "Israeli officials", "The war cabinet", "Gallant"], "Israel",
            [
                ("a ceasefire", "ceasefire"), ("fuel deliveries into Gaza", "fuel.entry"),
                ("a ground invasion", "ground_invasion"),
                ("an extension of the truce", "humanitarian_pause"),
            ]
        ),
        (
            ["The White House"], "United States",
            [
                ("the ground invasion", "ground_invasion"), ("fuel into Gaza", "fuel.entry"),
                ("more aid trucks", "aid.entry"),
            ]
        ),
    ]

    /// The topics of the mediators' and parties' stances: a truce is a pause.
    static let pauseDealCeasefire = [
        ("humanitarian pause", "humanitarian_pause"), ("ceasefire", "ceasefire"),
        ("hostage deal", "hostage_deal"), ("truce", "humanitarian_pause"),
    ]

    /// Whether an actor supports a topic in a period: fixed for the period.
    static func position(_ actor: String, _ topic: String, period: Int) -> Bool {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in (actor + "|" + topic).utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        var random = SplitMix(seed: hash ^ UInt64(period))
        return random.next() % 2 == 0
    }

    /// The changes of position the feed plants: each actor and topic whose position in a period
    /// differs from the one before, on the period's first day.
    public var reversals: [Plant] {
        var seen = Set<String>()
        var plants: [Plant] = []
        for holder in Self.stanceHolders {
            for (_, topic) in holder.topics where seen.insert(holder.actor + "|" + topic).inserted {
                for period in stride(from: 1, through: (days - 1) / Self.period, by: 1)
                where Self.position(holder.actor, topic, period: period)
                    != Self.position(holder.actor, topic, period: period - 1)
                {
                    plants.append(
                        Plant(
                            kind: .reversal, day: firstDay.adding(days: period * Self.period),
                            actor: holder.actor, topic: topic))
                }
            }
        }
        return plants
    }

    /// Produces the articles one at a time, so a large corpus never sits in memory.
    public struct Iterator: IteratorProtocol {
        let corpus: SyntheticCorpus
        var generated = 0
        var random: SplitMix
        /// The outlet and day of the article being written.
        var outlet = 0
        var day = 0
        /// The disagreements planted in the article `next()` returned last.
        public private(set) var planted: [Plant] = []
        /// The sentence being written holds a misreport or a stance reported backwards.
        var plantedKind: Plant.Kind?

        init(corpus: SyntheticCorpus) {
            self.corpus = corpus
            random = SplitMix(seed: corpus.seed)
        }

        public mutating func next() -> Article? {
            guard generated < corpus.count else { return nil }
            generated += 1
            planted = []
            outlet = random.below(corpus.sources) + 1
            let source = "Outlet \(outlet)"
            // The feed's clock moves evenly through the days; a late article is back-dated.
            let onTime = (generated - 1) * corpus.days / Swift.max(1, corpus.count)
            let offset =
                random.below(20) == 0 ? Swift.max(0, onTime - 1 - random.below(3)) : onTime
            day = offset
            let published = corpus.firstDay.adding(days: offset)
            let url = "https://outlet\(outlet).example/\(published)/\(generated)"
            var body = ""
            while body.utf8.count < 1900 {
                plantedKind = nil
                let text = sentence(day: offset)
                if let kind = plantedKind {
                    planted.append(Plant(kind: kind, day: published, url: url, sentence: text))
                }
                body += text + " "
                if random.below(4) == 0 { body += "\n\n" }
            }
            return Article(
                source: source, published: published, title: "Report \(generated)", url: url,
                body: body, origin: "synthetic:\(generated)")
        }

        mutating func pick(_ options: [String]) -> String { random.pick(options) }

        /// A voice's figure for the day: the truth give or take half a percent, a share fixed
        /// for the voice (so a running total it states never shrinks), stated in varied ways;
        /// now and then a misreport 30 % low, planted when stated as a number the truth cannot
        /// match (a bound below the truth is still true). `total` marks a running total.
        mutating func figure(_ truth: Int, voice: String, total: Bool = false) -> String {
            var value = truth + truth * Self.bias(voice) / 1000
            let misreport = random.below(50) == 0
            if misreport { value = value * 7 / 10 }
            let form = random.below(6)
            if misreport, form == 1 || form >= 3 { plantedKind = total ? .fall : .misreport }
            switch form {
            case 0: return "more than \(grouped(value - value / 50))"
            case 1: return "about \(grouped(value))"
            case 2: return "at least \(grouped(value - value / 50))"
            case 3: return "some \(grouped(value))"
            default: return grouped(value)
            }
        }

        /// A voice's fixed share of the truth, in thousandths: -5 to 5.
        static func bias(_ voice: String) -> Int {
            var hash: UInt64 = 1_469_598_103_934_665_603
            for byte in voice.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
            return Int(hash % 11) - 5
        }

        /// An actor's position on a topic: fixed for three weeks at a time, reported backwards
        /// once in fifty times (a planted disagreement).
        mutating func supports(_ actor: String, _ topic: String) -> Bool {
            let position = SyntheticCorpus.position(
                actor, topic, period: day / SyntheticCorpus.period)
            guard random.below(50) == 0 else { return position }
            plantedKind = .backwards
            return !position
        }

        func grouped(_ value: Int) -> String { NumberFormatting.grouped(Double(value)) }

        /// One sentence of a stance holder's: the phrase naming it, its topic, and whether it
        /// supports the topic.
        mutating func stance(_ holder: Int) -> (phrase: String, topic: String, supports: Bool) {
            let holder = SyntheticCorpus.stanceHolders[holder]
            let phrase = pick(holder.phrases)
            let (words, topic) = holder.topics[random.below(holder.topics.count)]
            return (phrase, words, supports(holder.actor, topic))
        }

        mutating func sentence(day: Int) -> String {
            let released = Swift.max(4, (day - 46) * 15)
            let speaker = pick([
                "the Israeli military said", "officials said",
                "according to the Gaza health ministry",
                "a Hamas official claimed", "the White House said", "Qatari mediators said",
                "the UN reported",
            ])
            let when = pick(["overnight", "this week", "today", "again"])
            let outlet = "Outlet \(self.outlet)"
            // Most sentences of a report carry no claim: context, scene, quotes, procedure.
            if random.below(100) < contextShare { return context() }
            switch random.below(11) {
            case 0:
                return
                    "\(figure(day < 47 ? 240 : 137, voice: speaker).capitalizedFirst) hostages are believed to be held in Gaza, \(speaker)."
            case 1:
                return
                    "\(pick(["Hamas", "The group", "Militants"])) freed \(figure(released, voice: outlet, total: true)) hostages in all, including \(Swift.max(1, released / 4)) Thais and \(Swift.max(1, released / 2)) Israelis."
            case 2:
                return
                    "The death toll in Gaza rose to \(figure(3000 + day * 180, voice: speaker, total: true)), \(speaker)."
            case 3:
                return
                    "\(figure(1200, voice: speaker, total: true).capitalizedFirst) people were killed in Israel in the October 7 attack, \(speaker)."
            case 4:
                return
                    "\(figure(60 + day * 2, voice: outlet).capitalizedFirst) aid trucks entered Gaza through the Rafah crossing \(when)."
            case 5:
                return
                    "Israel has released \(figure(released * 2, voice: outlet, total: true)) Palestinian prisoners from its jails so far."
            case 6:
                let (actor, topic, supports) = stance(random.below(5))
                let verb = supports ? pick(["called for", "backed", "welcomed"]) : "rejected"
                return "\(actor) \(verb) a \(topic)."
            case 7:
                let (actor, topic, supports) = stance(5)
                let verb =
                    supports
                    ? pick(["did not rule out", "agreed to"]) : pick(["ruled out", "opposed"])
                return "\(actor) \(verb) \(topic)."
            case 8:
                return
                    "About \(grouped(60_000 + day * 1000)) litres of fuel were delivered to UN agencies \(when)."
            case 9:
                return
                    "\(figure(8000 + day * 400, voice: speaker, total: true).capitalizedFirst) people were wounded in Gaza, \(speaker)."
            default:
                let (_, topic, supports) = stance(6)
                let verb = supports ? "allow" : pick(["delay", "postpone"])
                return "The White House urged Israel to \(verb) \(topic)."
            }
        }
    }
}

/// A disagreement the synthetic feed planted on purpose, for the benchmark to find again.
public struct Plant: Sendable, Hashable {
    /// What was planted.
    public enum Kind: String, Sendable, CaseIterable {
        /// A figure stated 30 % low.
        case misreport
        /// A running total stated 30 % low: its voice's total falls, and rises again.
        case fall
        /// A stance reported the wrong way round.
        case backwards
        /// An actor's position changing at the start of a period.
        case reversal
    }

    /// What was planted.
    public var kind: Kind
    /// The day: the article's publication day, or the first day of a changed position.
    public var day: Day
    /// The article holding it (misreports and backwards stances).
    public var url: String?
    /// The sentence holding it.
    public var sentence: String?
    /// The actor whose position changed (reversals), as the vocabulary names it.
    public var actor: String?
    /// The topic of the changed position.
    public var topic: String?

    /// Creates a plant.
    public init(
        kind: Kind, day: Day, url: String? = nil, sentence: String? = nil, actor: String? = nil,
        topic: String? = nil
    ) {
        self.kind = kind
        self.day = day
        self.url = url
        self.sentence = sentence
        self.actor = actor
        self.topic = topic
    }
}

extension SyntheticCorpus.Iterator {
    /// The share of sentences, in percent, that carry no claim. With it an article of about 2 KB
    /// yields about as many claims as the seed article and the sample corpus do (about 10).
    var contextShare: Int { 60 }

    /// A sentence that carries no claim, though it may hold numbers: times, ages, streets, dates.
    mutating func context() -> String {
        let place = pick([
            "Khan Younis", "Rafah", "Jerusalem", "Tel Aviv", "Doha", "Cairo", "Gaza City",
        ])
        switch random.below(12) {
        case 0:
            return
                "Reporters in \(place) described long queues at the crossing and families waiting for news."
        case 1:
            return
                "The talks, which began \(random.below(30) + 2) days ago in Doha, involve five countries and resumed at 10:30 on October \(random.below(20) + 10)."
        case 2:
            return
                "Dozens of relatives of the captives gathered in \(place), holding photographs and candles, while \(pick(["an 85-year-old woman", "a 9-year-old girl"])) was among those freed."
        case 3:
            return
                "\(pick(["An 85-year-old woman", "A 9-year-old girl", "A 34-year-old nurse"])) from \(place) spoke to reporters for a few minutes."
        case 4:
            return
                "Mediators met again on \(pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])) evening, a diplomat in \(place) told this outlet."
        case 5:
            return
                "The account could not be verified independently, and the figures given by each side have changed over time."
        case 6:
            return
                "Power cuts left most of \(place) in darkness after sunset, residents said in phone interviews."
        case 7:
            return
                "The convoy left the depot at \(random.below(12) + 1) a.m. and reached the border several hours later."
        case 8:
            return
                "Doctors at the main hospital in \(place) said they were working without anaesthetic on some nights."
        case 9:
            return
                "The statement was posted on the messaging channel the group uses, shortly after midnight."
        case 10:
            return
                "Analysts said the next days would show whether the arrangement could hold along the whole front."
        default:
            return
                "Ambulances lined up on Salah al-Din Road as crowds waited in the rain near gate \(random.below(9) + 1)."
        }
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
