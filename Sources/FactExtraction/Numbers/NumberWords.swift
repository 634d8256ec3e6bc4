/// The grammatical class of a known word, as the number grammar sees it.
enum NumberWordClass: UInt8, Sendable {
    /// A word with no number meaning (it may still carry flags such as a unit).
    case none
    /// "zero" ... "nine" (value 0-9).
    case unit
    /// "ten" ... "nineteen" (value 10-19).
    case teen
    /// "twenty" ... "ninety" (value 20-90).
    case tens
    /// A glued tens and unit word such as "twentyone" (value 21-99).
    case tensUnit
    /// "hundred", "hundreds".
    case hundred
    /// A scale word: "thousand", "million", "lakh", "crore" (value is the multiplier).
    case scale
    /// "dozen", "dozens", "doz", "dz" (value 12).
    case dozen
    /// An ordinal word: "first", "fifth", "hundredth" (value is the rank).
    case ordinal
    /// "half", "halves" (value 2, the denominator).
    case half
    /// "quarter", "quarters" (value 4, the denominator).
    case quarter
    /// "a", "an".
    case article
    /// "couple", "pair" (value 2).
    case couple
    /// "point" (the decimal point in words).
    case point
    /// "and".
    case and
    /// "minus", "negative".
    case minus
    /// "plus".
    case plus
    /// "percent", "percentage", "pct".
    case percent
    /// "per" (as in "per cent").
    case per
    /// A scale abbreviation used after digits: "k", "M", "bn", "mln" (value is the multiplier).
    case abbreviation
    /// A month name (value 1-12).
    case month
}

/// Extra facts about a known word, independent of its class.
struct NumberWordFlags: OptionSet, Sendable {
    /// The bit set.
    let rawValue: UInt32

    /// Whether any bit of `other` is set (a non-generic, always-inlined test).
    @inline(__always) func has(_ other: NumberWordFlags) -> Bool { rawValue & other.rawValue != 0 }

    /// The union of two flag sets (non-generic).
    @inline(__always) static func | (lhs: NumberWordFlags, rhs: NumberWordFlags) -> NumberWordFlags
    {
        NumberWordFlags(rawValue: lhs.rawValue | rhs.rawValue)
    }

    /// A plural form ("hundreds", "fifths").
    static let plural = NumberWordFlags(rawValue: 1 << 0)
    /// A unit of measure ("kg", "miles", "degrees").
    static let measure = NumberWordFlags(rawValue: 1 << 1)
    /// A currency named after the number ("dollars", "yuan").
    static let currencyAfter = NumberWordFlags(rawValue: 1 << 2)
    /// A currency code written before the number ("USD", "Rs").
    static let currencyBefore = NumberWordFlags(rawValue: 1 << 3)
    /// A determiner that makes "quarter"/"half"/"one" a noun or pronoun ("the", "this").
    static let determiner = NumberWordFlags(rawValue: 1 << 4)
    /// A word before a year ("in", "since").
    static let yearCue = NumberWordFlags(rawValue: 1 << 5)
    /// The abbreviation scales only in upper case ("M", "G", "MM").
    static let upperOnly = NumberWordFlags(rawValue: 1 << 6)
    /// A vague quantifier that makes a bare "hundred"/"thousand" no count ("a few hundred").
    static let vague = NumberWordFlags(rawValue: 1 << 26)
    /// The upper-case-only abbreviation also scales in lower case for money ("£1.2m").
    static let lowerForMoney = NumberWordFlags(rawValue: 1 << 25)
    /// The abbreviation scales only for money or decimals ("b").
    static let moneyOrDecimal = NumberWordFlags(rawValue: 1 << 7)
    /// The abbreviation scales only for money ("T").
    static let moneyOnly = NumberWordFlags(rawValue: 1 << 8)
    /// A unit of time ("day", "years"), used for ages.
    static let timeUnit = NumberWordFlags(rawValue: 1 << 9)
    /// A word before an age ("aged", "age").
    static let ageBefore = NumberWordFlags(rawValue: 1 << 10)
    /// "old".
    static let old = NumberWordFlags(rawValue: 1 << 11)
    /// An age abbreviation after the number ("yo").
    static let ageAfter = NumberWordFlags(rawValue: 1 << 12)
    /// "am", "pm".
    static let clockSuffix = NumberWordFlags(rawValue: 1 << 13)
    /// A group noun for products ("sets", "batches").
    static let groupNoun = NumberWordFlags(rawValue: 1 << 14)
    /// An ordinal suffix after digits ("st", "nd", "rd", "th").
    static let ordinalSuffix = NumberWordFlags(rawValue: 1 << 15)
    /// The ordinal can name a fraction denominator ("fifth", not "first").
    static let fraction = NumberWordFlags(rawValue: 1 << 16)
    /// "between".
    static let between = NumberWordFlags(rawValue: 1 << 17)
    /// "from".
    static let from = NumberWordFlags(rawValue: 1 << 18)
    /// "to", "through", "thru".
    static let rangeTo = NumberWordFlags(rawValue: 1 << 19)
    /// "of".
    static let of = NumberWordFlags(rawValue: 1 << 20)
    /// A word after "one" that makes it a pronoun ("who", "another").
    static let pronounAfter = NumberWordFlags(rawValue: 1 << 21)
    /// A word before "one" that makes it a pronoun ("the", "no", "every").
    static let pronounBefore = NumberWordFlags(rawValue: 1 << 22)
    /// "cent" (as in "per cent").
    static let cent = NumberWordFlags(rawValue: 1 << 23)
    /// "clock" (as in "o'clock").
    static let clock = NumberWordFlags(rawValue: 1 << 24)
    /// "or", joining two close numbers into a range ("35 or 36").
    static let alternative = NumberWordFlags(rawValue: 1 << 25)
}

