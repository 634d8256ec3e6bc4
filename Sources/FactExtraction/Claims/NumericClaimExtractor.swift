import FactLedgerCore

/// Finds numeric claims in a sentence: a number, its counted noun, the measure the nearest cue
/// selects, its qualifier and facets, and the parts of a total listed with it.
struct NumericClaimExtractor {
    let lexicon: Lexicon

    /// A number in the sentence: a parsed mention or a vague word, by token span.
    struct Figure {
        var first: Int
        var end: Int
        var quantity: Quantity
        var isVague: Bool
    }

    /// A counted noun found after a figure.
    struct Counted {
        var nounClass: String
        var nounEnd: Int
        var facets: [Lexicon.FacetValue]
        var cueText: String
    }

    private static let auxiliaries: WordTable<Bool> = WordTable(
        set: [
            "were", "was", "have", "has", "had", "been", "are", "is", "being", "be", "reportedly",
            "now", "still",
            "also", "already", "later", "all",
        ].map { WordHash.hash($0) })
    private static let compositionOpeners: [(String, Bool)] = [
        ("including", false), ("among them", false), ("among whom", false), ("of whom", false),
        ("among those", false),
        (":", true), ("(", true), ("—", true), ("–", true), ("comprising", true),
        ("made up of", true), ("namely", true),
    ]
    private static let openers = PhraseTable(compositionOpeners)

    /// The numeric claims of one sentence; `lastNounClass` carries the counted noun across
    /// sentences. The attribution is worked out only when the sentence holds a figure.
    func claims(
        in sentence: Sentence, mentions: [NumberMention], deferred: inout Attribution.Deferred,
        published: Day, lastNounClass: inout String?
    ) -> [Claim] {
        let figures = self.figures(in: sentence, mentions: mentions)
        guard !figures.isEmpty else { return [] }
        let attribution = deferred.resolve(sentence, lexicon: lexicon)
        let cueMatches = lexicon.cues.matches(sentence.tokens)
        let tollMatches = lexicon.tolls.matches(sentence.tokens)
        var claims: [Claim] = []
        var consumed: [Int] = []
        for (index, figure) in figures.enumerated() where !consumed.contains(index) {
            var counted = countedNoun(after: figure, in: sentence)
            if let found = counted { lastNounClass = found.nounClass }
            var measure: (index: Int, cue: String)?
            if let found = counted {
                measure = chooseMeasure(
                    for: found.nounClass, figure: figure, nounEnd: found.nounEnd, cues: cueMatches,
                    in: sentence)
            } else if let toll = tollFor(figure, tolls: tollMatches, in: sentence) {
                measure = toll
                counted = Counted(nounClass: "", nounEnd: figure.end, facets: [], cueText: toll.cue)
            } else if let elided = elidedNoun(
                after: figure, cues: cueMatches, in: sentence, lastNounClass: lastNounClass)
            {
                measure = elided
                counted = Counted(
                    nounClass: lastNounClass ?? "", nounEnd: figure.end, facets: [],
                    cueText: elided.cue)
            }
            guard let measure, let counted else { continue }
            let topic = lexicon.vocabulary.measures[measure.index].topic
            var quantity = figure.quantity
            if !figure.isVague, quantity.qualifier == .exact || quantity.qualifier == .approximate {
                quantity = qualified(
                    quantity, figure: figure, nounEnd: counted.nounEnd, in: sentence)
            }
            let facets = self.facets(counted.facets, topic: topic, near: figure.first, in: sentence)
            let asOf = DateResolver.asOf(sentence, near: figure.first, published: published)
            let wholeIndex = claims.count
            claims.append(
                claim(
                    topic: topic, facets: facets, quantity: quantity, attribution: attribution,
                    asOf: asOf,
                    sentence: sentence,
                    provenance:
                        "numeric:\(topic):\(counted.nounClass.isEmpty ? "toll" : counted.nounClass):\(measure.cue)",
                    position: figure.first))
            // Parts listed with the total ("four hostages, including two Americans and two Israelis").
            let figureStarts = figures.map(\.first)
            guard
                let (partRange, exhaustive) = compositionList(
                    after: counted.nounEnd, in: sentence, figureStarts: figureStarts)
            else { continue }
            for partIndex in figures.indices
            where partIndex > index && partRange.contains(figures[partIndex].first) {
                consumed.append(partIndex)
                let part = figures[partIndex]
                guard let partNoun = countedNoun(after: part, in: sentence) else { continue }
                let partFacets = self.facets(
                    partNoun.facets, topic: topic, near: part.first, in: sentence,
                    adjacentOnly: true)
                guard partFacets != facets, !partFacets.isEmpty else { continue }
                var merged = facets
                for pair in partFacets.pairs { merged[pair.key] = pair.value }
                let partQuantity =
                    part.isVague
                    ? part.quantity
                    : qualified(
                        part.quantity, figure: part, nounEnd: partNoun.nounEnd, in: sentence)
                claims.append(
                    claim(
                        topic: topic, facets: merged, quantity: partQuantity,
                        attribution: attribution, asOf: asOf,
                        sentence: sentence, provenance: "numeric:\(topic):part", position: figure.first,
                        wholeIndex: wholeIndex,
                        exhaustive: exhaustive))
            }
        }
        return claims
    }

