import FactLedgerCore
import Foundation

/// The features a learned model judges an item by; built here for a figure claim (what the rules
/// made of the figure — topic, pattern, cue, tally, qualifier — and the words around it), and by
/// `StanceFeatures` for a candidate stance.
///
/// A feature is a name such as `w+1=hostages` or `rule=hostages.held&w+1=remain`: a family
/// (up to the `=` after the last `&`) and a value. Its key mixes the `WordHash` of the family with
/// the `WordHash` of the value, so the extractor keys a word by the hash its token already has,
/// and a model file that lists names loads to the same keys.
public struct ModelFeatures: Sendable {
    /// The keys of the features, in the order they were added.
    public private(set) var keys: [UInt64] = []
    /// The names of the features, kept only when a model is being trained.
    public private(set) var names: [String]?
    /// The names of the place-context features (`PlaceContext`) the facet models read besides
    /// these, kept when a model is being trained.
    public private(set) var placeContextNames: [String] = []

    /// How many words before and after the figure are features of their own position.
    static let adjacentWords = 3
    /// How far past the adjacent words the words before and after count as nearby.
    static let nearbyWords = 8
    /// About how many features a figure has besides its sentence's words.
    private static let expectedCount = 48

    /// The key of a feature from the hashes of its family and its value.
    @inline(__always)
    static func key(family: UInt64, value: UInt64) -> UInt64 {
        (family &* 0x9E37_79B9_7F4A_7C15) ^ value
    }

    /// The key of a feature given by name.
    public static func key(ofName name: String) -> UInt64 {
        let utf8 = name.utf8
        let start = utf8.lastIndex(of: UInt8(ascii: "&")) ?? utf8.startIndex
        guard let equals = utf8[start...].firstIndex(of: UInt8(ascii: "=")) else {
            return key(family: WordHash.hash(name), value: WordHash.hash(""))
        }
        let split = utf8.index(after: equals)
        return key(
            family: WordHash.hash(name[..<split]), value: WordHash.hash(name[split...]))
    }

    /// A feature family: its name ("w+1=") and that name's hash.
    struct Family {
        let name: String
        let hash: UInt64
        init(_ name: String) {
            self.name = name
            hash = WordHash.hash(name)
        }
    }

    private static let before = (1...adjacentWords).map { Family("w-\($0)=") }
    private static let after = (1...adjacentWords).map { Family("w+\($0)=") }
    private static let nearBefore = Family("l=")
    private static let nearAfter = Family("r=")
    private static let inSentence = Family("s=")
    private static let rule = Family("rule=")
    private static let how = Family("how=")
    private static let tally = Family("tally=")
    private static let qualifier = Family("qualifier=")
    private static let digits = Family("digits=")
    private static let part = Family("part")
    private static let previousFigure = Family("prev=")
    private static let figureBefore = Family("before=")
    private static let lede = Family("lede")
    private static let daysBack = Family("daysback=")
    private static let comparison = Family("than-last=")
    /// How many days before publication the figure speaks of, as feature values.
    private static let dayBuckets = ["later", "0", "1", "week", "older"].map {
        (name: $0, hash: WordHash.hash($0))
    }
    /// How a figure compares with the last of its measure, as feature values.
    private static let orders = ["first", "larger", "smaller"].map {
        (name: $0, hash: WordHash.hash($0))
    }
    private static let roundness = Family("zeros=")
    private static let facet = Family("facet=")
    private static let topicFamily = Family("topic=")
    private static let yearLike = Family("year-like")
    private static let verbForm = Family("vform=")
    private static let verbHead = Family("vhead=")
    private static let verbPassive = Family("vpassive")
    private static let verbNegated = Family("vneg")
    private static let verbForms = Dictionary(
        uniqueKeysWithValues: VerbGroup.Form.allCases.map { ($0, WordHash.hash($0.rawValue)) })
    private static let number = "#"
    static let numberHash = WordHash.hash(number)
    private static let sentenceStart = "^"
    private static let sentenceEnd = "$"
    private static let empty = WordHash.hash("")
    private static let digitCounts = (0...20).map { WordHash.hash(String($0)) }

