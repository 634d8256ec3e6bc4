import FactLedgerCore

/// Finds numeric claims in a sentence: each figure is read by the first claim pattern that
/// matches around it, which binds the noun, toll or cue it counts; the vocabulary then names
/// the measure (the cue nearest the figure decides), the clause picks the measure's variant
/// (one event, a planned figure), and qualifiers, facets and listed parts complete the claim.
struct NumericClaimExtractor {
    let lexicon: Lexicon
    let matcher: PatternMatcher
    /// The learned models that review each figure's topic and facets, if any.
    var review: FigureReview?
    /// Whether each claim's features are handed back, for training a model.
    var collectsFeatures = false

    /// A number in the sentence: a parsed mention or a vague word, by token span.
    struct Figure {
        var first: Int
        var end: Int
        var quantity: Quantity
        var isVague: Bool
        /// The hash of a unit joined to the number in one word ("four-day" → day).
        var unit: UInt64? = nil
        /// Whether the number is a percentage ("9%", "nine percent"): its unit is "percent".
        var isPercent = false
    }

    /// The patterns' list of words that bring figures to a total ("taking the toll to 15,383").
    private static let bringList = "bring"
    /// The patterns' list of words that take a part of the total before ("of them", "of whom").
    private static let ofThemList = "of_them"
    /// The patterns' list of words before a figure that adds to the one before ("a further").
    private static let furtherList = "further"
    /// The patterns' list of words that rank ("deadliest", "worst"): "since" after one compares.
    private static let superlativeList = "superlative"
    /// Words joined to a number that keep it a count of what follows ("a 420-strong team").
    private static let countingUnits: WordTable<Bool> = WordTable(
        set: ["strong", "member", "man", "person", "people"].map { WordHash.hash($0) })
    /// The unit a percentage counts in: the noun a measure of shares names.
    private static let percentUnit = WordHash.hash("percent")
    /// The noun class of a percentage's unit.
    private static let percentClass = "percent"
    /// The noun class of people counted with no word of what they are.
    private static let personClass = "person"

    private static let orWord = WordHash.hash("or")
    private static let auxiliaries: WordTable<Bool> = WordTable(
        set: [
            "were", "was", "have", "has", "had", "been", "are", "is", "being", "be", "reportedly",
            "now", "still",
            "also", "already", "later", "all",
        ].map { WordHash.hash($0) })
    /// Words between "or" and an excluded phrase that it joins to a cue: "collapsed or been so
    /// badly damaged", "collapsed or suffered heavy damage".
    private static let orLinks: WordTable<Bool> = WordTable(
        set: ["so", "too", "suffered", "sustained", "otherwise"].map { WordHash.hash($0) })
    /// "And", which joins a verb to the clause before it ("destroyed a house and killed 12").
    private static let andWord = WordHash.hash("and")
    private static let compositionOpeners: [(String, Bool)] = [
        ("including", false), ("among them", false), ("among whom", false), ("of whom", false),
        ("among those", false),
        (":", true), ("(", true), ("—", true), ("–", true), ("comprising", true),
        ("made up of", true), ("namely", true),
    ]
    private static let openers = PhraseTable(compositionOpeners)
    /// Words that carry a list of parts on ("…, plus one Nepali", "13 Israelis, together with 10
    /// Thais"); "with" may follow "together" and "along".
    private static let listJoiners: WordTable<Bool> = WordTable(
        set: ["and", "plus", "together", "along", "alongside"].map { WordHash.hash($0) })
    private static let withWord = WordHash.hash("with")
    private static let oneWord = WordHash.hash("one")
    private static let every = WordHash.hash("every")
    private static let conditionWords: WordTable<Bool> = WordTable(
        set: ["if", "unless"].map { WordHash.hash($0) })
    private static let asWord = WordHash.hash("as")
    private static let copulas: WordTable<Bool> = WordTable(
        set: ["were", "was", "are", "is", "be", "been"].map { WordHash.hash($0) })

    /// What one sentence leaves for the next: the noun counted last ("… and 240 remain") and
    /// the place of the last figures ("The dead include 4,609 children" continues a sentence
    /// about Gaza's toll).
    struct Carry {
        /// The noun class counted last.
        var nounClass: String?
        /// The totals of the last sentence that stated any, for a part named in the next
        /// sentence ("Four of them were women").
        var lastWholes: [Claim] = []
        /// The place-like facets of the last claims, by topic, and the sentence they were in.
        var places: [String: (facets: [(key: String, value: String)], sentence: Int)] = [:]
        /// The number of the sentence being read.
        var sentence = 0
        /// The last few sentences read, with their numbers: an incident reported without a
        /// place happened where the text last was ("Fighting reached Nyala. The clashes have
        /// killed 60"). Their places are read only when a claim needs them.
        var recent: [(sentence: Sentence, number: Int)] = []
        /// The event topics of the last sentence's claims, and that sentence's number ("An air
        /// strike killed 22. The RSF gave a higher figure, saying 31 were killed.").
        var events: (topics: Set<String>, sentence: Int) = ([], 0)
        /// The places the article has named so far, kept when facet models read them.
        var namedPlaces: PlaceContext.Memory = PlaceContext.Memory()
        /// The topic of the last figure claimed in the sentences before.
        var lastTopic: String?
        /// The value of the last figure claimed of each measure (`Lexicon.measureOfTopic`).
        var lastValues: [String: Double] = [:]
    }

    /// The numeric claims of one sentence. The attribution and the sentence's grammar are worked
    /// out only when the sentence holds a figure.
    /// With `collectsFeatures`, `features` receives each returned claim's features, in order.
    func claims(
        in sentence: Sentence, mentions: [NumberMention], structure: inout SentenceStructure?,
        deferred: inout Attribution.Deferred, published: Day, carry: inout Carry,
        features: inout [ModelFeatures]
    ) -> [Claim] {
        carry.sentence += 1
        defer {
            if carry.recent.count == Self.placeLookBack { carry.recent.removeFirst() }
            carry.recent.append((sentence, carry.sentence))
        }
        // The facet models weigh the places the article named before; the rules do not.
        let readsPlaces = collectsFeatures || review?.facets.isEmpty == false
        let placeMatches = readsPlaces ? lexicon.nearestFacets.matches(sentence.tokens) : nil
        // The places named before this sentence are the context of its figures.
        defer {
            if let placeMatches, !placeMatches.isEmpty {
                carry.namedPlaces.record(placeMatches, keys: placeKeys)
            }
        }
        // Numbers, vague quantities and words naming one of a unit, found once for the sentence.
        let figures = self.figures(in: sentence, mentions: mentions)
        guard !mentions.isEmpty || !figures.isEmpty else { return [] }
        var lastNounClass = carry.nounClass
        defer { carry.nounClass = lastNounClass }
        let read = figureClaims(
            in: sentence, figures: figures, structure: &structure, deferred: &deferred,
            published: published, lastNounClass: &lastNounClass, previousWholes: carry.lastWholes,
            recentEvents: carry.sentence - carry.events.sentence == 1 ? carry.events.topics : [])
        var reviewed: [ModelFeatures] = []
        var scores: [[Float]] = []
        let found =
            review != nil || collectsFeatures
            ? reviewTopics(
                read.claims, figures: read.figures, in: sentence, structure: structure,
                carry: carry, published: published, &reviewed, scores: &scores)
            : read.claims
        if let last = found.last { carry.lastTopic = last.topic }
        for claim in found where claim.wholeIndex == nil {
            if let quantity = claim.quantity {
                carry.lastValues[measure(of: claim.topic)] = quantity.best ?? quantity.low
            }
        }
        let wholes = found.filter { $0.wholeIndex == nil && !$0.isPartOfTotal }
        if !wholes.isEmpty { carry.lastWholes = wholes }
        carry.events = (
            found.contains { $0.tally == .event }
                ? Set(found.filter { $0.tally == .event }.map(\.topic)) : [],
            carry.sentence
        )
        guard !found.isEmpty else { return [] }
        var placed = inheritPlaces(found, in: sentence, places: placeMatches, carry: &carry)
        let context =
            readsPlaces
            ? PlaceContext(
                sentencePlaces: placeMatches ?? [], memory: carry.namedPlaces, keys: placeKeys,
                keepingNames: collectsFeatures) : nil
        if let review, let context, !review.facets.isEmpty {
            reviewFacets(&placed, scores: scores, review: review, context: context)
        }
        if collectsFeatures {
            features += reviewed.map { $0.withPlaceContext(context?.names ?? []) }
        }
        return placed
    }

    /// Gives each whole the facet values the facet models read, where they differ from the
    /// rules' by more than the model's margin. `scores` are each claim's combined scores.
    private func reviewFacets(
        _ claims: inout [Claim], scores: [[Float]], review: FigureReview, context: PlaceContext
    ) {
        for index in claims.indices
        where claims[index].wholeIndex == nil && !claims[index].isPartOfTotal {
            let topic = claims[index].topic
            for head in review.facets where lexicon.facet(head.facet, appliesTo: topic) {
                let current = claims[index].facets[head.facet]
                let facetScores = review.scores(
                    ModelFeatures.facetKeys(value: current, topic: topic) + context.keys,
                    adding: scores[index])
                switch review.verdict(
                    head, on: current ?? LearnedModel.noClaim, scores: facetScores)
                {
                case .keep: break
                case .drop: claims[index].facets[head.facet] = nil
                case .relabel(let value): claims[index].facets[head.facet] = value
                }
            }
        }
    }

    /// The claims of a sentence as the topic model reads them: a figure it reads as no claim
    /// is dropped and one it reads as another topic takes that topic, a whole's parts following
    /// their whole. Appends each kept claim's features to `features` and, when models review
    /// the sentence, its combined scores to `scores`.
    private func reviewTopics(
        _ claims: [Claim], figures: [Range<Int>], in sentence: Sentence,
        structure: SentenceStructure?, carry: Carry, published: Day,
        _ features: inout [ModelFeatures], scores: inout [[Float]]
    ) -> [Claim] {
        guard !claims.isEmpty else { return claims }
        var revised = claims
        var kept = [Bool](repeating: true, count: claims.count)
        var read: [ModelFeatures] = []
        var combined: [[Float]] = []
        let shared = review?.scores(ModelFeatures.sentenceWords(of: sentence, leavingOut: figures))
        for index in claims.indices {
            let figureFeatures = ModelFeatures(
                claims[index], figure: figures[index], in: sentence,
                keepingNames: collectsFeatures, sharingSentenceWords: !collectsFeatures,
                figures: figures, previousTopic: index > 0 ? claims[index - 1].topic : nil,
                context: FigureContext(
                    topicBefore: carry.lastTopic, sentence: carry.sentence, published: published,
                    lastValue: carry.lastValues[measure(of: claims[index].topic)]),
                structure: structure)
            if collectsFeatures { read.append(figureFeatures) }
            guard let review else { continue }
            let own = review.scores(figureFeatures.keys, adding: shared)
            combined.append(own)
            if let whole = claims[index].wholeIndex {
                kept[index] = kept[whole]
                if revised[index].topic != revised[whole].topic {
                    retopic(&revised[index], to: revised[whole].topic)
                }
                continue
            }
            guard let head = review.topic else { continue }
            switch review.verdict(head, on: claims[index].topic, scores: own) {
            case .keep: break
            case .drop: kept[index] = false
            case .relabel(let topic): retopic(&revised[index], to: topic)
            }
        }
        guard kept.contains(false) else {
            features += read
            scores += combined
            return revised
        }
        // Indices of wholes shift as dropped claims before them go.
        var newIndex = [Int?](repeating: nil, count: claims.count)
        var result: [Claim] = []
        for index in claims.indices where kept[index] {
            newIndex[index] = result.count
            var claim = revised[index]
            claim.wholeIndex = claim.wholeIndex.flatMap { newIndex[$0] }
            result.append(claim)
            if collectsFeatures { features.append(read[index]) }
            if !combined.isEmpty { scores.append(combined[index]) }
        }
        return result
    }

    /// Gives a claim another topic, with that topic's tally and only the facets it takes.
    private func retopic(_ claim: inout Claim, to topic: String) {
        let previous = claim.topic
        claim.topic = topic
        claim.tally = lexicon.vocabulary.tally(of: topic) ?? claim.tally
        claim.facets = Facets(
            claim.facets.dictionary.filter { lexicon.facet($0.key, appliesTo: topic) })
        // "numeric:TOPIC:how" becomes "numeric:NEW:how:learned-from:TOPIC": what read the figure
        // stays, so a part is still a part.
        let fields = claim.provenance.split(separator: ":", maxSplits: 2)
        let how = fields.count > 2 ? ":" + fields[2] : ""
        claim.provenance = "numeric:\(topic)\(how):learned-from:\(previous)"
    }

    private var placeKeys: [String] { lexicon.placeKeys }

    /// The measure a topic's figures count, its event and planned variants joined to it.
    private func measure(of topic: String) -> String { lexicon.measureOfTopic[topic] ?? topic }

    /// How many sentences back the place an incident happened in is looked for.
    private static let placeLookBack = 3

    /// The one place the last sentence naming places named (none when it named several);
    /// sentences naming their place only as "the country" are passed over.
    private func lastNamedPlace(_ carry: Carry) -> Lexicon.FacetValue? {
        let keys = placeKeys
        for (previous, number) in carry.recent.reversed()
        where carry.sentence - number <= Self.placeLookBack {
            let places = lexicon.nearestFacets.matches(previous.tokens)
            guard let first = places.first,
                !places.allSatisfy({ $0.payload.value == "^" })
            else { continue }
            guard keys.contains(first.payload.key), !first.payload.value.isEmpty,
                first.payload.value != "^", places.allSatisfy({ $0.payload == first.payload })
            else { return nil }
            return first.payload
        }
        return nil
    }

    /// Gives figures of a sentence that names no place the place of the same topic's figures in
    /// the sentence before, and records this sentence's places for the next.
    private func inheritPlaces(
        _ claims: [Claim], in sentence: Sentence,
        places: [PhraseTable<Lexicon.FacetValue>.Match]?, carry: inout Carry
    ) -> [Claim] {
        let keys = placeKeys
        let ownPlaces = places ?? lexicon.nearestFacets.matches(sentence.tokens)
        let namesPlace =
            !ownPlaces.isEmpty
            || !lexicon.impliedFacets.matches(sentence.tokens).filter {
                keys.contains($0.payload.key)
            }.isEmpty
        // "in the country" with no place before it names the place the text named last.
        let refersBack = !ownPlaces.isEmpty && ownPlaces.allSatisfy { $0.payload.value == "^" }
        var lastPlace: Lexicon.FacetValue??
        var result = claims
        // The figures of a sentence reporting an incident ("killed 60 and injured 250") are the
        // incident's.
        let incident = claims.contains { $0.tally == .event }
        for index in result.indices {
            let topic = result[index].topic
            if !namesPlace, let previous = carry.places[topic],
                carry.sentence - previous.sentence <= 2,
                keys.allSatisfy({ result[index].facets[$0] == nil })
            {
                for pair in previous.facets { result[index].facets[pair.key] = pair.value }
            } else if !namesPlace && incident || refersBack,
                keys.allSatisfy({ result[index].facets[$0] == nil })
            {
                if lastPlace == nil { lastPlace = .some(lastNamedPlace(carry)) }
                if let last = lastPlace ?? nil, lexicon.facet(last.key, appliesTo: topic) {
                    result[index].facets[last.key] = last.value
                }
            }
        }
        // "Four women were among those killed, and another 17 were wounded": in a sentence that
        // names no place, a figure without one takes the one place its neighbours took from the
        // text before.
        if !namesPlace {
            for key in keys {
                let values = Set(result.compactMap { $0.facets[key] })
                guard values.count == 1, let value = values.first else { continue }
                for index in result.indices
                where keys.allSatisfy({ result[index].facets[$0] == nil })
                    && lexicon.facet(key, appliesTo: result[index].topic)
                {
                    result[index].facets[key] = value
                }
            }
        }
        for claim in result where claim.wholeIndex == nil {
            let places = keys.compactMap { key in claim.facets[key].map { (key: key, value: $0) } }
            if !places.isEmpty || namesPlace {
                carry.places[claim.topic] = (places, carry.sentence)
            }
        }
        return result
    }