    private func claim(
        topic: String, facets: Facets, quantity: Quantity, attribution: Attribution, asOf: Day,
        sentence: Sentence,
        provenance: String, position: Int, wholeIndex: Int? = nil, exhaustive: Bool = false
    ) -> Claim {
        Claim(
            kind: .numeric, topic: topic, facets: facets,
            speaker: attribution.speaker(near: position), quantity: quantity,
            certainty: attribution.certainty, asOf: asOf, quote: sentence.quote,
            start: sentence.range.lowerBound,
            end: sentence.range.upperBound, provenance: provenance, wholeIndex: wholeIndex,
            partsAreExhaustive: exhaustive)
    }

    // MARK: - Figures

    /// The countable figures of the sentence: cardinal mentions and vague words, by token span.
    func figures(in sentence: Sentence, mentions: [NumberMention]) -> [Figure] {
        var figures: [Figure] = []
        let vagueMatches = lexicon.vague.matches(sentence.tokens)
        for match in vagueMatches {
            let word = lexicon.vocabulary.vague[match.payload]
            figures.append(
                Figure(
                    first: match.index, end: match.end,
                    quantity: Quantity(
                        low: word.low, high: word.high, best: nil, qualifier: .vague), isVague: true
                ))
        }
        // A number with a unit ("23,000 litres") can be a count too; the counted noun decides.
        for mention in mentions
        where (mention.role == .cardinal || mention.role == .measure) && mention.value > 0 {
            let first = sentence.tokenIndex(atOrAfter: mention.start)
            var end = first
            while end < sentence.tokens.count, sentence.tokens[end].start < mention.end { end += 1 }
            guard first < end else { continue }
            if figures.contains(where: { $0.isVague && $0.first < end && first < $0.end }) {
                continue
            }
            let quantity: Quantity
            if let upper = mention.upper {
                quantity = Quantity(
                    low: min(mention.value, upper), high: max(mention.value, upper), best: nil,
                    qualifier: .range)
            } else {
                quantity = .exact(mention.value)
            }
            figures.append(Figure(first: first, end: end, quantity: quantity, isVague: false))
        }
        return figures.sorted { $0.first < $1.first }
    }

    /// The qualifier words around a figure turn an exact number into a bound or an approximation.
    private func qualified(
        _ quantity: Quantity, figure: Figure, nounEnd: Int, in sentence: Sentence
    ) -> Quantity {
        let value = quantity.best ?? quantity.low
        var qualifier: Qualifier?
        for start in max(0, figure.first - 4)..<figure.first {
            if let match = lexicon.qualifierBefore.match(sentence.tokens, at: start),
                match.end == figure.first
            {
                qualifier = match.payload
                break
            }
        }
        if qualifier == nil {
            for position in [figure.end, nounEnd] where position < sentence.tokens.count {
                if let match = lexicon.qualifierAfter.match(sentence.tokens, at: position) {
                    qualifier = match.payload
                    break
                }
            }
        }
        let spread = lexicon.vocabulary.approximateSpread
        switch qualifier {
        case .approximate?:
            return Quantity(
                low: value * (1 - spread), high: value * (1 + spread), best: value,
                qualifier: .approximate)
        case .over?: return Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
        case .atLeast?: return Quantity(low: value, high: .infinity, best: nil, qualifier: .atLeast)
        case .under?: return Quantity(low: 0, high: value, best: nil, qualifier: .under)
        case .atMost?: return Quantity(low: 0, high: value, best: nil, qualifier: .atMost)
        default: return quantity
        }
    }