    /// The features of a numeric claim whose figure spans tokens `figure` of a sentence. With
    /// `sharingSentenceWords` (and no names kept), the sentence's words are left out: the caller
    /// scores them once for every figure of the sentence (`sentenceWords(of:leavingOut:)`).
    /// The words of the sentence's figures (`figures`: "two sets of two") are no words of it.
    init(
        _ claim: Claim, figure: Range<Int>, in sentence: Sentence, keepingNames: Bool,
        sharingSentenceWords: Bool = false, figures: [Range<Int>] = [],
        previousTopic: String? = nil,
        context: FigureContext = FigureContext(), structure: SentenceStructure? = nil
    ) {
        names = keepingNames ? [] : nil
        keys.reserveCapacity(Self.expectedCount)
        let topic = WordHash.hash(claim.topic)
        add(Self.rule, claim.topic, topic)
        // "rule=TOPIC&", the start of the families joining the rules' topic and a word.
        let joined = WordHash.hash(
            "&", continuing: WordHash.hash(claim.topic, continuing: Self.rule.hash))
        let provenance = claim.provenance.utf8
        if let first = provenance.firstIndex(of: UInt8(ascii: ":")),
            let second = provenance[provenance.index(after: first)...].firstIndex(
                of: UInt8(ascii: ":"))
        {
            let rest = claim.provenance[provenance.index(after: second)...]
            add(
                Self.how, rest.replacingOccurrences(of: " ", with: "_"),
                Self.hashJoiningWords(rest))
        }
        if let tally = claim.tally {
            add(Self.tally, tally.rawValue, WordHash.hash(tally.rawValue))
        }
        if let quantity = claim.quantity {
            let qualifier = quantity.qualifier.rawValue
            add(Self.qualifier, qualifier, WordHash.hash(qualifier))
            if quantity.qualifier != .vague {
                let value = quantity.best ?? quantity.low
                var count = 1
                var rest = value.magnitude
                while rest >= 10, count < 20 {
                    rest /= 10
                    count += 1
                }
                add(Self.digits, String(count), Self.digitCounts[count])
                if value >= 1900, value <= 2100, value == value.rounded() {
                    add(Self.yearLike, "", Self.empty)
                }
            }
        }
        if claim.wholeIndex != nil { add(Self.part, "", Self.empty) }
        let previous = previousTopic ?? Self.sentenceStart
        add(Self.previousFigure, previous, WordHash.hash(previous))
        let before = context.topicBefore ?? Self.sentenceStart
        add(Self.figureBefore, before, WordHash.hash(before))
        if context.sentence == 1 { add(Self.lede, "", Self.empty) }
        if let published = context.published {
            let back = claim.asOf.days(to: published)
            let bucket =
                Self.dayBuckets[back < 0 ? 0 : back == 0 ? 1 : back == 1 ? 2 : back <= 7 ? 3 : 4]
            add(Self.daysBack, bucket.name, bucket.hash)
        }
        // Larger or smaller than the last figure of its measure; a figure stated again is a
        // claim again, so equal values say nothing.
        if let quantity = claim.quantity {
            let value = quantity.best ?? quantity.low
            if let order = context.lastValue.map({ $0 < value ? 1 : $0 > value ? 2 : nil }) ?? 0 {
                add(Self.comparison, Self.orders[order].name, Self.orders[order].hash)
            }
        }
        if let quantity = claim.quantity, quantity.qualifier != .vague {
            var zeros = 0
            var value = (quantity.best ?? quantity.low).magnitude
            while value >= 10, value.truncatingRemainder(dividingBy: 10) == 0, zeros < 6 {
                value /= 10
                zeros += 1
            }
            add(Self.roundness, String(zeros), Self.digitCounts[zeros])
        }
        let tokens = sentence.tokens
        // The verb of the figure's clause: its form ("have been freed" against "were freed on
        // Friday"), alone and with the rules' topic, and its main verb.
        if let structure, let verb = structure.clause(at: figure.lowerBound)?.verb {
            let group = structure.verbGroups[verb]
            let form = Self.verbForms[group.form]!
            add(Self.verbForm, group.form.rawValue, form)
            add(Self.verbForm, group.form.rawValue, form, joinedTo: joined, claim.topic)
            add(Self.verbHead, token: group.head, in: sentence)
            if group.isPassive { add(Self.verbPassive, "", Self.empty) }
            if group.isNegated { add(Self.verbNegated, "", Self.empty) }
        }
        for offset in 1...Self.adjacentWords {
            let family = Self.before[offset - 1]
            let index = figure.lowerBound - offset
            if index >= 0 {
                add(family, token: index, in: sentence)
                if offset == 1 {
                    add(family, token: index, in: sentence, joinedTo: joined, claim.topic)
                }
            } else {
                add(family, Self.sentenceStart, WordHash.hash(Self.sentenceStart))
            }
            let nextFamily = Self.after[offset - 1]
            let next = figure.upperBound + offset - 1
            if next < tokens.count {
                add(nextFamily, token: next, in: sentence)
                if offset <= 2 {
                    add(nextFamily, token: next, in: sentence, joinedTo: joined, claim.topic)
                }
            } else {
                add(nextFamily, Self.sentenceEnd, WordHash.hash(Self.sentenceEnd))
            }
        }
        let nearStart = max(0, figure.lowerBound - Self.adjacentWords - Self.nearbyWords)
        for index in nearStart..<max(nearStart, figure.lowerBound - Self.adjacentWords)
        where tokens[index].kind == .word {
            add(Self.nearBefore, token: index, in: sentence)
        }
        let farStart = min(tokens.count, figure.upperBound + Self.adjacentWords)
        for index in farStart..<min(tokens.count, farStart + Self.nearbyWords)
        where tokens[index].kind == .word {
            add(Self.nearAfter, token: index, in: sentence)
        }
        if !sharingSentenceWords || names != nil {
            for index in tokens.indices
            where tokens[index].kind == .word && !figures.contains(where: { $0.contains(index) }) {
                add(Self.inSentence, token: index, in: sentence)
            }
        }
    }