/// Lexicon facts about one known word.
struct NumberWordInfo: Sendable {
    /// The class the number grammar uses.
    var wordClass: NumberWordClass
    /// Extra facts.
    var flags: NumberWordFlags
    /// The number meaning (digit, multiplier, rank, month, ...).
    var value: Double
}

/// The fixed table of words the parser knows, keyed by the packed lower-case bytes.
///
/// A word of at most 16 bytes is packed into two little-endian `UInt64`s (ASCII letters
/// lower-cased) and looked up in an open-addressing table, so a lookup costs one multiply-hash
/// and usually one probe, with no allocation.
struct NumberWords: Sendable {
    /// The shared, immutable lexicon.
    static let shared = NumberWords()

    /// Word facts; index 0 is the unknown word.
    let infos: [NumberWordInfo]
    /// The hash slots.
    private let slots: [Slot]
    /// A Bloom filter over the word hashes (8192 bits); lets most unknown words skip the slot table.
    private let bloom: [UInt64]

    /// One hash slot: the packed word and `length << 16 | info index` (0 when empty).
    private struct Slot {
        /// First 8 packed bytes.
        var key0: UInt64 = 0
        /// Bytes 8-15.
        var key1: UInt64 = 0
        /// `length << 16 | info index`; 0 marks an empty slot.
        var meta: UInt32 = 0
    }

    /// The number of bits of the slot index.
    private static let slotBits: UInt64 = 11

    /// Builds the table from the word list.
    private init() {
        var infos = [NumberWordInfo(wordClass: .none, flags: [], value: 0)]
        var slots = [Slot](repeating: Slot(), count: 1 << Int(Self.slotBits))
        var bloom = [UInt64](repeating: 0, count: 128)
        let mask = (1 << Int(Self.slotBits)) - 1
        for entry in Self.entries() {
            let bytes = Array(entry.word.utf8)
            precondition(
                bytes.count <= 16 && bytes.allSatisfy { $0 >= 97 && $0 <= 122 }, "bad lexicon word")
            let (k0, k1) = Self.pack(bytes)
            let h = Self.hash(k0, k1, bytes.count)
            bloom[Int(truncatingIfNeeded: (h >> 20) & 8191) >> 6] |= 1 << ((h >> 20) & 63)
            var slot = Int(truncatingIfNeeded: h >> (64 - Self.slotBits))
            var existing = -1
            while slots[slot].meta != 0 {
                let s = slots[slot]
                if Int(s.meta >> 16) == bytes.count && s.key0 == k0 && s.key1 == k1 {
                    existing = Int(s.meta & 0xFFFF)
                    break
                }
                slot = (slot + 1) & mask
            }
            if existing >= 0 {
                // A repeated word keeps its first class and gains the new flags.
                infos[existing].flags = infos[existing].flags | entry.info.flags
                continue
            }
            infos.append(entry.info)
            slots[slot] = Slot(
                key0: k0, key1: k1, meta: UInt32(bytes.count) << 16 | UInt32(infos.count - 1))
        }
        self.infos = infos
        self.slots = slots
        self.bloom = bloom
    }