    /// The numeric claims of the figures of one sentence.
    private func figureClaims(
        in sentence: Sentence, figures: [Figure], structure: inout SentenceStructure?,
        deferred: inout Attribution.Deferred, published: Day, lastNounClass: inout String?,
        previousWholes: [Claim], recentEvents: Set<String> = []
    ) -> (claims: [Claim], figures: [Range<Int>]) {
        guard !figures.isEmpty else { return ([], []) }
        if structure == nil { structure = SentenceStructure(sentence, lexicon: lexicon) }
        let grammar = structure!
        let attribution = deferred.resolve(sentence, structure: grammar, lexicon: lexicon)
        let cueMatches = withoutExcludedMeasures(
            overlappingCues(in: sentence) + splitCues(in: sentence, figures), in: sentence,
            classes: grammar.classes)
        var figureTokens = [Bool](repeating: false, count: sentence.tokens.count)
        for figure in figures {
            for index in figure.first..<figure.end { figureTokens[index] = true }
        }
        // Figures that are no claim ("the two countries", "a 7.5 tremor") do not stop a pattern's
        // gap from reaching the figure after them.
        var gapBlockers = figureTokens
        let openings = matcher.openings(
            in: sentence, figureStarts: figures.map(\.first), classes: grammar.classes,
            lexicon: lexicon)
        // With one figure no gap can cross another.
        for figure in figures where figures.count > 1 {
            if let match = matcher.firstMatch(
                figure: figure.first..<figure.end, quantity: figure.quantity,
                unit: figure.unit, figureTokens: figureTokens,
                gapBlockers: figureTokens, in: sentence, classes: grammar.classes, lexicon: lexicon,
                openings: openings, onlyNone: true),
                matcher.set.patterns[match.pattern].outcome == .none
            {
                for index in figure.first..<figure.end { gapBlockers[index] = false }
            }
        }
        var claims: [Claim] = []
        // The figure each claim reads, by token span.
        var spans: [Range<Int>] = []
        var consumed: [Int] = []
        /// Adds the claim of a figure that is a part of a total ("…, 13 of them Israelis"),
        /// named by the facet words `words`, when a total takes it.
        func appendPart(
            _ figure: Figure, at index: Int, match: PatternMatcher.Match, pattern: ClaimPattern,
            words: [Lexicon.FacetValue]
        ) {
            // "…, 13 of them Israelis": a part of the last total of the sentence, or of
            // the sentence before ("Four of them were women").
            // A part taken from the sentence before is no whole for the next part.
            // Of several, the last whose facets the part's words name: in "105 hostages were
            // released over the seven-day truce, 81 of them Israelis" the truce has none.
            let wholes = claims.indices.filter {
                claims[$0].wholeIndex == nil && !claims[$0].isPartOfTotal
            }
            let wholeIndex =
                wholes.last { index in
                    words.contains { lexicon.facet($0.key, appliesTo: claims[index].topic) }
                } ?? wholes.last
            // "The list names 6,747 victims, 2,665 of them children": a whole this
            // sentence counts but does not claim is not the sentence before's.
            // A part already read ("Four children and six women were among them") is none.
            if wholeIndex == nil,
                figures[..<index].contains(where: { earlier in
                    lexicon.nouns.match(sentence.tokens, at: earlier.end) != nil
                        && !spans.contains { $0.lowerBound == earlier.first }
                })
            {
                return
            }
            // Of the sentence before's totals, the last one the part's words can qualify
            // ("… stretched to six days. All 12 — 10 of them Israelis —" parts the hostages).
            // A part no word names is one of the whole before only when the sentence opens by
            // pointing back to it ("Of these, 1,628 measured between magnitude 3 and 4").
            // So does one naming again the people the whole counts ("Of the hostages, 117 are
            // men").
            let opensOf = sentence.tokens.count > 2 && sentence.tokens[0].hash == Self.of
            let renamed =
                opensOf && sentence.tokens[1].hash == Self.the
                ? lexicon.nouns.match(sentence.tokens, at: 2)?.payload : nil
            let opensOnWhole =
                opensOf && (Self.pointers.contains(sentence.tokens[1].hash) || renamed != nil)
            let previousWhole = previousWholes.last { whole in
                words.contains { lexicon.facet($0.key, appliesTo: whole.topic) }
                    || (words.isEmpty && opensOnWhole
                        && renamed.map { counts($0, topic: whole.topic) } ?? true)
            }
            guard var whole = wholeIndex.map({ claims[$0] }) ?? previousWhole else {
                return
            }
            // "killed 11,200, 2,662 of them in Syria": a place the sentence names only in
            // the part is the part's, not its whole's.
            if let wholeIndex {
                let named = lexicon.nearestFacets.matches(sentence.tokens)
                for value in words where whole.facets[value.key] == value.value {
                    let elsewhere = named.contains { place in
                        place.payload == value && !match.range.contains(place.index)
                    }
                    guard !elsewhere, named.contains(where: { $0.payload == value }) else {
                        return
                    }
                    whole.facets[value.key] = nil
                    claims[wholeIndex].facets[value.key] = nil
                }
            }
            guard
                let first = partClaim(
                    of: whole, wholeIndex: wholeIndex, figure: figure, words: words,
                    nounEnd: match.range.upperBound, pattern: pattern)
            else { return }
            claims.append(first)
            spans.append(figure.first..<figure.end)
            // "They included 13 Israelis, 10 Thais and one Filipino": the figures listed on
            // after a part, each naming its own facet, are parts of the same whole.
            guard !words.isEmpty else { return }
            let listed = listContinuing(
                after: match.noun?.nounEnd ?? match.range.upperBound, in: sentence,
                figureStarts: figures.map(\.first))
            for later in figures.indices
            where later > index && listed.contains(figures[later].first)
                && !consumed.contains(later)
            {
                // Each figure listed is only its counted words: "… and 6,300 children were
                // wounded" ends the list with a clause of its own.
                let next = figures[later]
                guard
                    let noun = lexicon.countedNoun(
                        from: next.end, figureStart: next.first, in: sentence),
                    !noun.facets.isEmpty,
                    noun.nounEnd >= sentence.tokens.count
                        || sentence.tokens[noun.nounEnd].kind == .punctuation
                        || Self.listJoiners.contains(sentence.tokens[noun.nounEnd].hash)
                else { break }
                guard
                    let nextPart = partClaim(
                        of: whole, wholeIndex: wholeIndex, figure: next, words: noun.facets,
                        nounEnd: noun.nounEnd, pattern: pattern)
                else { continue }
                consumed.append(later)
                claims.append(nextPart)
                spans.append(next.first..<next.end)
            }
        }
        /// The claim of a part of `whole` named by the facet words `words`, or nil when the
        /// words name nothing the whole does not already say.
        func partClaim(
            of whole: Claim, wholeIndex: Int?, figure: Figure, words: [Lexicon.FacetValue],
            nounEnd: Int, pattern: ClaimPattern
        ) -> Claim? {
            var merged = whole.facets
            for value in words where lexicon.facet(value.key, appliesTo: whole.topic) {
                merged[value.key] = value.value.isEmpty ? nil : value.value
            }
            // "56,000 reached Egypt, at least 52,500 of them Sudanese", "15,000 of them to
            // Uganda": a part named by a word the story keeps no facet or value for is still a
            // count of the whole's kind.
            let unkept =
                !words.isEmpty
                && !words.contains {
                    lexicon.facet($0.key, appliesTo: whole.topic) && !$0.value.isEmpty
                }
            // "294 injured, 18 of them seriously": a part the pattern names by no word at
            // all is a count of its own.
            guard merged != whole.facets || unkept || words.isEmpty else { return nil }
            var part = whole
            part.facets = merged
            part.quantity = qualified(
                figure.quantity, figure: figure, nounEnd: nounEnd, in: sentence,
                override: pattern.qualifier)
            part.provenance = "numeric:\(whole.topic):part:\(pattern.id)"
            part.wholeIndex = wholeIndex
            part.quote = sentence.quote
            part.start = sentence.range.lowerBound
            part.end = sentence.range.upperBound
            part.asOf = DateResolver.asOf(sentence, near: figure.first, published: published)
            return part
        }
        for (index, figure) in figures.enumerated() where !consumed.contains(index) {
            // A fraction or share ("half of the hostages", "a seventh day") counts nothing.
            if !figure.isVague, (figure.quantity.best ?? figure.quantity.low) < 1 { continue }
            if Self.followsSequenceLabel(figure.first, in: sentence) { continue }
            guard
                let match = matcher.firstMatch(
                    figure: figure.first..<figure.end, quantity: figure.quantity,
                    unit: figure.unit,
                    figureTokens: figureTokens, gapBlockers: gapBlockers, in: sentence,
                    classes: grammar.classes, lexicon: lexicon, openings: openings,
                    antecedents: PatternMatcher.Antecedents(
                        inSentence: claims.contains { $0.wholeIndex == nil },
                        before: !previousWholes.isEmpty))
            else { continue }
            let pattern = matcher.set.patterns[match.pattern]
            // "In 1999, a quake of the same strength killed some 18,000": a figure of an
            // event in a year before the story began (or, without its start, years before the
            // article) is history, not the story's.
            if pattern.outcome != .none,
                namesEarlierYear(
                    around: figure, in: sentence, structure: grammar,
                    before: lexicon.vocabulary.began?.year ?? published.year - 1)
            {
                continue
            }
            // A share is a claim only of a measure counted in percent ("9% of the fuel needed"),
            // never a part of a count ("40% of them children").
            if figure.isPercent, match.noun?.nounClass != Self.percentClass { continue }
            if let noun = match.noun { lastNounClass = noun.nounClass }
            switch pattern.outcome {
            case .none:
                continue
            case .part:
                let words = (match.noun?.facets ?? []) + (match.facet.map { [$0] } ?? [])
                appendPart(figure, at: index, match: match, pattern: pattern, words: words)
                continue
            case .sibling, .again:
                // "… went up by 266, taking the total to 11,078": the figure before, in this
                // sentence or the last whole of the sentence before ("That takes the total to 650").
                let inSentence = claims.last(where: { $0.wholeIndex == nil })
                let reachesBack = pattern.tally != nil || pattern.outcome == .again
                guard let previous = inSentence ?? (reachesBack ? previousWholes.last : nil)
                else { continue }
                // A figure told again is of the same order as the one before: "the figure is
                // around 150" after a truce of four days tells no length of it.
                if pattern.outcome == .again, !figure.isVague,
                    let before = previous.quantity.flatMap({ $0.best ?? $0.low }), before > 0
                {
                    let ratio = (figure.quantity.best ?? figure.quantity.low) / before
                    guard ratio >= 0.1, ratio <= 10 else { continue }
                }
                // "… and another 1,578 badly damaged": words that rule the measure out for this
                // figure stop it from counting what the one before counted.
                let measures = lexicon.vocabulary.measures.indices.filter {
                    lexicon.vocabulary.measures[$0].covers(previous.topic)
                }
                guard measures.contains(where: { contextAllows($0, sentence, near: figure.first) })
                else { continue }
                var sibling = previous
                // A pattern that tells the tally counts the measure's topic of that tally: the
                // running total after one day's deaths.
                if let forced = pattern.tally, let measureIndex = measures.first {
                    let measure = lexicon.vocabulary.measures[measureIndex]
                    let variant = measure.variants.first { $0.tally == forced }
                    retopic(
                        &sibling,
                        to: measure.tally == forced
                            ? measure.topic : variant?.topic ?? measure.topic)
                }
                if pattern.outcome == .again || pattern.tally == nil {
                    // "The quake killed 5,894 in Turkey. In Syria the figure was 1,444": a
                    // figure told again for what its sentence names is that one's.
                    let own = self.facets(
                        match.facet.map { [$0] } ?? [], topic: sibling.topic, near: figure.first,
                        in: sentence)
                    if pattern.outcome != .again || !own.isEmpty { sibling.facets = own }
                } else {
                    // A total keeps what every figure it sums shares: "266 more in Gaza, taking
                    // the total to 11,078" is Gaza's; "8,574 in Turkey and 2,662 in Syria, for a
                    // combined total of 11,236" is no one place's.
                    let addends =
                        inSentence == nil ? [previous] : claims.filter { $0.wholeIndex == nil }
                    sibling.facets = Facets(
                        sibling.facets.dictionary.filter { key, value in
                            addends.allSatisfy { $0.facets[key] == value }
                        })
                }
                sibling.quantity = qualified(
                    figure.quantity, figure: figure, nounEnd: figure.end, in: sentence,
                    override: pattern.qualifier)
                sibling.provenance = "numeric:\(sibling.topic):\(pattern.id)"
                if inSentence == nil {
                    // "Civil society groups put the figure at 40,000": a sentence's own speaker
                    // tells the figure it gives.
                    if let speaker = attribution.speaker(near: figure.first) {
                        sibling.speaker = speaker
                        sibling.certainty = attribution.certainty
                    }
                    sibling.quote = sentence.quote
                    sibling.start = sentence.range.lowerBound
                    sibling.end = sentence.range.upperBound
                    sibling.asOf = DateResolver.asOf(
                        sentence, near: figure.first, published: published)
                }
                claims.append(sibling)
                spans.append(figure.first..<figure.end)
                continue
            case .claim:
                break
            }
            guard
                let (measureIndex, cueText, nounEnd, adjacent) = measure(
                    for: match, figure: figure, cues: cueMatches, in: sentence,
                    structure: grammar, lastNounClass: lastNounClass)
            else {
                // "200 trucks went in, 42 of them carrying tents": a part whose own words name
                // no measure counts what its total counts; a share, a vague few or a lone one
                // ("80 per cent of them", "several of them", "one of them holds") is no count.
                if startsPart(after: figure.end - 1, in: sentence), !figure.isPercent,
                    !figure.isVague, figure.quantity.low >= 2
                {
                    appendPart(figure, at: index, match: match, pattern: pattern, words: [])
                }
                continue
            }
            // "thousands have been killed and close to 9 million uprooted": a figure no count of
            // the measure reaches counts something else.
            if let below = lexicon.vocabulary.measures[measureIndex].below,
                figure.quantity.low / lexicon.vocabulary.measures[measureIndex].divisor >= below
            {
                continue
            }
            let (topic, tally) = variant(
                of: measureIndex, figure: figure, forced: pattern.tally, in: sentence,
                structure: grammar, otherFigures: gapBlockers, cues: cueMatches,
                recentEvents: recentEvents)
            // "the dead could eventually number 20,000": a count its verb only supposes is no
            // claim, unless what the measure counts is itself a plan.
            if tally != .planned, isSupposed(figure, structure: grammar, in: sentence) { continue }
            var quantity = figure.quantity
            if !figure.isVague {
                quantity = qualified(
                    quantity, figure: figure, nounEnd: nounEnd, in: sentence,
                    override: pattern.qualifier)
            }
            let divisor = lexicon.vocabulary.measures[measureIndex].divisor
            if divisor != 1 {
                quantity = Quantity(
                    low: quantity.low / divisor, high: quantity.high / divisor,
                    best: quantity.best.map { $0 / divisor }, qualifier: quantity.qualifier)
            }
            // A facet word the pattern names ("children make up 4,609 of the dead") is the figure's.
            let facets = self.facets(
                adjacent + (match.facet.map { [$0] } ?? []), topic: topic, near: figure.first,
                in: sentence)
            var others = gapBlockers
            for token in figure.first..<figure.end { others[token] = false }
            let asOf = DateResolver.asOf(
                sentence, near: figure.first, published: published, figures: others)
            let wholeIndex = claims.count
            claims.append(
                claim(
                    topic: topic, tally: tally, facets: facets, quantity: quantity,
                    attribution: attribution, asOf: asOf, sentence: sentence,
                    provenance: "numeric:\(topic):\(pattern.id):\(cueText)",
                    position: figure.first))
            spans.append(figure.first..<figure.end)
            // Parts listed with the total ("four hostages, including two Americans and two Israelis").
            let figureStarts = figures.map(\.first)
            guard
                let (partRange, exhaustive) = compositionList(
                    after: nounEnd, in: sentence, figureStarts: figureStarts)
                    ?? summingList(after: nounEnd, total: figure, figures: figures, in: sentence)
                    .map({ ($0, true) })
            else { continue }
            for partIndex in figures.indices
            where partIndex > index && partRange.contains(figures[partIndex].first) {
                // "17,177 killed since Oct. 7, including 350 deaths in the previous 24 hours": a
                // figure in the list with no facet of its own is no part; it is read as a figure
                // of its own.
                let part = figures[partIndex]
                // "– half of them reportedly children –": a share counts no part.
                if part.isPercent
                    || (!part.isVague && (part.quantity.best ?? part.quantity.low) < 1)
                {
                    continue
                }
                guard
                    let partNoun = lexicon.countedNoun(
                        from: part.end, figureStart: part.first, in: sentence)
                else { continue }
                let partFacets = self.facets(
                    partNoun.facets, topic: topic, near: part.first, in: sentence,
                    adjacentOnly: true)
                guard partFacets != facets, !partFacets.isEmpty else { continue }
                consumed.append(partIndex)
                var merged = facets
                for pair in partFacets.pairs { merged[pair.key] = pair.value }
                let partQuantity =
                    part.isVague
                    ? part.quantity
                    : qualified(
                        part.quantity, figure: part, nounEnd: partNoun.nounEnd, in: sentence)
                claims.append(
                    claim(
                        topic: topic, tally: tally, facets: merged, quantity: partQuantity,
                        attribution: attribution, asOf: asOf,
                        sentence: sentence, provenance: "numeric:\(topic):part",
                        position: figure.first,
                        wholeIndex: wholeIndex,
                        exhaustive: exhaustive))
                spans.append(part.first..<part.end)
            }
        }
        return (claims, spans)
    }