    /// Features from their keys and names (nil when names are not kept).
    init(keys: [UInt64], names: [String]?) {
        self.keys = keys
        self.names = names
    }

    /// Appends a feature; its name is kept only when names are.
    mutating func append(key: UInt64, name: @autoclosure () -> String) {
        keys.append(key)
        if names != nil { names!.append(name()) }
    }

    /// The keys of the sentence's words outside its figures, the features every figure of the
    /// sentence shares.
    static func sentenceWords(of sentence: Sentence, leavingOut figures: [Range<Int>]) -> [UInt64] {
        sentence.tokens.indices.compactMap { index in
            let token = sentence.tokens[index]
            guard token.kind == .word, !figures.contains(where: { $0.contains(index) }) else {
                return nil
            }
            return key(family: inSentence.hash, value: token.hash)
        }
    }

    /// The keys a facet model reads for one facet of a claim besides the claim's features: the
    /// facet's value as the rules read it (`facet=none` when they gave none) and the claim's topic.
    public static func facetKeys(value: String?, topic: String) -> [UInt64] {
        let value = value ?? LearnedModel.noClaim
        return [
            key(family: facet.hash, value: hashJoiningWords(Substring(value))),
            key(family: topicFamily.hash, value: WordHash.hash(topic)),
        ]
    }

    /// The names `facetKeys` adds, for training; a value's spaces are written as underscores
    /// ("facet=West_Bank"), as a name holds no space.
    public static func facetNames(value: String?, topic: String) -> [String] {
        let written = (value ?? LearnedModel.noClaim).replacingOccurrences(of: " ", with: "_")
        return [facet.name + written, topicFamily.name + topic]
    }

    /// These features with the names of the place context the facet models read beside them.
    func withPlaceContext(_ names: [String]) -> ModelFeatures {
        var copy = self
        copy.placeContextNames = names
        return copy
    }

    /// These features with more features given by name.
    public func adding(_ extra: [String]) -> ModelFeatures {
        var copy = self
        copy.keys += extra.map(Self.key(ofName:))
        if copy.names != nil { copy.names! += extra }
        return copy
    }