    // MARK: - Nouns and measures

    /// The counted noun after a figure, skipping modifiers and collecting facet words; a noun
    /// joined to another of the same facet ("women and children") carries neither value.
    func countedNoun(after figure: Figure, in sentence: Sentence) -> Counted? {
        guard var counted = nounAndFacets(after: figure, in: sentence) else { return nil }
        let tokens = sentence.tokens
        // "54 of its citizens": whose citizens the sentence says before the figure ("Thailand said").
        if (figure.end..<counted.nounEnd).contains(where: {
            Self.possessives.contains(tokens[$0].hash)
        }),
            let owner = lexicon.adjacentFacets.matches(tokens, in: 0..<figure.first).last(where: {
                $0.payload.key == "nationality"
            }),
            !counted.facets.contains(where: { $0.key == "nationality" })
        {
            counted.facets.append(owner.payload)
        }
        if counted.nounEnd + 1 < tokens.count, tokens[counted.nounEnd].hash == Self.and,
            let other = lexicon.adjacentFacets.match(tokens, at: counted.nounEnd + 1)
        {
            counted.facets.removeAll { $0.key == other.payload.key }
            counted.nounEnd = other.end
        }
        return counted
    }

    private static let and = WordHash.hash("and")
    private static let clauseWords: WordTable<Bool> = WordTable(
        set: [
            "and", "or", "were", "was", "are", "is", "had", "have", "has", "who", "remain",
            "remained",
        ].map { WordHash.hash($0) })
    private static let placeFillers: WordTable<Bool> = WordTable(
        set: ["the", "occupied", "southern", "northern", "central"].map { WordHash.hash($0) })
    private static let possessives: WordTable<Bool> = WordTable(
        set: ["its", "their"].map { WordHash.hash($0) })
    private static let locatives: WordTable<Bool> = WordTable(
        set: ["in", "inside", "across", "throughout", "within"].map { WordHash.hash($0) })