    /// The measure a pattern match names: from its noun and the nearest cue, from its toll, or
    /// from its cue with the noun last counted ("… and 240 remain in captivity"). Also the cue's
    /// text, the token after the counted words, and the facet words read with the noun.
    private func measure(
        for match: PatternMatcher.Match, figure: Figure, cues: [PhraseTable<[Int]>.Match],
        in sentence: Sentence, structure: SentenceStructure, lastNounClass: String?
    ) -> (index: Int, cue: String, nounEnd: Int, facets: [Lexicon.FacetValue])? {
        if var noun = match.noun {
            if let forced = matcher.set.patterns[match.pattern].counts {
                noun.nounClass = forced
            }
            guard
                let chosen = chooseMeasure(
                    for: noun.nounClass, figure: figure, nounEnd: noun.nounEnd, cues: cues,
                    in: sentence, structure: structure)
            else {
                // "the number of victims stood at 1,700": a noun with no cue of its own that
                // closes a toll phrase counts what the toll counts.
                guard
                    let toll = (max(0, noun.nounEnd - 6)..<noun.nounEnd).lazy.compactMap({
                        self.lexicon.tolls.match(sentence.tokens, at: $0)
                    }).first(where: { $0.end == noun.nounEnd && $0.end - $0.index > 1 }),
                    let index = toll.payload.first(where: {
                        self.contextAllows($0, sentence, near: figure.first, structure: structure)
                    })
                else { return nil }
                return (
                    index, sentence.text(tokens: toll.index..<toll.end).lowercased(),
                    noun.nounEnd, noun.facets
                )
            }
            return (chosen.index, chosen.cue, noun.nounEnd, noun.facets)
        }
        // "the 10-member Burnaby Urban Search and Rescue team": a construction without NOUN
        // that names what it counts.
        if let forced = matcher.set.patterns[match.pattern].counts {
            guard
                let chosen = chooseMeasure(
                    for: forced, figure: figure, nounEnd: match.range.upperBound, cues: cues,
                    in: sentence, structure: structure)
            else { return nil }
            return (chosen.index, chosen.cue, match.range.upperBound, [])
        }
        // A measure's excluded words count only in the figure's own clause ("displaced 12
        // million, while aid groups warn the toll may be higher").
        let allows = { (measure: Int) in
            self.contextAllows(measure, sentence, near: figure.first, structure: structure)
        }
        // "183 were treated for injuries and 25 have died": a figure's own verb names its
        // measure before a toll word named ahead of it.
        if match.noun == nil, let toll = match.toll,
            let own = structure.clause(at: figure.first), !own.range.contains(toll.index),
            let verb = structure.predicate(
                ofSubjectAt: figure.first, endingAt: figure.end, in: sentence),
            let cue = cues.first(where: { verb.range.contains($0.index) }),
            let index = cue.payload.first(where: { allows($0) })
        {
            return (
                index, sentence.text(tokens: cue.index..<cue.end).lowercased(), figure.end, []
            )
        }
        if let toll = match.toll {
            guard let index = toll.payload.first(where: { allows($0) }) else {
                return nil
            }
            return (
                index, sentence.text(tokens: toll.index..<toll.end).lowercased(),
                max(figure.end, toll.end), []
            )
        }
        // A vague figure takes a cue only when the cue governs it ("killing thousands").
        // A vague figure takes a cue after it only from its own verb ("thousands have been killed").
        // So does the word describing it after a verb like "left" ("left millions homeless").
        func ownVerb(holds cue: PhraseTable<[Int]>.Match) -> Bool {
            if figure.first > 0, cue.index >= figure.end, cue.index <= figure.end + 1,
                lexicon.grammar.entries[sentence.tokens[figure.first - 1].hash]?.takesComplement
                    == true
            {
                return true
            }
            return structure.predicate(
                ofSubjectAt: figure.first, endingAt: figure.end, in: sentence
            )
            .map { $0.range.contains(cue.index) } ?? false
        }
        // A cue whose object is a possession is none ("three of whom hold German citizenship").
        var matchedCue = match.cue.flatMap { found in
            ownsPossession(after: found, in: sentence, classes: structure.classes) ? nil : found
        }
        if let cue = matchedCue, figure.isVague, cue.end > figure.first, !ownVerb(holds: cue) {
            // "has driven millions from their homes": the cue that governs a vague figure
            // stands right before it.
            matchedCue = cues.last { $0.end == figure.first }
        }
        if let cue = matchedCue, !figure.isVague || cue.end <= figure.first || ownVerb(holds: cue) {
            // The noun counted last when the cue's measures count it; with none counted yet,
            // the cue's first measure.
            let measures = lexicon.vocabulary.measures
            let allowed = cue.payload.filter { allows($0) }
            // With no noun counted yet, the figure counts people ("2,750 were killed in the
            // strip" are no hostages).
            var index =
                allowed.first { measures[$0].nouns.contains(Self.personClass) } ?? allowed.first
            if let nounClass = lastNounClass {
                // A measure of the cue that counts the noun itself ("11 journalists wounded and
                // three missing" are missing people, not hostages), or else one of the cue's
                // topic that does ("remain in captivity" is listed for people; the hostages named
                // before are counted by its sibling); when none does, a vague figure counts
                // people as with no noun before ("destroyed 300 buildings and left millions
                // without homes").
                index =
                    allowed.first { measures[$0].nouns.contains(nounClass) }
                    ?? allowed.lazy.compactMap { candidate in
                        measures.indices.first {
                            measures[$0].topic == measures[candidate].topic
                                && measures[$0].nouns.contains(nounClass)
                                && allows($0)
                        }
                    }.first
                    ?? (figure.isVague
                        ? allowed.first { measures[$0].nouns.contains(Self.personClass) } : nil)
            }
            if let index {
                return (
                    index, sentence.text(tokens: cue.index..<cue.end).lowercased(), figure.end, []
                )
            }
        }
        return nil
    }

    /// The topic and tally of a figure: the measure's, or the first variant the figure's verb
    /// group or its own words select (a pattern may force a tally). A figure's own words are
    /// those of its clause between the figures before and after it: in "17,177 killed since
    /// Oct. 7, including 350 in the previous 24 hours" the date belongs to the first, the day to
    /// the second.
    private func variant(
        of measureIndex: Int, figure: Figure, forced: Tally?, in sentence: Sentence,
        structure: SentenceStructure, otherFigures: [Bool], cues: [PhraseTable<[Int]>.Match],
        recentEvents: Set<String> = []
    ) -> (String, Tally) {
        let measure = lexicon.vocabulary.measures[measureIndex]
        if let forced {
            if forced == measure.tally { return (measure.topic, measure.tally) }
            if let variant = measure.variants.first(where: { $0.tally == forced }) {
                return (variant.topic, variant.tally)
            }
            return (measure.topic, measure.tally)
        }
        var own = structure.clause(at: figure.first)?.range ?? 0..<sentence.tokens.count
        // A figure whose words run past its clause ("between 50 and 100") keeps them all.
        own = min(own.lowerBound, figure.first)..<max(own.upperBound, figure.end)
        // "A drone hit a market, killing 43": a clause opened by a participle after a comma
        // tells what the clause before it did, so that clause's words are the figure's too.
        let opener = own.lowerBound + 1
        if own.lowerBound > 0, opener < figure.first,
            sentence.isPunctuation(own.lowerBound, UInt8(ascii: ",")),
            sentence.endsWith(opener, "ing"), structure.verbGroup(at: opener) != nil,
            let before = structure.clause(at: own.lowerBound - 1)
        {
            own = before.range.lowerBound..<own.upperBound
        }
        // "condemned a strike on a school in which six were killed", "a raid that left 12 dead":
        // a relative clause tells of the phrase just before it, back to the verb or the
        // punctuation before that phrase, so that phrase can name the incident the figure counts.
        let antecedent = relativeNoun(
            of: own, before: figure.first, in: sentence, structure: structure
        ).map { noun -> Range<Int> in
            var start = noun
            while start > 0, sentence.tokens[start - 1].kind != .punctuation,
                structure.verbGroup(at: start - 1) == nil
            {
                start -= 1
            }
            return start..<noun + 1
        }
        // "shelling destroyed a house and killed 12 people": a verb joined by "and" to the clause
        // before, with no subject of its own, tells what that clause's subject did there.
        let joiner =
            own.lowerBound > 0 && sentence.tokens[own.lowerBound].kind == .punctuation
            ? own.lowerBound + 1 : own.lowerBound
        if joiner > 0, joiner + 1 < figure.first,
            sentence.tokens[joiner].hash == Self.andWord,
            structure.verbGroup(at: joiner + 1) != nil,
            let before = structure.clause(at: joiner - 1)
        {
            own = before.range.lowerBound..<own.upperBound
        }
        // "Hamas freed a second group on Sunday: 13 Israelis and four Thais": a list without a
        // verb after a colon lists what the clause before it did.
        var listedAfterColon = false
        if let colon = (0..<figure.first).last(where: {
            sentence.isPunctuation($0, UInt8(ascii: ":"))
        }), colon > 0,
            !structure.verbGroups.contains(where: { $0.head > colon && $0.head < own.upperBound }),
            let before = structure.clause(at: colon - 1)
        {
            own = min(before.range.lowerBound, own.lowerBound)..<own.upperBound
            listedAfterColon = true
        }
        let tokens = sentence.tokens
        // "178 were killed since the morning", "70 died when a strike hit the camp", "four had
        // been freed before the truce began": a clause of time right after the figure's tells
        // when it happened, so its words are the figure's.
        while own.upperBound < tokens.count,
            Self.timeOpeners.contains(tokens[own.upperBound].hash),
            let next = structure.clause(at: own.upperBound), next.range.upperBound > own.upperBound
        {
            own = own.lowerBound..<next.range.upperBound
        }
        // "the more than 100 hostages who had already been released": a relative clause right
        // after the figure's noun describes what the figure counts, so its words are the figure's.
        if own.upperBound < tokens.count, own.upperBound - figure.end <= 3,
            tokens[own.upperBound].hash == Self.who || tokens[own.upperBound].hash == Self.whom,
            let next = structure.clause(at: own.upperBound), next.range.upperBound > own.upperBound
        {
            own = own.lowerBound..<next.range.upperBound
        }
        // "Since the ceasefire began, Hamas has let go 63": a clause of time opening the
        // sentence, up to the comma before the figure's clause, tells when that clause happened.
        if own.lowerBound > 1, Self.timeOpeners.contains(tokens[0].hash),
            let comma = (0...own.lowerBound).first(where: {
                sentence.isPunctuation($0, UInt8(ascii: ","))
            }), comma >= own.lowerBound - 1
        {
            own = 0..<own.upperBound
        }
        // "a truce during which 105 were freed", "in the course of which Hamas handed over
        // 105": a phrase of time before a relative pronoun opens the relative clause with it.
        if own.lowerBound > 0, Self.relativePronouns.contains(tokens[own.lowerBound].hash),
            let opener = (max(0, own.lowerBound - 4)..<own.lowerBound).first(where: {
                Self.framingPrepositions.contains(tokens[$0].hash)
                    || tokens[$0].hash == Self.inWord && $0 + 2 < own.lowerBound
                        && tokens[$0 + 2].hash == Self.course
            }),
            !(opener..<own.lowerBound).contains(where: { tokens[$0].kind == .punctuation })
        {
            own = opener..<own.upperBound
        }
        // Between two figures, the words after the last "and" or "while" belong to the second.
        func joins(_ index: Int) -> Bool { Self.figureJoiners.contains(tokens[index].hash) }
        var start = own.lowerBound
        if !listedAfterColon, let previous = (0..<figure.first).last(where: { otherFigures[$0] }),
            let join = (max(previous + 1, own.lowerBound)..<figure.first).last(where: joins)
        {
            start = join + 1
        }
        // "90 have been killed and more than 100 hurt in the newest wave of attacks": a second
        // figure whose verb is a bare participle leaves out the first's auxiliary, and the words
        // after that participle tell of both.
        func sharesEllipsis(_ next: Int, join: Int) -> Bool {
            guard
                let verb = structure.verbGroups.first(where: {
                    $0.range.lowerBound >= figure.end && $0.range.lowerBound < join
                }), verb.range.count > 1, verb.isPassive || verb.form == .perfect,
                let group = structure.verbGroups.first(where: { $0.range.lowerBound > next })
            else { return false }
            return group.range.count == 1 && group.form == .past
                && !(next..<group.range.lowerBound).contains(where: {
                    sentence.isClauseBreak($0) || joins($0)
                })
        }
        if let next = (figure.end..<tokens.count).first(where: { otherFigures[$0] }),
            next >= own.upperBound,
            let join = (own.upperBound - 1..<next).last(where: { $0 >= 0 && joins($0) }),
            sharesEllipsis(next, join: join), let after = structure.clause(at: next)
        {
            own = own.lowerBound..<max(own.upperBound, after.range.upperBound)
        }
        var end = own.upperBound
        // "86 Israeli and 24 foreign hostages being freed during the pause": figures joined
        // before the participle they share share the words after it.
        func sharesParticiple(_ next: Int) -> Bool {
            guard let group = structure.verbGroups.first(where: { $0.range.lowerBound > next }),
                sentence.endsWith(group.range.lowerBound, "ing")
            else { return false }
            return !structure.verbGroups.contains {
                $0.range.lowerBound >= figure.end && $0.range.lowerBound < next
            }
        }
        if let next = (figure.end..<tokens.count).first(where: { otherFigures[$0] }),
            let join = (figure.end..<min(next, own.upperBound)).last(where: joins),
            !sharesParticiple(next), !sharesEllipsis(next, join: join)
        {
            end = join
        }
        // "1.1 million people out of their homes, 250,000 of them into neighbouring countries":
        // the words of a part named after the figure are the part's.
        if let next = (figure.end..<tokens.count).first(where: { otherFigures[$0] }),
            next < end
        {
            var last = next
            while last + 1 < tokens.count, otherFigures[last + 1] { last += 1 }
            if startsPart(after: last, in: sentence) {
                if let verb = asideVerb(after: last, in: sentence, structure: structure) {
                    end = max(end, structure.clause(at: verb)?.range.upperBound ?? end)
                } else {
                    end = next
                }
            }
        }
        let clause = start..<max(start, end)
        let governing = structure.governingVerb(of: figure.first)
        // "if Hamas frees about 40 of the hostages": a verb under "if" or "unless" is a
        // condition's, whatever its tense.
        let conditioned =
            governing.map { verb in
                let opening = structure.clause(at: verb.range.lowerBound)?.range.lowerBound ?? 0
                return (max(0, opening - 1)...opening).contains {
                    Self.conditionWords.contains(tokens[$0].hash)
                }
                    || (max(0, verb.range.lowerBound - 4)..<verb.range.lowerBound).contains {
                        Self.conditionWords.contains(tokens[$0].hash)
                    }
            } ?? false
        let form = conditioned ? VerbGroup.Form.conditional.rawValue : governing?.form.rawValue
        // "Across the first three days, Hamas freed 39 hostages, and 117 prisoners walked free":
        // a sentence's opening phrase, before its first comma and without a verb, frames every
        // figure of the sentence; so does one a preposition of time opens, verbs and all
        // ("During a truce lasting seven days that started in November, 105 were let out").
        let opening = (0..<min(tokens.count, 16)).first { sentence.isClauseBreak($0) }.flatMap {
            comma in
            let framed = tokens.first.map { Self.framingPrepositions.contains($0.hash) } ?? false
            if framed { return 0..<comma }
            guard comma < 12 else { return nil }
            return structure.verbGroups.contains { $0.range.lowerBound < comma } ? nil : 0..<comma
        }
        // An opening phrase with verbs of its own, before the first comma, that a framing
        // preposition opens ("In the first hours after the pause ended, …"), frames the figures
        // of every clause for a variant's cues; one that names the report ("In its daily
        // bulletin released on Tuesday, …") frames none.
        let framesSentence =
            Self.framingPrepositions.contains(tokens[0].hash)
            || Self.openingPrepositions.contains(tokens[0].hash)
        let framedOpening =
            framesSentence
            ? (0..<min(tokens.count, 16)).first { sentence.isClauseBreak($0) }.map { 0..<$0 }
                .flatMap { range in
                    range.contains { Self.reportWords.contains(tokens[$0].hash) } ? nil : range
                }
            : nil
        // A figure whose own verb tells what happened ("let 30 prisoners go", "were freed")
        // is no term of a plan, whatever plan the sentence names.
        let happened =
            measure.tally != .planned
            && governing.map { verb in
                (verb.form == .past || verb.form == .perfect) && !verb.isNegated
                    && clause.contains(verb.head)
                    && cues.contains {
                        $0.payload.contains(measureIndex) && verb.range.contains($0.index)
                    }
            } ?? false
        for (index, variant) in measure.variants.enumerated() {
            let exclusions = lexicon.variantExclusions[measureIndex][index]
            if exclusions.matches(sentence.tokens, in: clause).contains(where: {
                !datesReport($0.index, in: sentence)
            }) {
                continue
            }
            if let opening, opening.upperBound <= clause.lowerBound,
                exclusions.matches(sentence.tokens, in: opening).contains(where: {
                    !datesReport($0.index, in: sentence)
                })
            {
                continue
            }
            if happened, variant.tally == .planned, !variant.cuesInSentence { continue }
            if let context = lexicon.variantContexts[measureIndex][index],
                !context.hasMatch(sentence.tokens)
            {
                continue
            }
            let byForm = form.map { variant.forms.contains($0) } ?? false
            // A cue opens no later than the figure's first word: "three or more days" is no
            // "more days" of extension, "two more days" is.
            // An opening phrase is searched too where it frames the figure's clause: right
            // before it ("In the first hours after the pause ended, 29 were killed"), or opened by
            // a preposition that frames the whole sentence ("Over the past 24 hours, …").
            var searched = [variant.cuesInSentence ? 0..<sentence.tokens.count : clause]
            if variant.tally == .event, let antecedent, antecedent.upperBound <= clause.lowerBound,
                !exclusions.matches(sentence.tokens, in: antecedent).contains(where: {
                    !datesReport($0.index, in: sentence)
                })
            {
                searched.append(antecedent)
            }
            if let frame = opening ?? framedOpening, frame.upperBound <= clause.lowerBound,
                clause.lowerBound - frame.upperBound <= 1 || framesSentence
            {
                searched.append(frame)
            }
            let byCue = searched.contains { range in
                lexicon.variantCues[measureIndex][index].matches(sentence.tokens, in: range)
                    .contains { cue in
                        (cue.index <= figure.first || cue.index >= figure.end)
                            && !datesReport(cue.index, in: sentence)
                    }
            }
            if byForm || byCue { return (variant.topic, variant.tally) }
        }
        // "killed 12 more people", "dozens of additional people": a figure of more people than
        // those counted before counts a new event, where the measure counts events and the
        // clause names no running count ("so far", "since the war began").
        if let increment = (figure.end..<min(tokens.count, figure.end + 2)).first(where: {
            Self.increments.contains(tokens[$0].hash)
        }), increment == figure.end || tokens[figure.end].hash == Self.of,
            let index = measure.variants.firstIndex(where: { $0.tally == .event }),
            !lexicon.variantExclusions[measureIndex][index].matches(sentence.tokens, in: clause)
                .contains(where: { !datesReport($0.index, in: sentence) })
        {
            return (measure.variants[index].topic, measure.variants[index].tally)
        }
        // A figure right after an incident's figure, with nothing of a running count, is that
        // incident's too ("…, saying 31 were killed").
        for (index, variant) in measure.variants.enumerated()
        where variant.tally == .event && recentEvents.contains(variant.topic)
            && !lexicon.variantExclusions[measureIndex][index].hasMatch(sentence.tokens)
        {
            return (variant.topic, variant.tally)
        }
        return (measure.topic, measure.tally)
    }