    /// The `WordHash` of a sentence's text from one token to another with its spaces written as
    /// underscores, as `hashJoiningWords` hashes that text, without building it.
    static func hashJoiningWords(_ sentence: Sentence, tokens range: Range<Int>) -> UInt64 {
        hashJoiningWords(
            sentence.bytes, sentence.tokens[range.lowerBound].start,
            sentence.tokens[range.upperBound - 1].end)
    }

    /// The `WordHash` of bytes `start..<end` of a buffer with their spaces written as
    /// underscores, without writing them.
    private static func hashJoiningWords(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> UInt64 {
        var value = WordHash.offset
        var start = start
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: " ") {
                value = WordHash.hash(bytes, start, index, continuing: value)
                value = (value ^ UInt64(UInt8(ascii: "_"))) &* WordHash.prime
                start = index + 1
            }
            index += 1
        }
        return WordHash.hash(bytes, start, end, continuing: value)
    }

    /// The `WordHash` of text with its spaces written as underscores, as a feature name holds it.
    static func hashJoiningWords(_ text: Substring) -> UInt64 {
        if let value = text.utf8.withContiguousStorageIfAvailable({
            hashJoiningWords($0, 0, $0.count)
        }) {
            return value
        }
        guard text.utf8.contains(UInt8(ascii: " ")) else { return WordHash.hash(text) }
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] == UInt8(ascii: " ") {
            bytes[index] = UInt8(ascii: "_")
        }
        return bytes.withUnsafeBufferPointer { WordHash.hash($0, 0, $0.count) }
    }

    /// Adds the feature of a family for a value with its hash; with `joined` ("rule=TOPIC&", as
    /// hashed), the family joined to the rules' topic ("rule=TOPIC&vform=past").
    private mutating func add(
        _ family: Family, _ value: @autoclosure () -> String, _ hash: UInt64,
        joinedTo joined: UInt64? = nil, _ topic: String = ""
    ) {
        let familyHash = joined.map { WordHash.hash(family.name, continuing: $0) } ?? family.hash
        keys.append(Self.key(family: familyHash, value: hash))
        guard names != nil else { return }
        let prefix = joined == nil ? family.name : "rule=\(topic)&\(family.name)"
        names!.append(prefix + value())
    }

    /// Adds the feature of a family for a token: its lower-cased word, or `#` for a number; with
    /// `joined`, the family joined to the rules' topic ("rule=TOPIC&w+1=").
    private mutating func add(
        _ family: Family, token index: Int, in sentence: Sentence, joinedTo joined: UInt64? = nil,
        _ topic: String = ""
    ) {
        let token = sentence.tokens[index]
        let isNumber = token.kind == .number
        add(
            family, isNumber ? Self.number : Self.word(token, in: sentence),
            isNumber ? Self.numberHash : token.hash, joinedTo: joined, topic)
    }

    /// A token's word as its hash reads it: ASCII letters lower-cased, a contracted "n't" as "not".
    static func word(_ token: Token, in sentence: Sentence) -> String {
        if token.hash == Tokenizer.notHash { return "not" }
        let bytes = sentence.bytes[token.start..<token.end].map { byte in
            byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// What the text before a figure tells about it: the topic claimed last, which sentence of the
/// article it is in, the day the article was published (against the day the figure speaks of),
/// and the last figure the article gave the same measure.
struct FigureContext: Sendable {
    /// The topic of the last figure claimed in the sentences before.
    var topicBefore: String?
    /// The number of the figure's sentence in the article, from 1.
    var sentence = 0
    /// The article's publication day.
    var published: Day?
    /// The value of the last figure of the same measure (`Lexicon.measureOfTopic`).
    var lastValue: Double?

    /// No context: a figure read on its own.
    init() {}

    init(topicBefore: String?, sentence: Int, published: Day, lastValue: Double?) {
        self.topicBefore = topicBefore
        self.sentence = sentence
        self.published = published
        self.lastValue = lastValue
    }
}
