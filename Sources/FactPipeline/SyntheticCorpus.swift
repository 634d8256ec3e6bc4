import FactLedgerCore

/// Generates articles from templates with varied phrasing — figures, hedges, attributions,
/// stances, many sources and dates — for benchmarks; deterministic for a seed.
///
/// Articles arrive the way a feed delivers them: in publication order over `days`, with one in
/// twenty arriving up to three days late. Sources disagree the way outlets do: each outlet's
/// figure for a day is the day's value give or take half a percent (stable within the outlet and
/// day, so running totals never shrink), stated exactly, rounded or as a bound; one mention in
/// fifty is a misreport 30 % low. Each actor holds one position per topic for three weeks at a
/// time, and one stance report in fifty gets it backwards. Six sentences in ten are context with
/// no claim, so an article carries about as many claims as real reporting of its length.
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

    /// Produces the articles one at a time, so a large corpus never sits in memory.
    public struct Iterator: IteratorProtocol {
        let corpus: SyntheticCorpus
        var generated = 0
        var random: SplitMix
        /// The outlet and day of the article being written.
        var outlet = 0
        var day = 0

        init(corpus: SyntheticCorpus) {
            self.corpus = corpus
            random = SplitMix(seed: corpus.seed)
        }

        public mutating func next() -> Article? {
            guard generated < corpus.count else { return nil }
            generated += 1
            outlet = random.below(corpus.sources) + 1
            let source = "Outlet \(outlet)"
            // The feed's clock moves evenly through the days; a late article is back-dated.
            let onTime = (generated - 1) * corpus.days / Swift.max(1, corpus.count)
            let offset =
                random.below(20) == 0 ? Swift.max(0, onTime - 1 - random.below(3)) : onTime
            day = offset
            let published = corpus.firstDay.adding(days: offset)
            var body = ""
            while body.utf8.count < 1900 {
                body += sentence(day: offset) + " "
                if random.below(4) == 0 { body += "\n\n" }
            }
            return Article(
                source: source, published: published, title: "Report \(generated)",
                url: "https://outlet\(outlet).example/\(published)/\(generated)",
                body: body,
                origin: "synthetic:\(generated)")
        }

        mutating func pick(_ options: [String]) -> String { random.pick(options) }

        /// A figure close to the day's true value, stated in varied ways; now and then an outlier.
        mutating func figure(_ truth: Int) -> String {
            // The outlet's figure for the day: the same whenever it repeats it that day.
            let spread = Swift.max(1, truth / 100) + 1
            var value = truth + Int(stable(UInt64(truth)) % UInt64(spread)) - truth / 200
            if random.below(50) == 0 { value = value * 7 / 10 }
            switch random.below(6) {
            case 0: return "more than \(grouped(value - value / 50))"
            case 1: return "about \(grouped(value))"
            case 2: return "at least \(grouped(value - value / 50))"
            case 3: return "some \(grouped(value))"
            default: return grouped(value)
            }
        }

        /// A number fixed by the outlet, the day and `salt`.
        func stable(_ salt: UInt64) -> UInt64 {
            var mixer = SplitMix(seed: UInt64(outlet) << 40 ^ UInt64(day) << 20 ^ salt)
            return mixer.next()
        }

        /// An actor's position on a topic: fixed for three weeks at a time, reported backwards
        /// once in fifty times.
        mutating func supports(_ actor: String, _ topic: String) -> Bool {
            var hash: UInt64 = 1_469_598_103_934_665_603
            for byte in (actor + "|" + topic).utf8 {
                hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
            }
            var period = SplitMix(seed: hash ^ UInt64(day / 21))
            let position = period.next() % 2 == 0
            return random.below(50) == 0 ? !position : position
        }

        func grouped(_ value: Int) -> String { NumberFormatting.grouped(Double(value)) }

        mutating func sentence(day: Int) -> String {
            let released = Swift.max(4, (day - 46) * 15)
            let speaker = pick([
                "the Israeli military said", "officials said",
                "according to the Gaza health ministry",
                "a Hamas official claimed", "the White House said", "Qatari mediators said",
                "the UN reported",
            ])
            let when = pick(["overnight", "this week", "today", "again"])
            // Most sentences of a report carry no claim: context, scene, quotes, procedure.
            if random.below(100) < contextShare { return context() }
            switch random.below(11) {
            case 0:
                return
                    "\(figure(day < 47 ? 240 : 137).capitalizedFirst) hostages are believed to be held in Gaza, \(speaker)."
            case 1:
                return
                    "\(pick(["Hamas", "The group", "Militants"])) freed \(figure(released)) hostages in all, including \(Swift.max(1, released / 4)) Thais and \(Swift.max(1, released / 2)) Israelis."
            case 2: return "The death toll in Gaza rose to \(figure(3000 + day * 180)), \(speaker)."
            case 3:
                return
                    "\(figure(1200).capitalizedFirst) people were killed in Israel in the October 7 attack, \(speaker)."
            case 4:
                return
                    "\(figure(60 + day * 2).capitalizedFirst) aid trucks entered Gaza through the Rafah crossing \(when)."
            case 5:
                return
                    "Israel has released \(figure(released * 2)) Palestinian prisoners from its jails so far."
            case 6:
                let actor = pick(["Qatar", "Egypt", "The United States", "The UN", "Hamas"])
                let topic = pick(["humanitarian pause", "ceasefire", "hostage deal", "truce"])
                let verb =
                    supports(actor, topic)
                    ? pick(["called for", "backed", "welcomed"]) : "rejected"
                return "\(actor) \(verb) a \(topic)."
            case 7:
                let actor = pick(["Netanyahu", "Israeli officials", "The war cabinet", "Gallant"])
                let topic = pick([
                    "a ceasefire", "fuel deliveries into Gaza", "a ground invasion",
                    "an extension of the truce",
                ])
                let verb =
                    supports(actor, topic)
                    ? pick(["did not rule out", "agreed to"]) : pick(["ruled out", "opposed"])
                return "\(actor) \(verb) \(topic)."
            case 8:
                return
                    "About \(grouped(60_000 + day * 1000)) litres of fuel were delivered to UN agencies \(when)."
            case 9:
                return
                    "\(figure(8000 + day * 400).capitalizedFirst) people were wounded in Gaza, \(speaker)."
            default:
                let topic = pick(["the ground invasion", "fuel into Gaza", "more aid trucks"])
                let verb =
                    supports("The White House", topic) ? "allow" : pick(["delay", "postpone"])
                return "The White House urged Israel to \(verb) \(topic)."
            }
        }
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