    /// The noun a relative clause holding a figure tells of: the one before "in which" or
    /// "which", or right before "that" ("a strike on a school in which six were killed", "a raid
    /// that left 12 dead"); nil where the figure's clause opens otherwise.
    private func relativeNoun(
        of clause: Range<Int>, before figure: Int, in sentence: Sentence,
        structure: SentenceStructure
    ) -> Int? {
        let tokens = sentence.tokens
        var opening = clause.lowerBound
        if opening < figure, tokens[opening].kind == .punctuation { opening += 1 }
        var pronoun = opening
        if pronoun + 1 < figure, structure.classes[pronoun] == .preposition { pronoun += 1 }
        guard pronoun < figure else { return nil }
        let hash = tokens[pronoun].hash
        let isWhich = hash == Self.which
        guard isWhich || (hash == Self.that && pronoun == opening) else { return nil }
        // The clause may open at the pronoun, after the preposition that governs it.
        if isWhich, pronoun == opening, opening > 0, structure.classes[opening - 1] == .preposition
        {
            opening -= 1
        }
        var noun = opening - 1
        if isWhich, noun >= 0, sentence.isPunctuation(noun, UInt8(ascii: ",")) { noun -= 1 }
        guard noun >= 0,
            structure.classes[noun] == .noun || structure.classes[noun] == .properNoun
        else { return nil }
        return noun
    }

    /// Whether the words at `index` follow an attribution verb or a word naming the report
    /// ("the health ministry said on Tuesday", "told reporters on Friday", "in a statement on
    /// Monday"): they date the report, not what its figures count.
    private func datesReport(_ index: Int, in sentence: Sentence) -> Bool {
        guard index > 0 else { return false }
        return lexicon.attributionVerbs.match(sentence.tokens, at: index - 1) != nil
            || Self.reportWords.contains(sentence.tokens[index - 1].hash)
    }
    /// Nouns naming a report or its audience, after which a day dates the report, and which
    /// keep an opening phrase from framing the figures ("In its daily bulletin, …").
    private static let reportWords: WordTable<Bool> = WordTable(
        set: [
            "reporters", "journalists", "statement", "briefing", "conference", "interview",
            "broadcast", "post", "bulletin", "update", "report",
        ].map { WordHash.hash($0) })

    private func claim(
        topic: String, tally: Tally, facets: Facets, quantity: Quantity, attribution: Attribution,
        asOf: Day,
        sentence: Sentence,
        provenance: String, position: Int, wholeIndex: Int? = nil, exhaustive: Bool = false
    ) -> Claim {
        let speaker = attribution.speaker(near: position)
        return Claim(
            kind: .numeric, topic: topic,
            facets: addingFacets(impliedBy: speaker, to: facets, topic: topic),
            speaker: speaker, quantity: quantity,
            certainty: attribution.certainty, asOf: asOf, quote: sentence.quote,
            start: sentence.range.lowerBound,
            end: sentence.range.upperBound, provenance: provenance, tally: tally,
            wholeIndex: wholeIndex,
            partsAreExhaustive: exhaustive)
    }

    // MARK: - Figures

    /// The countable figures of the sentence: cardinal mentions and vague words, by token span.
    func figures(in sentence: Sentence, mentions: [NumberMention]) -> [Figure] {
        var figures: [Figure] = []
        let vagueMatches = lexicon.vague.matches(sentence.tokens)
        for match in vagueMatches {
            let word = lexicon.vocabulary.vague[match.payload]
            // "a few hundred", "several thousand": the vague quantity times the number word.
            var (end, scale) = (match.end, 1.0)
            if end < sentence.tokens.count,
                let multiplier = lexicon.multipliers[sentence.tokens[end].hash]
            {
                (end, scale) = (end + 1, multiplier)
            }
            figures.append(
                Figure(
                    first: match.index, end: end,
                    quantity: Quantity(
                        low: word.low * scale, high: word.high * scale, best: nil,
                        qualifier: .vague), isVague: true
                ))
        }
        // "a week-long truce": one week, the unit the word names.
        for match in lexicon.oneOfUnit.matches(sentence.tokens) {
            figures.append(
                Figure(
                    first: match.index, end: match.end, quantity: .exact(1), isVague: false,
                    unit: match.payload))
        }
        // The tokens numbers start at, for ratios ("nine in ten").
        let numberStarts = Set(mentions.map { sentence.tokenIndex(atOrAfter: $0.start) })
        // A number with a unit ("23,000 litres") can be a count too; the counted noun decides.
        for mention in mentions
        where (mention.role == .cardinal || mention.role == .measure || mention.role == .percent)
            && mention.value != 0
        {
            let first = sentence.tokenIndex(atOrAfter: mention.start)
            var end = first
            while end < sentence.tokens.count, sentence.tokens[end].start < mention.end { end += 1 }
            guard first < end else { continue }
            if figures.contains(where: { $0.isVague && $0.first < end && first < $0.end }) {
                continue
            }
            let tokens = sentence.tokens
            // "was one of those killed", "described him as one of the men who led the attack":
            // one member of a group is no count.
            if end == first + 1, first > 0, end < tokens.count, tokens[first].hash == Self.oneWord,
                tokens[end].hash == Self.of,
                Self.copulas.contains(tokens[first - 1].hash)
                    || tokens[first - 1].hash == Self.asWord
            {
                continue
            }
            // "nine in ten of the new arrivals", "two in every three people": a ratio is no count.
            let ratioAfter =
                end + 1 < tokens.count && tokens[end].hash == Self.inWord
                && (numberStarts.contains(end + 1)
                    || tokens[end + 1].hash == Self.every && numberStarts.contains(end + 2))
            let ratioBefore =
                first >= 2 && tokens[first - 1].hash == Self.inWord
                && numberStarts.contains(first - 2)
                || first >= 3 && tokens[first - 1].hash == Self.every
                    && tokens[first - 2].hash == Self.inWord && numberStarts.contains(first - 3)
            if end == first + 1, ratioAfter || ratioBefore { continue }
            // "On Wednesday (13) the government confirmed …": a day of the month in brackets after
            // its weekday is a date.
            if mention.start > 0, mention.end < sentence.bytes.count,
                sentence.bytes[mention.start - 1] == UInt8(ascii: "("),
                sentence.bytes[mention.end] == UInt8(ascii: ")"),
                let weekday = (0..<first).last(where: { tokens[$0].kind == .word }),
                first - weekday <= 2, DateResolver.namesWeekday(tokens[weekday].hash)
            {
                continue
            }
            // "the country's catastrophic 1999 quake": a year naming an event is no count.
            if end == first + 1, sentence.year(at: first) != nil, end < tokens.count,
                Self.eventNouns.contains(tokens[end].hash) || tokens[end].hash == Self.war
            {
                continue
            }
            var quantity: Quantity
            // A dash before a figure in news text ("17 hostages -- 14 of them Israelis") is
            // punctuation: no count is negative.
            // "at 04.17", "09.38: death toll climbs": a clock time written with a dot.
            if Self.isDottedClockTime(mention, in: sentence) { continue }
            let value = Self.dottedThousands(mention, in: sentence) ?? abs(mention.value)
            if let upper = mention.upper {
                quantity = Quantity(
                    low: min(value, upper), high: max(value, upper), best: nil,
                    qualifier: .range)
            } else {
                quantity = .exact(value)
            }
            // "four-day": the word goes on past the number with its unit.
            var unit: UInt64?
            let last = sentence.tokens[end - 1]
            if mention.end + 1 < last.end, sentence.bytes[mention.end] == UInt8(ascii: "-") {
                unit = WordHash.hash(sentence.bytes, mention.end + 1, last.end)
            } else if mention.end < last.end, Tokenizer.isAlnum(sentence.bytes[mention.end]),
                !Tokenizer.isDigit(sentence.bytes[mention.end])
            {
                // "17.9km": letters glued to the number are its unit.
                unit = WordHash.hash(sentence.bytes, mention.end, last.end)
            }
            // "2 million-plus", "the 12,000-plus buildings": more than the number.
            if unit == Self.plus {
                unit = nil
                quantity = Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
            }
            // "9% of what is needed": a share, counted in percent.
            if mention.role == .percent { unit = Self.percentUnit }
            // "a one-sided ceasefire", "a two-state solution": a number joined to a word that
            // is no counted noun describes; "a 420-strong team" still counts.
            if let joined = unit, mention.role != .percent, !Self.countingUnits.contains(joined),
                lexicon.nouns.match(
                    [Token(start: 0, end: 0, hash: joined, kind: .word, isCapitalized: false)],
                    at: 0) == nil
            {
                continue
            }
            // "ten or more people", "three or more days": the bound is part of the figure, so
            // the noun after it is the figure's own.
            if unit == nil, quantity.qualifier == .exact, end < sentence.tokens.count,
                let after = lexicon.qualifierAfter.match(sentence.tokens, at: end),
                after.payload == .atLeast || after.payload == .approximate,
                let bound = bounded(value, by: after.payload)
            {
                quantity = bound
                end = after.end
            }
            figures.append(
                Figure(
                    first: first, end: end, quantity: quantity, isVague: false, unit: unit,
                    isPercent: mention.role == .percent))
        }
        return figures.sorted { $0.first < $1.first }
    }