    /// Packs up to 16 bytes, lower-casing ASCII letters.
    static func pack(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var k0: UInt64 = 0
        var k1: UInt64 = 0
        for (i, raw) in bytes.enumerated() {
            let b = (raw >= 65 && raw <= 90) ? raw | 0x20 : raw
            if i < 8 {
                k0 |= UInt64(b) << (8 * UInt64(i))
            } else {
                k1 |= UInt64(b) << (8 * UInt64(i - 8))
            }
        }
        return (k0, k1)
    }

    /// The 64-bit hash of a packed key; the top bits pick the slot, bits 20-32 the Bloom bit.
    @inline(__always)
    private static func hash(_ k0: UInt64, _ k1: UInt64, _ length: Int) -> UInt64 {
        let h = (k0 &* 0x9E37_79B9_7F4A_7C15) ^ (k1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return h &* 0xFF51_AFD7_ED55_8CCD
    }

    /// The info index of a packed lower-case letter word, or 0 when the word is unknown.
    @inline(__always)
    func lookup(_ k0: UInt64, _ k1: UInt64, length: Int) -> UInt16 {
        guard length <= 16 else {
            return 0
        }
        let h = Self.hash(k0, k1, length)
        let bit = (h >> 20) & 8191
        guard bloom[Int(truncatingIfNeeded: bit >> 6)] & (1 &<< (bit & 63)) != 0 else {
            return 0
        }
        let mask = (1 << Int(Self.slotBits)) - 1
        var slot = Int(truncatingIfNeeded: h >> (64 - Self.slotBits))
        while true {
            let s = slots[slot]
            if s.meta == 0 {
                return 0
            }
            if Int(s.meta >> 16) == length && s.key0 == k0 && s.key1 == k1 {
                return UInt16(truncatingIfNeeded: s.meta)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The info index of a word given as a string (0 when unknown).
    func lookup(_ word: String) -> UInt16 {
        let bytes = Array(word.utf8).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        guard !bytes.isEmpty, bytes.count <= 16, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
            return 0
        }
        let (k0, k1) = Self.pack(bytes)
        return lookup(k0, k1, length: bytes.count)
    }

    /// The singular words that multiply what comes before them ("hundred", "thousand",
    /// "million", "crore"), with their value: what turns a vague quantity into a larger one
    /// ("a few hundred", "several thousand").
    static let multipliers: [(word: String, value: Double)] = entries().filter {
        ($0.info.wordClass == .hundred || $0.info.wordClass == .scale)
            && !$0.info.flags.has(.plural)
    }.map { ($0.word, $0.info.value) }

    /// The words that count by themselves ("four", "twelve", "hundreds", "dozens", "several"):
    /// cardinals below a hundred, hundreds, scales and dozens in any number, and vague words.
    static let countingWords: [String] = entries().filter {
        [.unit, .teen, .tens, .tensUnit, .hundred, .scale, .dozen].contains($0.info.wordClass)
            || $0.info.flags.has(.vague)
    }.map(\.word)

    /// One word of the word list.
    private struct Entry {
        /// The lower-case spelling.
        var word: String
        /// Its facts.
        var info: NumberWordInfo
    }

    /// The word list.
    private static func entries() -> [Entry] {
        var list: [Entry] = []
        /// Adds words of one class.
        func add(
            _ words: [String], _ wordClass: NumberWordClass, _ value: Double = 0,
            _ flags: NumberWordFlags = []
        ) {
            for w in words {
                list.append(
                    Entry(
                        word: w,
                        info: NumberWordInfo(wordClass: wordClass, flags: flags, value: value)))
            }
        }
        let units = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ]
        for (v, w) in units.enumerated() {
            add([w], .unit, Double(v))
        }
        add(["nought", "naught", "nil"], .unit, 0)
        let teens = [
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen",
        ]
        for (v, w) in teens.enumerated() {
            add([w], .teen, Double(10 + v))
        }
        let tens = [
            ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50),
            ("sixty", 60),
            ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ]
        for (w, v) in tens {
            add([w], .tens, Double(v))
            for u in 1...9 {
                add([w + units[u]], .tensUnit, Double(v + u))
            }
        }
        add(["hundred"], .hundred, 100)
        add(["hundreds"], .hundred, 100, .plural)
        let scales: [(String, Double)] = [
            ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
            ("quadrillion", 1e15), ("lakh", 1e5), ("lac", 1e5), ("lkh", 1e5), ("crore", 1e7),
            ("krore", 1e7), ("koti", 1e7), ("cr", 1e7),
        ]
        for (w, v) in scales {
            add([w], .scale, v)
            add([w + "s"], .scale, v, .plural)
        }
        add(["lakhs", "lacs", "lkhs"], .scale, 1e5, .plural)
        add(["dozen", "doz", "dz"], .dozen, 12)
        add(["dozens", "dozs", "dzs"], .dozen, 12, .plural)
        // Scale abbreviations after digits.
        add(["k"], .abbreviation, 1e3, .measure)
        add(["m"], .abbreviation, 1e6, [.measure, .upperOnly, .lowerForMoney])
        add(["g"], .abbreviation, 1e9, [.measure, .upperOnly])
        add(["mm"], .abbreviation, 1e6, [.measure, .upperOnly, .lowerForMoney])
        add(["b"], .abbreviation, 1e9, [.measure, .moneyOrDecimal])
        add(["t"], .abbreviation, 1e12, [.measure, .moneyOnly])
        add(["mn", "mln", "mil", "mio"], .abbreviation, 1e6)
        add(["bn", "bln", "bil"], .abbreviation, 1e9)
        add(["tn", "tln", "trn"], .abbreviation, 1e12)
        // Ordinals.
        add(["first"], .ordinal, 1)
        add(["second"], .ordinal, 2)
        let ordinals = [
            ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
            ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
            ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17),
            ("eighteenth", 18), ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
            ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70),
            ("eightieth", 80),
            ("ninetieth", 90), ("hundredth", 100), ("thousandth", 1000), ("millionth", 1e6),
            ("billionth", 1e9), ("trillionth", 1e12), ("quadrillionth", 1e15),
        ]
        for (w, v) in ordinals {
            add([w], .ordinal, Double(v), .fraction)
            add([w + "s"], .ordinal, Double(v), [.fraction, .plural])
        }
        add(["half"], .half, 2)
        add(["halves"], .half, 2, .plural)
        add(["quarter"], .quarter, 4)
        add(["quarters"], .quarter, 4, .plural)
        add(["a", "an"], .article, 1)
        add(["couple", "pair"], .couple, 2)
        add(["point"], .point)
        add(["and"], .and)
        add(["minus", "negative"], .minus)
        add(["plus"], .plus)
        add(["percent", "percents", "percentage", "percentages", "pct"], .percent)
        add(["per"], .per, 0, .determiner)
        add(["cent"], .none, 0, [.cent, .currencyAfter])
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        for (i, w) in months.enumerated() {
            add([w], .month, Double(i + 1))
        }
        let shortMonths: [(String, Double)] = [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        for (w, v) in shortMonths {
            add([w], .month, v)
        }
        add(["st", "nd", "rd", "th"], .none, 0, .ordinalSuffix)
        // Context words.
        add(
            ["the", "no", "any", "every", "each", "which", "this"], .none, 0,
            [.determiner, .pronounBefore])
        add(
            [
                "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "last",
                "next",
                "fiscal", "previous", "same", "final", "other", "latest", "current", "every",
            ], .none, 0, .determiner)
        add(["who", "whom", "whose", "another"], .none, 0, .pronounAfter)
        add(["few", "several", "many"], .none, 0, .vague)
        add(
            [
                "in", "since", "during", "until", "till", "by", "before", "after", "circa", "early",
                "mid",
            ],
            .none, 0, .yearCue)
        add(["aged", "age"], .none, 0, .ageBefore)
        add(["old"], .none, 0, .old)
        add(["yo"], .none, 0, .ageAfter)
        add(["am", "pm"], .none, 0, .clockSuffix)
        add(["clock"], .none, 0, .clock)
        add(
            [
                "set", "sets", "group", "groups", "batch", "batches", "pairs", "packs", "bundles",
                "rows",
            ],
            .none, 0,
            .groupNoun)
        add(["between"], .none, 0, .between)
        add(["from"], .none, 0, .from)
        add(["to", "through", "thru"], .none, 0, .rangeTo)
        add(["or"], .none, 0, .alternative)
        add(["of"], .none, 0, .of)
        add(
            [
                "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
                "hours",
                "hr", "hrs",
                "h", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr",
                "yrs",
                "decade",
                "decades", "century", "centuries",
            ], .none, 0, [.measure, .timeUnit])
        add(
            [
                "km", "cm", "dm", "um", "nm", "mi", "mile", "miles", "ft", "feet", "foot", "inch",
                "inches",
                "yd",
                "yard", "yards", "meter", "meters", "metre", "metres", "kilometer", "kilometers",
                "kilometre",
                "kilometres", "centimeter", "centimeters", "centimetre", "centimetres",
                "millimeter",
                "millimeters", "millimetre", "millimetres", "kg", "kgs", "gram", "grams", "mg",
                "lb", "lbs",
                "oz",
                "ounce", "ounces", "ton", "tons", "tonne", "tonnes", "kilo", "kilos", "kilogram",
                "kilograms",
                "milligram", "milligrams", "microgram", "micrograms", "l", "ml", "liter", "liters",
                "litre",
                "litres", "gallon", "gallons", "gal", "cup", "cups", "tablespoon", "tablespoons",
                "tbsp",
                "teaspoon", "teaspoons", "tsp", "cl", "dl", "barrel", "barrels", "bbl", "pint",
                "pints",
                "quart",
                "quarts", "cubic", "cc", "sq", "square", "acre", "acres", "hectare", "hectares",
                "ha",
                "degree",
                "degrees", "deg", "celsius", "celcius", "fahrenheit", "farenheit", "centigrade",
                "centigrate",
                "kelvin", "c", "f", "ms", "ns", "s", "mph", "kph", "kmph", "kmh", "knots", "kb",
                "mb", "gb",
                "tb",
                "byte", "bytes", "bit", "bits", "kbps", "mbps", "gbps", "w", "kw", "mw", "gw",
                "kwh", "mwh",
                "gwh", "wh", "watt", "watts", "volt", "volts", "v", "ev", "j", "joule", "joules",
                "hz",
                "khz",
                "mhz", "ghz", "calorie", "calories", "kcal", "cal", "gy", "mgy", "rad", "pm",
                "turn",
                "turns",
                "storey", "storeys", "points",
            ], .none, 0, .measure)
        add(
            [
                "dollar", "dollars", "usd", "eur", "euro", "euros", "gbp", "pound", "pounds",
                "sterling",
                "yen",
                "jpy", "yuan", "rmb", "cny", "renminbi", "rupee", "rupees", "inr", "rs", "cents",
                "pence",
                "penny", "pennies", "franc", "francs", "chf", "peso", "pesos", "mxn", "rand", "won",
                "krona",
                "kronor", "kroner", "sek", "nok", "dkk", "aud", "cad", "nzd", "hkd", "sgd", "btc",
                "bitcoin",
                "bitcoins", "markka", "markkaa", "peseta", "pesetas", "dinar", "dinars", "dirham",
                "dirhams",
                "riyal", "riyals", "ruble", "rubles", "rouble", "roubles", "lira", "shekel",
                "shekels",
                "naira",
                "baht", "ringgit", "bucks", "quid", "drachma", "drachmas", "sen",
            ], .none, 0, .currencyAfter)
        add(
            [
                "usd", "eur", "gbp", "rs", "inr", "jpy", "cny", "rmb", "chf", "sek", "aud", "cad",
                "nzd",
                "mxn",
                "hkd", "sgd", "dollar", "euro", "sen", "btc",
            ], .none, 0, .currencyBefore)
        return list
    }
}