    private func nounAndFacets(after figure: Figure, in sentence: Sentence) -> Counted? {
        let tokens = sentence.tokens
        var position = figure.end
        var facets: [Lexicon.FacetValue] = []
        var steps = 0
        while position < tokens.count, steps < 6 {
            steps += 1
            if let noun = lexicon.nouns.match(tokens, at: position) {
                if let facet = lexicon.adjacentFacets.match(tokens, at: position),
                    facet.end >= noun.end
                {
                    facets.append(facet.payload)
                    return Counted(
                        nounClass: noun.payload, nounEnd: facet.end, facets: facets, cueText: "")
                }
                return Counted(
                    nounClass: noun.payload, nounEnd: noun.end, facets: facets, cueText: "")
            }
            if let facet = lexicon.adjacentFacets.match(tokens, at: position) {
                facets.append(facet.payload)
                if let noun = lexicon.nouns.match(tokens, at: facet.end) {
                    return Counted(
                        nounClass: noun.payload, nounEnd: noun.end, facets: facets, cueText: "")
                }
                let next = facet.end < tokens.count ? tokens[facet.end] : nil
                if next.map({ $0.kind == .punctuation || Self.clauseWords.contains($0.hash) })
                    ?? true
                {
                    // The facet word is the noun itself: "one Filipino", "two Russians".
                    return Counted(
                        nounClass: "person", nounEnd: facet.end, facets: facets, cueText: "")
                }
                position = facet.end
                continue
            }
            if let modifier = lexicon.modifiers.match(tokens, at: position) {
                position = modifier.end
                continue
            }
            if tokens[position].kind == .punctuation,
                sentence.bytes[tokens[position].start] == UInt8(ascii: "-")
            {
                position += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// The measure for a noun class whose cue lies nearest the figure; a default measure when no cue does.
    private func chooseMeasure(
        for nounClass: String, figure: Figure, nounEnd: Int, cues: [PhraseTable<[Int]>.Match],
        in sentence: Sentence
    ) -> (index: Int, cue: String)? {
        // A cue after an auxiliary ("will be released") is the clause's main verb; a cue right
        // after the noun without one ("hostages held in Gaza") only describes the noun when a
        // main verb follows.
        let mainVerbFollows = cues.contains { cue in
            cue.index > nounEnd && cue.index > 0
                && Self.auxiliaries.contains(sentence.tokens[cue.index - 1].hash)
                && !(nounEnd..<cue.index).contains { sentence.isClauseBreak($0) }
        }
        var best: (distance: Int, index: Int, cue: String)?
        for (index, measure) in lexicon.vocabulary.measures.enumerated()
        where measure.nouns.contains(nounClass) {
            guard contextAllows(index, sentence, near: figure.first) else { continue }
            var distance = Int.max
            var cueText = "default"
            for cue in cues where cue.payload.contains(index) {
                // Distances are doubled so a cue before the figure wins a tie with one after it.
                var gap: Int
                if cue.end <= figure.first {
                    // Qualifier words ("free about 50") sit between a verb and its figure at no distance.
                    var start = figure.first
                    for begin in max(0, figure.first - 4)..<figure.first {
                        if let qualifier = lexicon.qualifierBefore.match(
                            sentence.tokens, at: begin), qualifier.end == figure.first
                        {
                            start = begin
                            break
                        }
                    }
                    gap =
                        2
                        * (max(0, start - cue.end) + clausePenalty(cue.end, figure.first, sentence))
                } else if cue.index >= nounEnd {
                    gap =
                        2 * (cue.index - nounEnd + clausePenalty(nounEnd, cue.index, sentence)) + 1
                    let afterAuxiliary =
                        cue.index > 0
                        && Self.auxiliaries.contains(sentence.tokens[cue.index - 1].hash)
                    if afterAuxiliary { gap = max(0, gap - 6) }
                    if cue.index == nounEnd, !afterAuxiliary, mainVerbFollows { gap += 12 }
                } else {
                    continue
                }
                if figure.isVague,
                    clausePenalty(min(cue.end, figure.first), max(cue.index, nounEnd), sentence) > 0
                {
                    continue
                }
                if gap < distance {
                    distance = gap
                    cueText = sentence.text(tokens: cue.index..<cue.end).lowercased()
                }
            }
            if distance == Int.max {
                guard measure.isDefault, !figure.isVague else { continue }
                distance = 10_000
            }
            if best == nil || distance < best!.distance { best = (distance, index, cueText) }
        }
        return best.map { ($0.index, $0.cue) }
    }

    /// Extra distance for every clause break between two token positions.
    private func clausePenalty(_ from: Int, _ to: Int, _ sentence: Sentence) -> Int {
        var penalty = 0
        for position in from..<to where sentence.isClauseBreak(position) { penalty += 4 }
        return penalty
    }

    /// Whether the sentence has one of the measure's context words and the figure's clause none
    /// of its excluded words.
    private func contextAllows(_ measureIndex: Int, _ sentence: Sentence, near position: Int? = nil)
        -> Bool
    {
        if let context = lexicon.contexts[measureIndex], context.matches(sentence.tokens).isEmpty {
            return false
        }
        if let exclusion = lexicon.exclusions[measureIndex] {
            var range = 0..<sentence.tokens.count
            if let position {
                var start = position
                while start > 0, !sentence.isClauseBreak(start - 1) { start -= 1 }
                var end = position
                while end < sentence.tokens.count, !sentence.isClauseBreak(end) { end += 1 }
                range = start..<end
            }
            if !exclusion.matches(sentence.tokens, in: range).isEmpty { return false }
        }
        return true
    }

    /// A toll phrase just before a figure ("the death toll rose to 11,000") or just after ("1,200 dead").
    private func tollFor(_ figure: Figure, tolls: [PhraseTable<[Int]>.Match], in sentence: Sentence)
        -> (index: Int, cue: String)?
    {
        for toll in tolls {
            let before = toll.end <= figure.first && figure.first - toll.end <= 8
            let after = toll.index >= figure.end && toll.index - figure.end <= 1
            guard before || after,
                let index = toll.payload.first(where: { contextAllows($0, sentence) })
            else { continue }
            if before,
                (toll.end..<figure.first).contains(where: { sentence.tokens[$0].kind == .number })
            {
                continue
            }
            return (index, sentence.text(tokens: toll.index..<toll.end).lowercased())
        }
        return nil
    }

    /// A figure followed by a cue with no noun ("… and 240 remain in captivity"): the noun is the
    /// one last counted.
    private func elidedNoun(
        after figure: Figure, cues: [PhraseTable<[Int]>.Match], in sentence: Sentence,
        lastNounClass: String?
    ) -> (index: Int, cue: String)? {
        guard let nounClass = lastNounClass else { return nil }
        var position = figure.end
        while position < sentence.tokens.count,
            Self.auxiliaries.contains(sentence.tokens[position].hash)
        { position += 1 }
        guard let cue = cues.first(where: { $0.index == position }) else { return nil }
        for index in cue.payload where lexicon.vocabulary.measures[index].nouns.contains(nounClass)
        {
            if contextAllows(index, sentence) {
                return (index, sentence.text(tokens: cue.index..<cue.end).lowercased())
            }
        }
        return nil
    }

    // MARK: - Facets and parts

    /// The facets that apply to the topic: adjacent words, and the nearest place word.
    private func facets(
        _ adjacent: [Lexicon.FacetValue], topic: String, near position: Int, in sentence: Sentence,
        adjacentOnly: Bool = false
    ) -> Facets {
        var result = Facets()
        for value in adjacent where facet(value.key)?.applies(to: topic) == true {
            result[value.key] = value.value
        }
        guard !adjacentOnly else { return result }
        var nearest: (distance: Int, value: Lexicon.FacetValue)?
        for match in lexicon.nearestFacets.matches(sentence.tokens)
        where facet(match.payload.key)?.applies(to: topic) == true {
            // "killed in Gaza" names the place; "Israel's military says" names a speaker.
            var before = match.index - 1
            while before > 0, Self.placeFillers.contains(sentence.tokens[before].hash) {
                before -= 1
            }
            guard before >= 0, Self.locatives.contains(sentence.tokens[before].hash) else {
                continue
            }
            let distance = match.index >= position ? match.index - position : position - match.end
            if nearest == nil || distance < nearest!.distance {
                nearest = (distance, match.payload)
            }
        }
        if let nearest { result[nearest.value.key] = nearest.value.value }
        return result
    }

    private func facet(_ key: String) -> Vocabulary.Facet? {
        lexicon.vocabulary.facets.first { $0.key == key }
    }

    /// The token range of a list of parts right after a total, and whether it is exhaustive.
    private func compositionList(after position: Int, in sentence: Sentence, figureStarts: [Int])
        -> (Range<Int>, Bool)?
    {
        var start = position
        if sentence.isPunctuation(start, UInt8(ascii: ",")) { start += 1 }
        var opener =
            start < sentence.tokens.count ? Self.openers.match(sentence.tokens, at: start) : nil
        if opener == nil {
            // The list may follow the verb: "24 hostages were released: 13 Israelis and 10 Thais",
            // "137 people are held in Gaza, among them 15 women".
            var scan = start
            while scan < sentence.tokens.count, scan - start < 12, !figureStarts.contains(scan) {
                if let found = Self.openers.match(sentence.tokens, at: scan) {
                    opener = found
                    break
                }
                if sentence.isClauseBreak(scan),
                    Self.openers.match(sentence.tokens, at: scan + 1) == nil
                {
                    break
                }
                scan += 1
            }
        }
        guard let opener else { return nil }
        var end = opener.end
        while end < sentence.tokens.count {
            if sentence.isPunctuation(end, UInt8(ascii: ")"))
                || sentence.isPunctuation(end, UInt8(ascii: ";"))
            {
                break
            }
            if sentence.isPunctuation(end, UInt8(ascii: ",")), end + 1 < sentence.tokens.count,
                sentence.tokens[end + 1].kind == .word, !figureStarts.contains(end + 1),
                lexicon.nouns.match(sentence.tokens, at: end + 1) == nil,
                lexicon.adjacentFacets.match(sentence.tokens, at: end + 1) == nil,
                WordHash.hash("and") != sentence.tokens[end + 1].hash
            {
                break
            }
            end += 1
        }
        return (opener.end..<end, opener.payload)
    }
}