    /// Whether a number is a clock time written with a dot ("at 04.17", "09.38: …"): two digits
    /// of hours, a dot and two of minutes, with a leading zero, "at" before it or a colon after.
    private static func isDottedClockTime(_ mention: NumberMention, in sentence: Sentence) -> Bool {
        let bytes = sentence.bytes
        let start = mention.start
        guard mention.upper == nil, mention.end - start == 5,
            bytes[start + 2] == UInt8(ascii: "."), Tokenizer.isDigit(bytes[start]),
            Tokenizer.isDigit(bytes[start + 1]), Tokenizer.isDigit(bytes[start + 3]),
            Tokenizer.isDigit(bytes[start + 4])
        else { return false }
        let hours = Int(bytes[start] - 48) * 10 + Int(bytes[start + 1] - 48)
        let minutes = Int(bytes[start + 3] - 48) * 10 + Int(bytes[start + 4] - 48)
        guard hours < 24, minutes < 60 else { return false }
        let colonAfter =
            mention.end < sentence.range.upperBound && bytes[mention.end] == UInt8(ascii: ":")
        let atBefore =
            start >= 3 && bytes[start - 1] == UInt8(ascii: " ")
            && (bytes[start - 3] | 0x20) == UInt8(ascii: "a")
            && (bytes[start - 2] | 0x20) == UInt8(ascii: "t")
        return bytes[start] == UInt8(ascii: "0") || colonAfter || atBefore
    }

    /// A number written with dots between groups of three digits ("1.805 people", "20.426"), as
    /// many outlets write thousands: read as the whole number. Nothing counted in news has a
    /// fraction of exactly three digits.
    private static func dottedThousands(_ mention: NumberMention, in sentence: Sentence)
        -> Double?
    {
        let bytes = sentence.bytes
        guard mention.upper == nil, mention.start < mention.end,
            bytes[mention.start] != UInt8(ascii: "0")
        else { return nil }
        var value = 0.0
        var groupDigits = 0
        var sawDot = false
        for offset in mention.start..<mention.end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ".") {
                // The first group has one to three digits, every later one three.
                guard groupDigits >= 1, groupDigits <= 3, !sawDot || groupDigits == 3 else {
                    return nil
                }
                sawDot = true
                groupDigits = 0
            } else if Tokenizer.isDigit(byte) {
                value = value * 10 + Double(byte - UInt8(ascii: "0"))
                groupDigits += 1
            } else {
                return nil
            }
        }
        return sawDot && groupDigits == 3 ? value : nil
    }

    /// The qualifier words around a figure turn an exact number into a bound or an approximation.
    private func qualified(
        _ quantity: Quantity, figure: Figure, nounEnd: Int, in sentence: Sentence,
        override: Qualifier? = nil
    ) -> Quantity {
        // A range keeps both ends under a hedge ("an estimated 14,000 to 15,000").
        if quantity.qualifier == .range && override == nil { return quantity }
        let value = quantity.best ?? quantity.low
        var qualifier: Qualifier? = override
        for start in max(0, figure.first - 4)..<figure.first where qualifier == nil {
            if let match = lexicon.qualifierBefore.match(sentence.tokens, at: start),
                match.end == figure.first,
                // "handed over 24": a particle of the verb before it, not a bound.
                !(sentence.tokens[start].hash == Self.over && start > 0
                    && Self.particleVerbs.contains(sentence.tokens[start - 1].hash)),
                // "the toll has gone up to 40,642": a rise to the figure, not a bound.
                !(sentence.tokens[start].hash == Self.up && start > 0
                    && Self.risingVerbs.contains(sentence.tokens[start - 1].hash)),
                !spansTime(from: start, figure: figure, in: sentence)
            {
                qualifier = match.payload
                break
            }
        }
        if qualifier == nil { qualifier = sharedQualifier(before: figure, in: sentence) }
        if qualifier == nil {
            for position in [figure.end, nounEnd] where position < sentence.tokens.count {
                if let match = lexicon.qualifierAfter.match(sentence.tokens, at: position) {
                    qualifier = match.payload
                    break
                }
            }
        }
        return qualifier.flatMap { bounded(value, by: $0) } ?? quantity
    }

    /// The qualifier of the figure a pair joined by "and" opens, which the second figure shares:
    /// "more than 600 dead and 5,000 wounded", "at least 221 deaths and 419 injured". Nil when
    /// the figure does not close such a pair.
    private func sharedQualifier(before figure: Figure, in sentence: Sentence) -> Qualifier? {
        let tokens = sentence.tokens
        let word = figure.first - 2
        guard word >= 2, tokens[figure.first - 1].hash == Self.andWord,
            tokens[word].kind == .word, !Self.scaleWords.contains(tokens[word].hash)
        else { return nil }
        var first = word
        while first > 0, first > word - 4,
            tokens[first - 1].kind == .number || Self.scaleWords.contains(tokens[first - 1].hash)
        {
            first -= 1
        }
        guard first < word else { return nil }
        for start in max(0, first - 4)..<first {
            if let match = lexicon.qualifierBefore.match(tokens, at: start), match.end == first,
                !(tokens[start].hash == Self.over && start > 0
                    && Self.particleVerbs.contains(tokens[start - 1].hash))
            {
                return match.payload
            }
        }
        return nil
    }

    /// Words that scale a number written before them ("1.5 million").
    private static let scaleWords: WordTable<Bool> = WordTable(
        set: ["thousand", "million", "billion", "hundred"].map { WordHash.hash($0) })

    /// The interval a qualifier makes of a number ("about 10", "at least 10"); nil for a
    /// qualifier that makes none.
    private func bounded(_ value: Double, by qualifier: Qualifier) -> Quantity? {
        let spread = lexicon.vocabulary.approximateSpread
        switch qualifier {
        case .approximate:
            return Quantity(
                low: value * (1 - spread), high: value * (1 + spread), best: value,
                qualifier: .approximate)
        case .over: return Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
        case .atLeast: return Quantity(low: value, high: .infinity, best: nil, qualifier: .atLeast)
        case .under: return Quantity(low: 0, high: value, best: nil, qualifier: .under)
        case .atMost: return Quantity(low: 0, high: value, best: nil, qualifier: .atMost)
        default: return nil
        }
    }

    // MARK: - Nouns and measures

    private static let placeFillers: WordTable<Bool> = WordTable(
        set: [
            "the", "occupied", "southern", "northern", "central", "eastern", "western",
            "neighbouring",
            "neighboring", "war-torn", "rebel-held", "opposition-held", "government-held",
            "quake-hit",
            "north-western", "northwestern", "north-west", "northwest", "south-eastern",
            "southeastern",
            "south-east", "southeast", "besieged", "blockaded", "devastated", "stricken",
        ].map { WordHash.hash($0) })
    private static let locatives: WordTable<Bool> = WordTable(
        set: [
            "in", "inside", "across", "throughout", "through", "within", "on", "of", "into", "to",
            "for", "at",
            // "149,383 people have reached Chad", "205,565 Sudanese have entered Egypt".
            "reached", "reaching", "entered", "entering",
            // "60,000 people have left el-Fasher", "26,030 have escaped el-Fasher".
            "left", "leaving", "fled", "fleeing", "escaped", "escaping",
            // "50,000 people have had to flee Nyala".
            "flee", "flees", "escape", "escapes",
        ].map {
            WordHash.hash($0)
        })
    /// Whether the number at `index` is part of a date: a day next to a month ("on October 7",
    /// "7 October") or a year ("2023").
    private func isDatePart(_ index: Int, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        return index > 0 && DateResolver.namesMonth(tokens[index - 1].hash)
            || index + 1 < tokens.count && DateResolver.namesMonth(tokens[index + 1].hash)
            || sentence.year(at: index) != nil
    }

    /// Verbs of an assault whose object is where its dead fell, when no other figure stands
    /// between ("Hamas stormed southern Israel, killing about 1,400 people").
    private static let assaultVerbs: WordTable<Bool> = WordTable(
        set: ["stormed", "storming", "invaded", "invading", "attacked", "attacking", "raided"].map {
            WordHash.hash($0)
        })
    /// Words that open a relative clause ("in which", "when").
    private static let relatives: WordTable<Bool> = WordTable(
        set: ["which", "when", "whom", "who", "that"].map { WordHash.hash($0) })
    /// Prepositions that date a whole sentence when it opens with them and a year.
    private static let datingOpeners: WordTable<Bool> = WordTable(
        set: ["in", "during", "back", "throughout"].map { WordHash.hash($0) })
    /// Words that set the story against an earlier year rather than date a figure to it.
    private static let comparisons: WordTable<Bool> = WordTable(
        set: ["since", "than", "as"].map { WordHash.hash($0) })
    private static let since = WordHash.hash("since")
    private static let than = WordHash.hash("than")
    /// Nouns of an event a place word may name ("the Hatay quake", "the Nyala clashes").
    private static let eventNouns: WordTable<Bool> = WordTable(
        set: [
            "quake", "earthquake", "earthquakes", "quakes", "tremor", "attack", "attacks",
            "strike", "strikes", "assault", "clashes", "fighting", "massacre", "bombardment",
            "offensive", "raid", "shelling", "disaster",
        ].map { WordHash.hash($0) })
    private static let war = WordHash.hash("war")
    /// Verbs whose object is where an event happened ("the quake hit southern Turkey").
    private static let strikingVerbs: WordTable<Bool> = WordTable(
        set: ["hit", "struck", "rocked", "jolted", "shook", "devastated", "battered"].map {
            WordHash.hash($0)
        })
    /// Words after a place that make it the home of the people a figure counts ("Egypt is now
    /// home to 546,746 refugees", "Chad hosts 600,000").
    private static let hostingWords: WordTable<Bool> = WordTable(
        set: [
            "home", "hosts", "hosting", "hosted", "shelters", "sheltering", "houses",
            // "Chad has received 120,000 people", "Uganda has admitted 9,000".
            "received", "receives", "receiving", "welcomed", "welcomes", "absorbed", "absorbs",
            "accommodated", "accommodates", "admitted",
        ].map { WordHash.hash($0) })
    /// Forms of "take" that with "in" after them make a place a home ("Chad took in 120,000").
    private static let takingWords: WordTable<Bool> = WordTable(
        set: ["took", "taken", "takes", "taking"].map { WordHash.hash($0) })
    /// Verbs after a place that make it the one counting the figure after them ("Syria has
    /// recorded 5,800 deaths").
    private static let tallyingVerbs: WordTable<Bool> = WordTable(
        set: [
            "reported", "recorded", "registered", "counted", "confirmed", "logged", "documented",
            // "Syria accounted for 3,688"; "Turkey has lost at least 5,894 people".
            "accounted", "accounts", "lost", "loses",
        ].map { WordHash.hash($0) })
    /// Forms of "become", which may stand with auxiliaries and adverbs between a place and the
    /// word making it a home ("Egypt has become home to …").
    private static let becoming: WordTable<Bool> = WordTable(
        set: ["become", "becomes", "became"].map { WordHash.hash($0) })
    /// Words that open a clause joined on after a comma.
    private static let clauseJoiners: WordTable<Bool> = WordTable(
        set: ["and", "with", "while", "but", "whereas"].map { WordHash.hash($0) })
    /// Prepositions of a destination.
    private static let destinations: WordTable<Bool> = WordTable(
        set: ["into", "to"].map { WordHash.hash($0) })
    /// Words before "to" or "for" that make them no direction ("according to Turkey").
    private static let notDirections: WordTable<Bool> = WordTable(
        set: [
            "according", "due", "thanks", "calls", "called", "pressure", "appeal", "appealed",
            "pleaded",
        ]
        .map { WordHash.hash($0) })
    /// Words that join a part of a place to another place ("Turkey and parts of Syria").
    private static let partOfPlace: WordTable<Bool> = WordTable(
        set: ["parts", "part", "areas", "of", "across"].map { WordHash.hash($0) })

    private static let placeJoiners: WordTable<Bool> = WordTable(
        set: ["and", ",", "&"].map { WordHash.hash($0) })

    /// Words that hand the words after them to the next figure.
    private static let figureJoiners: WordTable<Bool> = WordTable(
        set: ["and", "while", "whereas", "but", "including"].map { WordHash.hash($0) })

    /// Whether the words after a place's possessive name a part of it ("Turkey's southeast",
    /// "Omdurman's Dar es Salaam neighbourhood"), before any preposition or punctuation ends
    /// the phrase ("Israel's bombardment of the city" is an owner's).
    private func namesPartOfPlace(after start: Int, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        for index in start..<min(tokens.count, start + 4) {
            if Self.placeParts.contains(tokens[index].hash) { return true }
            if tokens[index].kind == .punctuation
                || lexicon.prepositions.contains(tokens[index].hash)
            {
                return false
            }
        }
        return false
    }

    /// Words naming a part of a place after its possessive ("Turkey's southeast",
    /// "Omdurman's Dar es Salaam neighbourhood" is in Omdurman).
    private static let placeParts: WordTable<Bool> = WordTable(
        set: [
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west", "northern", "southern",
            "eastern", "western", "central", "north-eastern", "north-western", "south-eastern",
            "south-western", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
            "district", "districts", "region", "regions", "province", "provinces", "state",
            "city", "cities", "capital", "suburb", "suburbs", "outskirts", "camp", "camps",
            "towns", "villages", "streets",
        ].map { WordHash.hash($0) })

    /// Nouns for a running count or its figures that a place can own ("Syria's toll", "Gaza's
    /// death tally", "Turkey's figures").
    private static let tallyNouns: WordTable<Bool> = WordTable(
        set: ["toll", "tally", "count", "figures", "figure", "numbers"].map { WordHash.hash($0) })

    /// Whether "of" or "for" stands right before the figure and its qualifiers ("the release of
    /// some 50 hostages held by Hamas"): the counted phrase is their object, never a subject, so
    /// a verb right after its noun describes the noun.
    private func isObjectOfPreposition(_ figure: Figure, in sentence: Sentence) -> Bool {
        let start = qualifierStart(of: figure, in: sentence)
        return start > 0 && Self.objectPrepositions.contains(sentence.tokens[start - 1].hash)
    }

    /// Where the qualifier words right before a figure begin ("about" in "free about 50"); the
    /// figure's own start when none stands there.
    private func qualifierStart(of figure: Figure, in sentence: Sentence) -> Int {
        for begin in max(0, figure.first - 4)..<figure.first {
            if let qualifier = lexicon.qualifierBefore.match(sentence.tokens, at: begin),
                qualifier.end == figure.first
            {
                return begin
            }
        }
        return figure.first
    }

    /// Prepositions whose object a counted phrase after them is ("the release of 50 hostages").
    private static let objectPrepositions: WordTable<Bool> = WordTable(
        set: ["of", "for"].map { WordHash.hash($0) })

    /// The measure for a noun class whose cue lies nearest the figure; a default measure when no cue does.
    private func chooseMeasure(
        for nounClass: String, figure: Figure, nounEnd: Int, cues: [PhraseTable<[Int]>.Match],
        in sentence: Sentence, structure: SentenceStructure
    ) -> (index: Int, cue: String)? {
        // A cue in the figure's own clause beats one in another; a participle that only
        // describes the noun ("hostages held in Gaza were freed") loses to the clause's verb,
        // except for a figure of reference ("two of the 240 hostages seized on 7 October").
        let clause = structure.clause(at: figure.first)?.range ?? 0..<sentence.tokens.count
        let isReference = isReferenceFigure(figure, in: sentence)
        // "15 of the 137 hostages have died": a verb right after the whole's noun is the
        // part's, not the whole's.
        let verbIsThePartsOwn =
            isReference && nounEnd < sentence.tokens.count
            && (structure.classes[nounEnd] == .auxiliary || structure.classes[nounEnd] == .modal)
        // The verb the counted phrase is the subject of names what happened to it, whatever
        // describes the noun on the way ("17 hostages held by Hamas, four of them Thai, were
        // handed to the Red Cross").
        // A noun that names its measure itself ("three people dead and 213 injured") keeps it.
        let nounNamesMeasure = cues.contains {
            $0.index >= figure.end && $0.end <= nounEnd && structure.verbGroup(at: $0.index) == nil
        }
        let objectOfPreposition = isObjectOfPreposition(figure, in: sentence)
        let predicate =
            isReference || nounNamesMeasure || objectOfPreposition
            ? nil
            : structure.predicate(ofSubjectAt: figure.first, endingAt: nounEnd, in: sentence)
        var best: (distance: Int, index: Int, cue: String)?
        var fallbackMatches: [PhraseTable<[Int]>.Match]?
        for index in lexicon.measuresCounting[nounClass] ?? [] {
            guard contextAllows(index, sentence, near: figure.first, structure: structure) else {
                continue
            }
            var distance = Int.max
            var cueText = "default"
            for cue in cues where cue.payload.contains(index) {
                // The verb of a part's clause does not describe the whole it is a part of: a
                // figure of reference takes only its noun's own words ("the 24 freed
                // hostages") and the words right after its noun.
                if isReference, cue.index < figure.end || cue.end > nounEnd,
                    cue.index < nounEnd || cue.index - nounEnd > 2
                {
                    continue
                }
                if verbIsThePartsOwn, cue.index >= nounEnd { continue }
                // Distances are doubled so a cue before the figure wins a tie with one after it.
                var gap: Int
                if let predicate, cue.index >= predicate.range.lowerBound,
                    cue.index <= predicate.range.upperBound
                {
                    gap = -1
                } else if cue.index >= figure.end, cue.end <= nounEnd {
                    // The noun itself names the measure: "49,229 wounded".
                    gap = 0
                } else if cue.end <= figure.first {
                    // Qualifier words ("free about 50") sit between a verb and its figure at no distance.
                    let start = qualifierStart(of: figure, in: sentence)
                    // "killed 20,000 Palestinians and forced 1.9 million people from their
                    // homes": a verb joined after the cue's, whose object the figure is, names
                    // what happened to it.
                    if structure.verbGroups.contains(where: { group in
                        group.range.lowerBound > cue.end && group.range.upperBound == start
                            && !group.isReducedRelative && !structure.isAttribution(group)
                            && Self.figureJoiners.contains(
                                sentence.tokens[group.range.lowerBound - 1].hash)
                            && !cues.contains(where: { group.range.contains($0.index) })
                    }) {
                        continue
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
                    if let group = structure.verbGroup(at: cue.index),
                        group.isReducedRelative
                            || structure.describesNoun(group, endingAt: nounEnd, in: sentence)
                            || (group.range.lowerBound == nounEnd && objectOfPreposition)
                    {
                        gap = isReference ? max(0, gap - 6) : gap + 24
                    }
                    // "the hostages it holds", "hostages who hold foreign passports": a clause
                    // opened right after the noun describes it.
                    if !isReference, let relative = structure.clause(at: cue.index),
                        relative.range.lowerBound >= nounEnd,
                        relative.range.lowerBound <= nounEnd + 1,
                        relative.range.lowerBound < cue.index
                            || relative.range.lowerBound == nounEnd,
                        structure.classes[relative.range.lowerBound] == .pronoun
                            || structure.classes[relative.range.lowerBound] == .subordinator
                    {
                        gap += 24
                    }
                } else {
                    continue
                }
                if !clause.contains(cue.index), gap >= 0 { gap += 16 }
                // "Hundreds of people, most of them civilians, have been killed": an aside
                // between a vague figure and its own verb keeps the verb its cue.
                if figure.isVague, gap != -1,
                    clausePenalty(min(cue.end, figure.first), max(cue.index, nounEnd), sentence) > 0
                {
                    continue
                }
                if gap < distance {
                    distance = gap
                    cueText = sentence.text(tokens: cue.index..<cue.end).lowercased()
                }
            }
            if distance == Int.max, lexicon.hasFallbackCues[index],
                !figure.isVague || nounClass != Self.personClass
            {
                // A fallback cue in the figure's clause counts only after every ordinary cue;
                // "relatives of hostages" are no hostages.
                fallbackMatches = fallbackMatches ?? lexicon.fallbackCues.matches(sentence.tokens)
                for cue in fallbackMatches!
                where cue.payload.contains(index) && clause.contains(cue.index)
                    && (cue.index == 0 || sentence.tokens[cue.index - 1].hash != Self.of)
                    && !(verbIsThePartsOwn && cue.index >= nounEnd)
                {
                    let gap = cue.index >= nounEnd ? cue.index - nounEnd : figure.first - cue.index
                    distance = min(distance, 5_000 + gap)
                    cueText = sentence.text(tokens: cue.index..<cue.end).lowercased()
                }
            }
            if distance == Int.max {
                // "dozens of people" names no measure by itself; "thousands of buildings" does.
                // "the deaths of the three hostages": a few the text already knows, with no word
                // of what happened to them, are no count.
                guard lexicon.measureIsDefault[index],
                    !figure.isVague || nounClass != Self.personClass,
                    !(figure.first > 0 && sentence.tokens[figure.first - 1].hash == Self.the
                        && figure.quantity.high <= 10)
                else { continue }
                distance = 10_000
            }
            if best == nil || distance < best!.distance { best = (distance, index, cueText) }
        }
        return best.map { ($0.index, $0.cue) }
    }

    /// The sentence's cues, with any longer cue that starts inside one and runs past its end
    /// ("were brought" does not hide "brought back").
    private func overlappingCues(in sentence: Sentence) -> [PhraseTable<[Int]>.Match] {
        let tokens = sentence.tokens
        var result: [PhraseTable<[Int]>.Match] = []
        for cue in lexicon.cues.matches(tokens) {
            result.append(cue)
            for start in cue.index + 1..<cue.end {
                if let inner = lexicon.cues.match(tokens, at: start), inner.end > cue.end {
                    result.append(inner)
                    break
                }
            }
        }
        return result
    }

    /// The cues without the measures whose own excluded phrases hold them ("holding" in "some
    /// holding dual nationality" is no cue of hostages held); each measure's excluded phrases are
    /// looked up once per sentence, and only for measures a cue names.
    private func withoutExcludedMeasures(
        _ cues: [PhraseTable<[Int]>.Match], in sentence: Sentence, classes: [WordClass]
    ) -> [PhraseTable<[Int]>.Match] {
        var excluded: [Int: [PhraseTable<Bool>.Match]] = [:]
        return cues.compactMap { cue in
            if ownsPossession(after: cue, in: sentence, classes: classes) { return nil }
            var kept = cue
            kept.payload = cue.payload.filter { index in
                guard let table = lexicon.exclusions[index] else { return true }
                let phrases = excluded[index] ?? table.matches(sentence.tokens)
                excluded[index] = phrases
                return !phrases.contains { $0.index <= cue.index && cue.index < $0.end }
            }
            return kept.payload.isEmpty ? nil : kept
        }
    }

    /// Whether a cue verb's object is a possession ("holding both Russian and Israeli
    /// citizenship"): its subject owns something and is no count of the cue's measure.
    private func ownsPossession(
        after cue: PhraseTable<[Int]>.Match, in sentence: Sentence, classes: [WordClass]
    ) -> Bool {
        let tokens = sentence.tokens
        var index = cue.end
        while index < min(tokens.count, cue.end + Self.possessionReach) {
            if lexicon.possessions.match(tokens, at: index) != nil { return true }
            guard classes[index].isNominal || classes[index] == .coordinator else { return false }
            index += 1
        }
        return false
    }
    /// How many words a cue verb's possessed object may span before its noun ("holding both
    /// Russian and Israeli citizenship").
    private static let possessionReach = 6

    /// Cues of two words whose object stands between them ("let 39 Palestinians go", "let 39
    /// Palestinians out"): the cue the two words make, placed on the first.
    private func splitCues(in sentence: Sentence, _ figures: [Figure]) -> [PhraseTable<[Int]>.Match]
    {
        let tokens = sentence.tokens
        var found: [PhraseTable<[Int]>.Match] = []
        for first in tokens.indices where Self.splitCueOpeners.contains(tokens[first].hash) {
            guard let figure = figures.first(where: { $0.first > first && $0.first <= first + 2 })
            else { continue }
            for second in figure.end..<min(tokens.count, figure.end + 5)
            where Self.splitCueParticles.contains(tokens[second].hash) {
                if let payload = lexicon.cues.pair(tokens[first], tokens[second]) {
                    found.append(.init(index: first, length: 1, payload: payload))
                }
                break
            }
        }
        return found
    }
    private static let splitCueOpeners: WordTable<Bool> = WordTable(
        set: ["let", "lets", "letting"].map { WordHash.hash($0) })
    private static let splitCueParticles: WordTable<Bool> = WordTable(
        set: ["go", "out", "free", "through", "in"].map { WordHash.hash($0) })

    /// The noun of "in the course of", a phrase of time like "during".
    private static let course = WordHash.hash("course")
    /// Prepositions opening a phrase of time that frames the whole sentence ("During the truce,").
    private static let framingPrepositions: WordTable<Bool> = WordTable(
        set: ["during", "over", "throughout", "across", "before", "since", "while"].map {
            WordHash.hash($0)
        })

    /// Prepositions besides the framing ones whose opening phrase frames the figures of every
    /// clause for a variant's cues ("Under the deal, …", "In the past day, …").
    private static let openingPrepositions: WordTable<Bool> = WordTable(
        set: ["under", "in", "within"].map { WordHash.hash($0) })

    /// Pronouns that open a relative clause after a preposition ("during which", "over which").
    private static let relativePronouns: WordTable<Bool> = WordTable(
        set: ["which", "whom"].map { WordHash.hash($0) })

    /// Words after a figure that count more of what was counted before ("12 more", "dozens of
    /// additional").
    private static let increments: WordTable<Bool> = WordTable(
        set: ["more", "additional"].map { WordHash.hash($0) })

    /// The relative pronoun that opens a clause describing the noun right before it.
    private static let who = WordHash.hash("who")
    /// The relative pronoun of things ("a strike in which six were killed").
    private static let which = WordHash.hash("which")
    /// "that" opening a relative clause right after its noun ("a raid that left 12 dead").
    private static let that = WordHash.hash("that")
    /// The object form of `who` ("the 33 prisoners whom Israel is due to free").
    private static let whom = WordHash.hash("whom")

    /// Words opening a clause that tells when the clause before it happened.
    private static let timeOpeners: WordTable<Bool> = WordTable(
        set: ["since", "when", "after", "once", "before"].map { WordHash.hash($0) })
    private static let over = WordHash.hash("over")
    private static let plus = WordHash.hash("plus")
    /// Units of time: "over" opening a clause before a number of them gives a span ("Over seven
    /// days of truce, 105 were freed"), not a bound.
    private static let timeUnits: WordTable<Bool> = WordTable(
        set: ["hours", "days", "weeks", "months", "years"].map { WordHash.hash($0) })

    /// Whether the "over" at `start` opens a span of time before a clause ("Over seven days of
    /// truce, …", "…, over four days, …") rather than bounding the figure.
    private func spansTime(from start: Int, figure: Figure, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard tokens[start].hash == Self.over, figure.end < tokens.count,
            Self.timeUnits.contains(tokens[figure.end].hash)
        else { return false }
        // "Over four days, …"; "to free 50 hostages over four days", "would be let go over four
        // days", "spread over four days": after what is counted or done, "over" spans the days;
        // after a preposition or a verb of lasting ("held for over four days", "a truce of over
        // seven days", "lasted over a week") it bounds them.
        guard start > 0 else { return true }
        let before = tokens[start - 1].hash
        return !lexicon.prepositions.contains(before) && !Self.lastingWords.contains(before)
    }
    /// Words after which "over" bounds a length of time: verbs of lasting and forms of "be".
    private static let lastingWords: WordTable<Bool> = WordTable(
        set: [
            "last", "lasts", "lasted", "lasting", "run", "runs", "ran", "running", "held", "hold",
            "holds", "is", "was", "are", "were", "be", "been", "being", "extended", "prolonged",
        ].map { WordHash.hash($0) })
    private static let up = WordHash.hash("up")
    private static let risingVerbs: WordTable<Bool> = WordTable(
        set: [
            "gone", "went", "go", "goes", "going", "shot", "shoots", "moved", "crept", "creeping",
            "edged", "jumped", "climbed", "risen", "rose", "ticked",
        ].map { WordHash.hash($0) })
    /// Whether the words right after the figure ending at `index` make it a part of the figure
    /// before ("5,714 of them", "two of whom"): the patterns' own `@of_them` list.
    private func startsPart(after index: Int, in sentence: Sentence) -> Bool {
        matcher.list(named: Self.ofThemList)?.match(sentence.tokens, at: index + 1) != nil
    }

    /// The first word of the whole's own verb, where the part named after `index` is an aside
    /// that a comma closes right before it ("32 people, 10 of them children, were killed in a
    /// strike on a school"): the words of that verb's clause tell of the whole too. A participle
    /// or an attribution after the comma ("…, according to …") is no such verb.
    private func asideVerb(
        after index: Int, in sentence: Sentence, structure: SentenceStructure
    ) -> Int? {
        let tokens = sentence.tokens
        guard
            let comma = (index + 1..<min(tokens.count, index + 10)).first(where: {
                sentence.isClauseBreak($0)
            }), sentence.isPunctuation(comma, UInt8(ascii: ",")), comma + 1 < tokens.count,
            structure.verbGroups.contains(where: { $0.range.lowerBound == comma + 1 }),
            !sentence.endsWith(comma + 1, "ing"),
            lexicon.attributionVerbs.match(tokens, at: comma + 1) == nil
        else { return nil }
        return comma + 1
    }

    private static let whereWord = WordHash.hash("where")
    private static let inWord = WordHash.hash("in")
    private static let particleVerbs: WordTable<Bool> = WordTable(
        set: [
            "handed", "hand", "hands", "handing", "turned", "turn", "turns", "taken", "took",
            "take",
            "takes", "passed", "pass", "won", "win", "handover",
        ].map { WordHash.hash($0) })
    private static let referenceWords: WordTable<Bool> = WordTable(
        set: [
            "of", "the", "its", "their", "those", "these", "roughly", "about", "around", "some",
            "nearly",
            "almost", "estimated", "an", "more", "than", "over",
        ].map { WordHash.hash($0) })
    private static let of = WordHash.hash("of")
    /// The pronouns an aside about the figure before names it by ("some of them", "most of whom").
    private static let aboutThem: WordTable<Bool> = WordTable(
        set: ["them", "whom"].map { WordHash.hash($0) })
    private static let the = WordHash.hash("the")
    /// Words pointing back to a whole named before ("Of these, …").
    /// Whether a measure of the topic (or a variant of it) counts the noun class.
    private func counts(_ nounClass: String, topic: String) -> Bool {
        lexicon.vocabulary.measures.contains { $0.covers(topic) && $0.nouns.contains(nounClass) }
    }
    private static let pointers: WordTable<Bool> = WordTable(
        set: ["these", "those", "them"].map { WordHash.hash($0) })

    private static let partWords: WordTable<Bool> = WordTable(
        // "Nineteen of the 135 hostages": a part is also told in the number parser's counting
        // words ("one", "twelve", "dozens", "several").
        set: ([
            "some", "many", "most", "all", "half", "none", "majority", "rest", "each", "any",
            "both",
        ] + NumberWords.countingWords).map { WordHash.hash($0) })

    /// Whether a figure only names the whole something else is a part of ("two of the 240 …",
    /// "some of the roughly 240 hostages").
    private func isReferenceFigure(_ figure: Figure, in sentence: Sentence) -> Bool {
        var index = figure.first - 1
        while index >= 0, figure.first - index <= 4 {
            let hash = sentence.tokens[index].hash
            if hash == Self.of {
                guard index > 0 else { return false }
                let part = sentence.tokens[index - 1]
                return part.kind == .number || Self.partWords.contains(part.hash)
            }
            guard Self.referenceWords.contains(hash) else { return false }
            index -= 1
        }
        return false
    }

    /// Extra distance for every clause break between two token positions.
    private func clausePenalty(_ from: Int, _ to: Int, _ sentence: Sentence) -> Int {
        var penalty = 0
        for position in from..<to where sentence.isClauseBreak(position) { penalty += 4 }
        return penalty
    }

    /// Whether the sentence has one of the measure's context words and the figure's clause none
    /// of its excluded words.
    private func contextAllows(
        _ measureIndex: Int, _ sentence: Sentence, near position: Int? = nil,
        structure: SentenceStructure? = nil
    ) -> Bool {
        if let context = lexicon.contexts[measureIndex], !context.hasMatch(sentence.tokens),
            !lexicon.vocabulary.measures[measureIndex].contextBefore
                || !context.hasMatch(sentence.previousTokens)
        {
            return false
        }
        if let exclusion = lexicon.exclusions[measureIndex] {
            var range = 0..<sentence.tokens.count
            if let position {
                var start = position
                while start > 0, !sentence.isClauseBreak(start - 1) { start -= 1 }
                var end = position
                while end < sentence.tokens.count, !sentence.isClauseBreak(end) { end += 1 }
                // "550 destroyed and another 1,578 badly damaged": the words after an "and"
                // that leads to another number are that number's.
                let tokens = sentence.tokens
                func leadsToNumber(_ join: Int, _ limit: Int) -> Bool {
                    Self.figureJoiners.contains(tokens[join].hash)
                        && (join + 1..<limit).contains { tokens[$0].kind == .number }
                }
                // "released 24 women and 15 teenagers from detention": a list of counted nouns
                // with no verb and no further figure shares the words after its last noun.
                if let join = (position..<end).first(where: { leadsToNumber($0, end) }),
                    structure.map({ structure in
                        (position..<end).contains { structure.verbGroup(at: $0) != nil }
                            || (join..<end).filter { tokens[$0].kind == .number }.count > 1
                    }) ?? true
                {
                    end = join
                }
                // The words before it are the last number's only when that number has a verb
                // of its own ("550 destroyed and another 1,578"), not in a verbless list.
                if let join = (start..<position).last(where: {
                    Self.figureJoiners.contains(tokens[$0].hash)
                        && (start..<$0).contains { tokens[$0].kind == .number }
                }),
                    structure.map({ structure in
                        let last = (start..<join).last { tokens[$0].kind == .number } ?? start
                        return (last..<join).contains { structure.verbGroup(at: $0) != nil }
                    }) ?? true
                {
                    start = join + 1
                }
                // "The Palestinian prisoners, seven women and 23 minors, were let out": a figure
                // in a verbless aside counts the words the aside sets apart; "Before the war,
                // 500 trucks entered": a verbless opening phrase is the figure's too.
                if let structure,
                    let named = setApart(
                        before: start..<end, by: exclusion, in: sentence, structure: structure)
                {
                    start = named
                }
                range = start..<max(start, end)
            }
            // "either collapsed or were badly damaged": an excluded phrase joined by "or" to one
            // of the measure's own cues makes a count of both, which the measure keeps.
            if exclusion.matches(sentence.tokens, in: range).contains(where: {
                !joinedByOr($0.index..<$0.end, toCueOf: measureIndex, in: sentence)
            }) {
                return false
            }
        }
        return true
    }

    /// Where the excluded words a verbless aside or opening phrase sets apart from `clause`
    /// begin: the aside must close before the sentence ends and follow words no figure counts
    /// ("The Palestinian prisoners, seven women and 23 minors, were let out"); an opening
    /// phrase must be one phrase that a preposition or subordinator opens ("Before the war,").
    private func setApart(
        before clause: Range<Int>, by exclusion: PhraseTable<Bool>, in sentence: Sentence,
        structure: SentenceStructure
    ) -> Int? {
        let tokens = sentence.tokens
        let start = clause.lowerBound
        guard start >= 2, tokens[start - 1].kind == .punctuation,
            let named = exclusion.matches(tokens, in: max(0, start - 5)..<start - 1).last(where: {
                $0.end == start - 1
            })
        else { return nil }
        func hasVerb(_ range: Range<Int>) -> Bool {
            range.contains { structure.verbGroup(at: $0) != nil }
        }
        let aside =
            !hasVerb(clause) && clause.upperBound + 1 < tokens.count
            && !(max(0, named.index - 3)..<named.index).contains { tokens[$0].kind == .number }
        let opening =
            [.preposition, .subordinator].contains(structure.classes[0])
            && !hasVerb(0..<start - 1)
            && !(0..<start - 1).contains {
                sentence.isClauseBreak($0) || tokens[$0].kind == .number
            }
        return aside || opening ? named.index : nil
    }

    /// Whether "or" joins the phrase at `span` to a cue of the measure right before or after it
    /// ("destroyed or badly damaged", "damaged or destroyed"), past auxiliaries.
    private func joinedByOr(_ span: Range<Int>, toCueOf measureIndex: Int, in sentence: Sentence)
        -> Bool
    {
        let tokens = sentence.tokens
        var before = span.lowerBound - 1
        while before >= 0,
            Self.auxiliaries.contains(tokens[before].hash)
                || Self.orLinks.contains(tokens[before].hash)
        {
            before -= 1
        }
        if before > 0, tokens[before].hash == Self.orWord,
            lexicon.cues.matches(tokens, in: max(0, before - 4)..<before).contains(where: {
                $0.end == before && $0.payload.contains(measureIndex)
            })
        {
            return true
        }
        var after = span.upperBound
        guard after < tokens.count, tokens[after].hash == Self.orWord else { return false }
        after += 1
        while after < tokens.count, Self.auxiliaries.contains(tokens[after].hash) { after += 1 }
        return lexicon.cues.match(tokens, at: after).map { $0.payload.contains(measureIndex) }
            ?? false
    }

    /// Whether the verb that governs a figure only supposes what is still to come ("could
    /// eventually number", "might push deaths to"); an estimate of what has happened ("may have
    /// died") is a claim.
    private func isSupposed(_ figure: Figure, structure: SentenceStructure, in sentence: Sentence)
        -> Bool
    {
        let tokens = sentence.tokens
        // Most sentences have no such modal before the figure; the verb is looked up only then.
        guard (0..<figure.first).contains(where: { Self.supposingModals.contains(tokens[$0].hash) })
        else { return false }
        // The figure is what the verb leads to, after it: "as many as 175 hostages may still be
        // held" estimates a state, it supposes nothing.
        guard let group = structure.governingVerb(of: figure.first), group.form == .conditional,
            group.range.upperBound <= figure.first
        else { return false }
        return group.range.contains { Self.supposingModals.contains(tokens[$0].hash) }
            && !group.range.contains { tokens[$0].hash == Self.haveWord }
    }

    private static let supposingModals: WordTable<Bool> = WordTable(
        set: ["could", "might", "may"].map { WordHash.hash($0) })
    private static let haveWord = WordHash.hash("have")

    // MARK: - Facets and parts

    /// The facets that apply to the topic: adjacent words, and the nearest place word.
    private func facets(
        _ adjacent: [Lexicon.FacetValue], topic: String, near position: Int, in sentence: Sentence,
        adjacentOnly: Bool = false
    ) -> Facets {
        var result = Facets()
        for value in adjacent where lexicon.facet(value.key, appliesTo: topic) {
            result[value.key] = value.value
        }
        guard !adjacentOnly else { return Self.withoutEmptyValues(result) }
        var nearest: (distance: Int, value: Lexicon.FacetValue?)?
        var nearestAt = 0
        // Phrases implying a facet ("the Hamas-run health ministry"), found once.
        let impliedMatches = lexicon.impliedFacets.matches(sentence.tokens)
        var placesAfterFigures: [String: Set<String>] = [:]
        let places = lexicon.nearestFacets.matches(sentence.tokens)
        // "Israel's bombardment" names an owner, not a place; "Syria's toll" is Syria's, and
        // "Turkey's southeast" is in Turkey.
        let owners = places.map { match in
            match.end + 1 < sentence.tokens.count
                && sentence.tokens[match.end].hash == Tokenizer.possessiveHash
                && !namesPartOfPlace(after: match.end + 1, in: sentence)
                && !(match.end + 1..<min(sentence.tokens.count, match.end + 5)).contains {
                    Self.tallyNouns.contains(sentence.tokens[$0].hash)
                }
        }
        for (index, match) in places.enumerated()
        where lexicon.facet(match.payload.key, appliesTo: topic) {
            // "in Turkey and Syria" names no one place; "in Gaza in Israel's strikes" does.
            let joined = { (other: Int) -> Bool in
                guard places.indices.contains(other), !owners[other] else { return false }
                let first = places[min(index, other)]
                let second = places[max(index, other)]
                return first.payload.key == second.payload.key
                    && first.payload.value != second.payload.value
                    && first.payload.value != "^" && second.payload.value != "^"
                    && second.index > first.end
                    && second.index - first.end <= 4
                    && (first.end..<second.index).allSatisfy {
                        Self.placeJoiners.contains(sentence.tokens[$0].hash)
                            || Self.placeFillers.contains(sentence.tokens[$0].hash)
                            || sentence.tokens[$0].hash == Self.inWord
                            || Self.partOfPlace.contains(sentence.tokens[$0].hash)
                    }
            }
            if owners[index] { continue }
            let several = joined(index - 1) || joined(index + 1)
            // A possessive left after the owners are gone owns a toll or names a part of its place.
            let ownsToll =
                match.end < sentence.tokens.count
                && sentence.tokens[match.end].hash == Tokenizer.possessiveHash
            // "killed in Gaza" names the place; "Israel's military says" names a speaker.
            var before = match.index - 1
            // "in the 10 Turkish provinces": a number may stand among the fillers.
            while before > 0,
                Self.placeFillers.contains(sentence.tokens[before].hash)
                    || sentence.tokens[before].kind == .number && before != position
            {
                before -= 1
            }
            // A place phrase may carry its own preposition ("on the Syrian side").
            // "the Hatay quake", "the Nyala clashes": a place naming the event is where it was;
            // "the quake hit southern Turkey" too.
            let namesEvent =
                match.end < sentence.tokens.count
                && Self.eventNouns.contains(sentence.tokens[match.end].hash)
            let struck = before >= 0 && Self.strikingVerbs.contains(sentence.tokens[before].hash)
            // "Egypt is now home to 546,746 refugees": a place the figure's people live in; the
            // grammar's auxiliaries and adverbs may stand between ("is currently home to").
            var host = match.end
            while host < sentence.tokens.count, host - match.end < 3,
                fillsVerbGroup(host, in: sentence)
            {
                host += 1
            }
            // "Turkey has reported 3,549 deaths": a place that counts the figure is where it was.
            let hosts =
                host < position && host < sentence.tokens.count
                && (Self.hostingWords.contains(sentence.tokens[host].hash)
                    || Self.tallyingVerbs.contains(sentence.tokens[host].hash)
                    || (Self.takingWords.contains(sentence.tokens[host].hash)
                        && host + 1 < position && sentence.tokens[host + 1].hash == Self.inWord))
            // "Turkey reported 17,134 deaths and Syria a further 3,317": a place right before a
            // figure whose verb is left out.
            let gapped =
                match.index > 0 && match.end <= position
                && Self.figureJoiners.contains(sentence.tokens[match.index - 1].hash)
                && qualifiersOnly(match.end..<position, in: sentence)
            // "- Adana: 10 dead, 118 injured": a place opening a line as its label.
            let label =
                sentence.isPunctuation(match.end, UInt8(ascii: ":"))
                && (0..<match.index).allSatisfy { sentence.tokens[$0].kind == .punctuation }
            // "devastated Turkey, where the dead now number more than 6,000": the place a
            // relative "where" opens a clause about holds the clause's figures.
            var opener = match.end
            if sentence.isPunctuation(opener, UInt8(ascii: ",")) { opener += 1 }
            let described =
                opener < position && sentence.tokens[opener].hash == Self.whereWord
            let assaulted =
                before >= 0 && Self.assaultVerbs.contains(sentence.tokens[before].hash)
                && !(min(position + 1, match.end)..<max(position, match.index)).contains {
                    sentence.tokens[$0].kind == .number && !isDatePart($0, in: sentence)
                }
            guard
                ownsToll || namesEvent || struck || label || hosts || gapped || assaulted
                    || described
                    || Self.locatives.contains(sentence.tokens[match.index].hash)
                    || (before >= 0 && Self.locatives.contains(sentence.tokens[before].hash)
                        && !(before > 0
                            && Self.notDirections.contains(sentence.tokens[before - 1].hash)))
            else {
                continue
            }
            // "4 million displaced, with refugees crossing into Chad": a destination in another
            // clause joined on ("…, and some crossed into Chad") is where others went, not the
            // figure's place.
            if before >= 0, Self.destinations.contains(sentence.tokens[before].hash) {
                let between = min(position, match.index)..<max(position, match.index)
                if between.contains(where: {
                    sentence.isClauseBreak($0) && $0 + 1 < sentence.tokens.count
                        && Self.clauseJoiners.contains(sentence.tokens[$0 + 1].hash)
                }) {
                    continue
                }
            }
            // A place after the figure ("5,914 in Syria") wins a tie with one before it; a place
            // before it across "and" is the figure before's ("12,391 people in Turkey and 2,992
            // people in Syria"), so any place after it comes first.
            var distance =
                match.index >= position
                ? 2 * (match.index - position) : 2 * (position - match.end) + 1
            // "21,000 dead, with 17,674 in Turkey and 3,377 in Syria": places named after other
            // figures, when they differ, are those figures' and the first is their total.
            if match.index > position + 1, !match.payload.value.isEmpty,
                match.payload.value != "^",
                (position + 1..<match.index).contains(where: {
                    sentence.tokens[$0].kind == .number
                })
            {
                placesAfterFigures[match.payload.key, default: []].insert(match.payload.value)
            }
            // "12,391 in Turkey and 2,992 in Syria": a place before "and" is the figure before's;
            // one before both figures ("Khartoum recorded 169 deaths and 2,403 injuries") is both's.
            if match.end < position,
                let joiner = (match.end..<position).first(where: {
                    Self.figureJoiners.contains(sentence.tokens[$0].hash)
                }),
                !(match.end..<joiner).contains(where: { sentence.tokens[$0].kind == .number })
            {
                distance += 24
            }
            // "killing 1,200 people and carrying 240 captives back into Gaza": a place after
            // another figure joined on by "and" is that figure's.
            if match.index > position + 1,
                (position + 1..<match.index).contains(where: {
                    sentence.tokens[$0].kind == .number
                }),
                (position + 1..<match.index).contains(where: {
                    Self.figureJoiners.contains(sentence.tokens[$0].hash)
                })
            {
                distance += 24
            }
            // "close to 40,000, 5,714 of them in Syria": a place in the words of a later figure
            // that takes a part of this one is the part's ("237 Palestinians, 52 of them
            // children, in the West Bank" is not).
            if match.index > position + 1,
                let part = (position + 1..<match.index).last(where: {
                    sentence.tokens[$0].kind == .number
                }),
                startsPart(after: part, in: sentence),
                !(part + 1..<match.index).contains(where: {
                    sentence.tokens[$0].kind == .punctuation
                })
            {
                continue
            }
            // "in the country" names the place named before it.
            var value: Lexicon.FacetValue? = match.payload
            if match.payload.value == "^" {
                value =
                    places[..<index].last {
                        $0.payload.key == match.payload.key && $0.payload.value.count > 1
                    }?.payload
                // Or the place of a speaker named before ("Turkey's health minister put the
                // injured in his country at 31,777").
                if value == nil {
                    value =
                        impliedMatches.last {
                            $0.end <= match.index && $0.payload.key == match.payload.key
                        }?.payload
                }
                // With nothing named before, the phrase says nothing here.
                if value == nil { continue }
            }
            if nearest == nil || distance < nearest!.distance {
                nearest = (distance, several || match.payload.value.isEmpty ? nil : value)
                nearestAt = match.index
            }
        }
        var placeless = Set<String>()
        // "… in Turkey and another 2,992 in Syria, taking the toll to 15,383": a total the
        // sentence brings its figures to is of every place it names, so of no one place.
        // The words are the patterns' own `@bring` list.
        let bringsTotal =
            matcher.list(named: Self.bringList).map { bring in
                (max(0, position - 6)..<position).contains {
                    bring.match(sentence.tokens, at: $0) != nil
                }
            } ?? false
        if let value = nearest?.value, placesAfterFigures[value.key]?.count ?? 0 > 1 {
            nearest = (0, nil)
        } else if bringsTotal, let value = nearest?.value,
            places.contains(where: {
                $0.payload.key == value.key && !$0.payload.value.isEmpty
                    && $0.payload.value != "^" && $0.payload.value != value.value
            })
        {
            nearest = (0, nil)
        }
        // "1,200 were killed in the Hamas assault and 200 taken into Gaza": an event the
        // figure's own words name, right after it, stands before a place another figure after
        // it is given.
        if let value = nearest?.value, nearestAt > position,
            let event = impliedMatches.first(where: {
                $0.payload.key == value.key && $0.payload.value != value.value
                    && $0.index > position && $0.index - position <= 6 && $0.end <= nearestAt
            }),
            let other = (event.end..<nearestAt).first(where: {
                sentence.tokens[$0].kind == .number
            }),
            (event.end..<other).contains(where: {
                Self.clauseJoiners.contains(sentence.tokens[$0].hash)
            })
        {
            nearest = (0, event.payload)
        }
        // "an operation in Gaza after Hamas carried out a cross-border assault, in which 1,200
        // were killed": an event named after a place that a clause opener parts from it, between
        // that place and the figure, is nearer to the figure's words than the place.
        if let value = nearest?.value, nearestAt < position,
            let place = places.first(where: { $0.index == nearestAt }),
            case let between = impliedMatches.filter({
                $0.payload.key == value.key && $0.index >= place.end && $0.end <= position
            }),
            // "… have killed more than 1,100 Palestinians": the figure's own noun may keep the place.
            !impliedMatches.contains(where: {
                $0.payload.key == value.key && $0.payload.value == value.value
                    && $0.index >= place.end && $0.index <= position + 3
            }),
            let event = between.last(where: { !$0.payload.value.isEmpty }),
            (place.end..<event.index).contains(where: {
                Self.eventOpeners.contains(sentence.tokens[$0].hash)
            })
        {
            nearest = (0, event.payload)
        }
        if let nearest {
            if let value = nearest.value {
                // A facet the pattern itself names ("… and 3,688 in Syria") stands.
                if result[value.key] == nil { result[value.key] = value.value }
            } else {
                // The nearest place words name several places: the figure has none.
                placeless = Set(lexicon.vocabulary.facets.filter(\.nearest).map(\.key))
            }
        }
        // "the toll of the October 7 attack" is Israel's, "the Hamas-run health ministry said" Gaza's.
        var implied: [String: (distance: Int, value: String)] = [:]
        for match in impliedMatches
        where result[match.payload.key] == nil && !placeless.contains(match.payload.key) {
            guard let kind = facet(match.payload.key), kind.applies(to: topic) else { continue }
            let distance = match.index >= position ? match.index - position : position - match.end
            if let within = kind.impliedWithin {
                if distance > within { continue }
                // "150 prisoners, and 200 trucks a day": a near phrase is the nearer figure's.
                let between =
                    match.index >= position ? position + 1..<match.index : match.end..<position
                // The figure's own range end ("12 to 13") and a conversion in brackets ("(34,300
                // gallons)") are no other figure.
                if between.contains(where: {
                    sentence.tokens[$0].kind == .number && $0 > position + 3
                        && !sentence.isPunctuation($0 - 1, UInt8(ascii: "("))
                        && lexicon.nouns.match(sentence.tokens, at: $0 + 1) != nil
                }) {
                    continue
                }
            }
            if let found = implied[match.payload.key], found.distance <= distance { continue }
            implied[match.payload.key] = (distance, match.payload.value)
        }
        for (key, found) in implied { result[key] = found.value }
        return Self.withoutEmptyValues(withoutValuesImplied(result))
    }

    /// The facets without a value another facet already says: "Palestinians killed in Gaza" are
    /// Gaza's dead, with no nationality of their own.
    private func withoutValuesImplied(_ facets: Facets) -> Facets {
        var result = facets
        for kind in lexicon.vocabulary.facets where !kind.implies.isEmpty {
            guard let value = result[kind.key],
                let said = kind.implies.first(where: { $0.value == value })
            else { continue }
            for other in said.facets where result[other.key] == other.value {
                result[other.key] = nil
            }
        }
        return result
    }

    /// The facets with those the speaker's name implies where the figure's words give none:
    /// "the enclave's health ministry", read as the Gaza health ministry, speaks for Gaza.
    private func addingFacets(impliedBy speaker: String?, to facets: Facets, topic: String)
        -> Facets
    {
        guard let speaker, let implied = lexicon.facetsImpliedBySpeaker[speaker]
        else { return facets }
        var result = facets
        for value in implied where result[value.key] == nil {
            guard lexicon.facet(value.key, appliesTo: topic) else { continue }
            result[value.key] = value.value
        }
        return result == facets ? facets : withoutValuesImplied(result)
    }

    /// Words that open a clause about an event after a place named before it ("an operation in
    /// Gaza after Hamas's assault, in which …").
    private static let eventOpeners: WordTable<Bool> = WordTable(
        set: ["after", "when", "following", "since", "before", "which", "that", "where"].map {
            WordHash.hash($0)
        })

    /// Whether the tokens of `span` are only qualifiers of the figure after them and the
    /// patterns' `@further` words ("a further", "nearly", "more than").
    private func qualifiersOnly(_ span: Range<Int>, in sentence: Sentence) -> Bool {
        let further = matcher.list(named: Self.furtherList)
        var position = span.lowerBound
        while position < span.upperBound {
            guard
                let end = lexicon.qualifierBefore.match(sentence.tokens, at: position)?.end
                    ?? further?.match(sentence.tokens, at: position)?.end
            else { return false }
            position = end
        }
        return position == span.upperBound
    }

    /// Whether the figure at token `index` follows a label of a sequence and so numbers a place
    /// in it, counting nothing ("On day seven of the truce", "Day 59:", "in phase two"); "the
    /// day 13 hostages were freed" counts the hostages.
    private static func followsSequenceLabel(_ index: Int, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard index >= 1, sequenceLabels.contains(tokens[index - 1].hash) else { return false }
        return index == 1 || tokens[index - 2].kind == .punctuation
            || labelOpeners.contains(tokens[index - 2].hash)
    }
    private static let sequenceLabels: WordTable<Bool> = WordTable(
        set: ["day", "week", "phase", "stage", "round"].map { WordHash.hash($0) })
    private static let labelOpeners: WordTable<Bool> = WordTable(
        set: [
            "on", "of", "by", "since", "until", "from", "to", "in", "into", "before", "after", "at",
        ]
        .map { WordHash.hash($0) })

    /// The facets without the empty values of words naming several values at once ("155
    /// Israelis and foreigners" have no one nationality).
    private static func withoutEmptyValues(_ facets: Facets) -> Facets {
        var result = facets
        for pair in facets.pairs where pair.value.isEmpty { result[pair.key] = nil }
        return result
    }

    /// Whether the figure's clause, or a sentence-opening phrase without a verb before it,
    /// dates what it tells to a year before `year` ("in 1999", "the quake of 1939"); a year
    /// after "since" ("the deadliest since 1939") only measures the story against it.
    private func namesEarlierYear(
        around figure: Figure, in sentence: Sentence, structure: SentenceStructure,
        before year: Int
    ) -> Bool {
        let tokens = sentence.tokens
        var scope = structure.clause(at: figure.first)?.range ?? 0..<tokens.count
        // "the Marmara quake of 1999, in which upwards of 17,000 died": a relative clause tells
        // of the noun before it, so that noun's clause dates it too.
        let opening = scope.lowerBound
        var relativeOpening: Int?
        if opening > 0,
            (opening..<min(tokens.count, opening + 3)).contains(where: {
                Self.relatives.contains(tokens[$0].hash)
            }),
            let before = structure.clause(at: opening - 1)
        {
            scope = before.range.lowerBound..<scope.upperBound
            relativeOpening = opening
        }
        // "the 18,400 who died in 2011": a relative clause right after the figure dates it.
        if let relative = (figure.end..<min(tokens.count, figure.end + 3)).first(where: {
            Self.relatives.contains(tokens[$0].hash)
        }), let told = structure.clause(at: relative), told.range.upperBound > scope.upperBound {
            scope = scope.lowerBound..<told.range.upperBound
        }
        // An opening phrase with no verb before the first comma frames the clause.
        if let comma = (0..<min(tokens.count, 8)).first(where: { sentence.isClauseBreak($0) }),
            comma < scope.lowerBound,
            !structure.verbGroups.contains(where: { $0.range.lowerBound < comma })
        {
            scope = 0..<scope.upperBound
        }
        // "In 2020 rescuers worked side by side after a quake killed scores": a sentence that
        // opens by dating itself dates every clause.
        if let opener = tokens.first, Self.datingOpeners.contains(opener.hash),
            (1..<min(tokens.count, 4)).contains(where: { sentence.year(at: $0) != nil })
        {
            scope = 0..<tokens.count
        }
        for index in scope where !(figure.first..<figure.end).contains(index) {
            guard let named = sentence.year(at: index), named < year else { continue }
            // "the deadliest since 1939, when 33,000 died": a clause the year opens is of its time.
            let opensClause =
                index < figure.first && index + 2 < tokens.count
                && sentence.isPunctuation(index + 1, UInt8(ascii: ","))
                && Self.relatives.contains(tokens[index + 2].hash)
            if opensClause { return true }
            // "higher than the toll of Japan's 2011 disaster, which is put at 19,000": a relative
            // clause right after the year's noun tells of that earlier event, compared or not;
            // one after "in power since 2007 and behind the October 7 attack" does not.
            if let relativeOpening, index < relativeOpening, relativeOpening - index <= 5,
                !(max(0, index - 4)..<index).contains(where: { tokens[$0].hash == Self.since })
            {
                return true
            }
            // "now higher than the toll of Japan's 2011 disaster": a "than" compares the year's
            // event from further back.
            let comparison =
                (max(0, index - 4)..<index).contains {
                    Self.comparisons.contains(tokens[$0].hash)
                }
                || (max(0, index - 8)..<index).contains {
                    tokens[$0].hash == Self.than && !($0..<index).contains(figure.first)
                }
            if !comparison { return true }
            // "the deadliest since 1939" compares; "torn since 2011 by a war that has killed
            // half a million" dates a count to a time before the story — but not an aside
            // between commas ("Hamas, in power since 2007, says 12,000 have been killed").
            guard
                let since = (max(0, index - 4)..<index).last(where: {
                    tokens[$0].hash == Self.since
                }),
                !(max(0, since - 5)..<since).contains(where: { isSuperlative($0, in: sentence) })
            else { continue }
            let between = min(index, figure.first)..<max(index, figure.first)
            let commas = between.filter { sentence.isPunctuation($0, UInt8(ascii: ",")) }
            if commas.isEmpty || (since == 0 && commas.count == 1) { return true }
        }
        return false
    }

    /// Whether a word may stand inside a verb group before its main word: an auxiliary or adverb
    /// of the grammar layer, a lower-case word ending in "-ly", or a form of "become".
    private func fillsVerbGroup(_ index: Int, in sentence: Sentence) -> Bool {
        let token = sentence.tokens[index]
        switch lexicon.grammar.entries[token.hash]?.wordClass {
        case .auxiliary?, .adverb?:
            return true
        default:
            return Self.becoming.contains(token.hash)
                || (token.kind == .word && !token.isCapitalized && sentence.endsWith(index, "ly"))
        }
    }

    /// Whether a word ranks: one of the patterns' `@superlative` words ("worst", "most") or a
    /// lower-case word ending in "-est" ("deadliest"). "since" after it compares.
    private func isSuperlative(_ index: Int, in sentence: Sentence) -> Bool {
        if matcher.list(named: Self.superlativeList)?.match(sentence.tokens, at: index) != nil {
            return true
        }
        let token = sentence.tokens[index]
        return token.kind == .word && !token.isCapitalized && token.end - token.start > 5
            && sentence.endsWith(index, "est")
    }

    private func facet(_ key: String) -> Vocabulary.Facet? {
        lexicon.vocabulary.facets.first { $0.key == key }
    }

    /// The token range of a list of parts set off by a comma right after a total, whose figures
    /// add up to it: "39 Palestinian prisoners, 24 women and 15 children". Nil when no such list
    /// follows or its figures make another sum.
    private func summingList(
        after position: Int, total: Figure, figures: [Figure], in sentence: Sentence
    ) -> Range<Int>? {
        let tokens = sentence.tokens
        guard sentence.isPunctuation(position, UInt8(ascii: ",")), !total.isVague,
            let whole = total.quantity.best
        else { return nil }
        var (sum, parts, index, end) = (0.0, 0, position + 1, position + 1)
        while let part = figures.first(where: { $0.first == index }), !part.isVague,
            let value = part.quantity.best
        {
            sum += value
            parts += 1
            // The part's counted noun: "24 women", "ten Israelis", "15 teenage boys".
            guard
                var next = lexicon.countedNoun(
                    from: part.end, figureStart: part.first, in: sentence)?.nounEnd
            else { break }
            end = next
            if sentence.isPunctuation(next, UInt8(ascii: ",")) { next += 1 }
            if next < tokens.count, Self.listJoiners.contains(tokens[next].hash) { next += 1 }
            if next < tokens.count, tokens[next].hash == Self.withWord { next += 1 }
            index = next
        }
        // The list closes its phrase: "…, ten Israelis and two Thais among them" is a pattern's.
        guard parts >= 2, sum == whole, end == tokens.count || tokens[end].kind == .punctuation
        else { return nil }
        return position + 1..<end
    }

    /// The tokens of a list carried on after a counted noun by a comma or a joining word ("13
    /// Israelis, 10 Thais and one Filipino"), up to the first word that neither counts nor joins.
    private func listContinuing(after position: Int, in sentence: Sentence, figureStarts: [Int])
        -> Range<Int>
    {
        let tokens = sentence.tokens
        guard position < tokens.count,
            sentence.isPunctuation(position, UInt8(ascii: ","))
                || Self.listJoiners.contains(tokens[position].hash)
        else { return position..<position }
        return
            position..<listEnd(
                from: position, in: sentence, figureStarts: figureStarts, asides: true)
    }

    /// Where a list of counted parts starting at `start` ends: at a closing bracket or
    /// semicolon, or at a comma followed by a word that neither counts, names a facet nor joins,
    /// nor, when `asides` holds, opens an aside about the part before ("13 Israelis, some of
    /// them dual nationals, 10 Thais").
    private func listEnd(
        from start: Int, in sentence: Sentence, figureStarts: [Int], asides: Bool = false
    ) -> Int {
        let tokens = sentence.tokens
        var end = start
        while end < tokens.count {
            if asides, sentence.isPunctuation(end, UInt8(ascii: ",")), end + 3 < tokens.count,
                tokens[end + 2].hash == Self.of, Self.aboutThem.contains(tokens[end + 3].hash)
            {
                end += 4
                continue
            }
            if sentence.isPunctuation(end, UInt8(ascii: ")"))
                || sentence.isPunctuation(end, UInt8(ascii: ";"))
            {
                break
            }
            if sentence.isPunctuation(end, UInt8(ascii: ",")), end + 1 < tokens.count,
                tokens[end + 1].kind == .word, !figureStarts.contains(end + 1),
                lexicon.nouns.match(tokens, at: end + 1) == nil,
                lexicon.adjacentFacets.match(tokens, at: end + 1) == nil,
                !Self.listJoiners.contains(tokens[end + 1].hash)
            {
                break
            }
            end += 1
        }
        return end
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
        // "Four women were among those killed": the figure is a part of others, it opens no list;
        // "the 30 freed were made up of 15 women and 15 boys" lists the parts in full.
        if !opener.payload, opener.index > 0,
            Self.copulas.contains(sentence.tokens[opener.index - 1].hash)
        {
            return nil
        }
        let end = listEnd(from: opener.end, in: sentence, figureStarts: figureStarts)
        return (opener.end..<end, opener.payload)
    }
}
