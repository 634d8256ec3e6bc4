/// The noun a figure counts, as read from the words at some position: modifiers and facet words
/// may stand before it ("120 more Thai workers"), and a facet word may be the noun itself
/// ("two Russians").
struct CountedNoun: Sendable {
    /// The noun class (`hostage`, `person`, …).
    var nounClass: String
    /// The token just past the noun.
    var nounEnd: Int
    /// The facet words read on the way.
    var facets: [Lexicon.FacetValue]
}

extension Lexicon {
    private static let and = WordHash.hash("and")
    private static let the = WordHash.hash("the")
    private static let clauseWords: WordTable<Bool> = WordTable(
        set: [
            "and", "or", "were", "was", "are", "is", "had", "have", "has", "who", "remain",
            "remained",
        ].map { WordHash.hash($0) })
    private static let possessives: WordTable<Bool> = WordTable(
        set: ["its", "their"].map { WordHash.hash($0) })
    /// Words after a noun that name who its people are: "citizens of Ukraine", "29 dead from the
    /// USA", "72 members of UNRWA's staff".
    private static let origins: WordTable<Bool> = WordTable(
        set: ["of", "from"].map { WordHash.hash($0) })
    private static let from = WordHash.hash("from")

    /// The counted noun starting at a token, skipping modifiers and collecting facet words; a
    /// noun joined to another of the same facet ("women and children") carries neither value.
    /// `figureStart` is where the figure stands: "54 of its citizens" takes the nationality the
    /// sentence names before it ("Thailand said").
    func countedNoun(from start: Int, figureStart: Int, in sentence: Sentence) -> CountedNoun? {
        guard var counted = nounAndFacets(from: start, in: sentence) else { return nil }
        let tokens = sentence.tokens
        if (start..<counted.nounEnd).contains(where: { Self.possessives.contains(tokens[$0].hash) }
        ),
            let owner = adjacentFacets.matches(tokens, in: 0..<min(figureStart, tokens.count)).last(
                where: { $0.payload.key == "nationality" }),
            !counted.facets.contains(where: { $0.key == "nationality" })
        {
            counted.facets.append(owner.payload)
        }
        if counted.nounEnd + 1 < tokens.count, Self.origins.contains(tokens[counted.nounEnd].hash) {
            var at = counted.nounEnd + 1
            if tokens[at].hash == Self.the, at + 1 < tokens.count { at += 1 }
            // "150 people from Israel" names where they were taken, when the story counts its
            // figures in that place.
            let isPlace =
                tokens[counted.nounEnd].hash == Self.from
                && nearestFacets.match(tokens, at: at) != nil
            if !isPlace, let origin = adjacentFacets.match(tokens, at: at),
                !counted.facets.contains(where: { $0.key == origin.payload.key })
            {
                counted.facets.append(origin.payload)
            }
        }
        if counted.nounEnd + 1 < tokens.count, tokens[counted.nounEnd].hash == Self.and,
            let other = adjacentFacets.match(tokens, at: counted.nounEnd + 1)
        {
            // "journalists and media workers" are one group; "women and children" are none.
            counted.facets.removeAll { $0.key == other.payload.key && $0 != other.payload }
            counted.nounEnd = other.end
        }
        return counted
    }

    private func nounAndFacets(from start: Int, in sentence: Sentence) -> CountedNoun? {
        let tokens = sentence.tokens
        var position = start
        var facets: [FacetValue] = []
        var steps = 0
        while position < tokens.count, steps < 6 {
            steps += 1
            if let noun = nouns.match(tokens, at: position) {
                // "elderly Israeli women", "wounded soldiers": a noun that qualifies the noun
                // after it is a modifier.
                if noun.end < tokens.count,
                    nouns.match(tokens, at: noun.end) != nil
                        || adjacentFacets.match(tokens, at: noun.end) != nil,
                    adjacentFacets.match(tokens, at: position).map({ $0.end < noun.end }) ?? true
                {
                    position = noun.end
                    continue
                }
                if let facet = adjacentFacets.match(tokens, at: position), facet.end >= noun.end {
                    facets.append(facet.payload)
                    // "women hostages": the facet word qualifies the noun after it.
                    if let next = nouns.match(tokens, at: facet.end) {
                        return CountedNoun(
                            nounClass: next.payload, nounEnd: next.end, facets: facets)
                    }
                    return CountedNoun(nounClass: noun.payload, nounEnd: facet.end, facets: facets)
                }
                return CountedNoun(nounClass: noun.payload, nounEnd: noun.end, facets: facets)
            }
            if let facet = adjacentFacets.match(tokens, at: position) {
                facets.append(facet.payload)
                if let noun = nouns.match(tokens, at: facet.end) {
                    // "Israeli soldiers": the noun may give a facet of its own.
                    if let own = adjacentFacets.match(tokens, at: facet.end), own.end >= noun.end {
                        facets.append(own.payload)
                        return CountedNoun(
                            nounClass: noun.payload, nounEnd: own.end, facets: facets)
                    }
                    return CountedNoun(nounClass: noun.payload, nounEnd: noun.end, facets: facets)
                }
                // The facet word is the noun itself ("one Filipino", "32 Thai workers abducted")
                // unless a noun follows after more modifiers ("two Israeli elderly women").
                var ahead = facet.end
                while ahead < tokens.count, let modifier = modifiers.match(tokens, at: ahead) {
                    ahead = modifier.end
                }
                let nounAhead =
                    ahead < tokens.count
                    && (nouns.match(tokens, at: ahead) != nil
                        || adjacentFacets.match(tokens, at: ahead) != nil)
                // "two Israeli officials said": speakers are no people the figure counts.
                if ahead < tokens.count, unnamedSpeakers.match(tokens, at: ahead) != nil {
                    return nil
                }
                if !nounAhead {
                    // The facet word is the noun itself: "one Filipino", "two Russians".
                    return CountedNoun(nounClass: "person", nounEnd: facet.end, facets: facets)
                }
                position = facet.end
                continue
            }
            if let modifier = modifiers.match(tokens, at: position) {
                position = modifier.end
                continue
            }
            // "Gaza Strip residents", "Hatay residents": a place naming where the people counted
            // are from is their place.
            if let place = nearestFacets.match(tokens, at: position), place.end < tokens.count,
                !place.payload.value.isEmpty, place.payload.value != "^",
                nouns.match(tokens, at: afterModifiers(place.end, in: tokens)) != nil
            {
                facets.append(place.payload)
                position = place.end
                continue
            }
            // "confirmed hostages", "premature babies", "inter-agency trucks": a describing word
            // right before a noun. Modifiers may stand between ("an official rescue team").
            if tokens[position].kind == .word, !tokens[position].isCapitalized || position == start,
                position + 1 < tokens.count,
                nouns.match(tokens, at: afterModifiers(position + 1, in: tokens)) != nil,
                sentence.endsWith(position, "ed") || sentence.endsWith(position, "ing")
                    || sentence.endsWith(position, "ure") || sentence.endsWith(position, "al")
                    || sentence.endsWith(position, "ly") || sentence.isCompound(position)
            {
                position += 1
                continue
            }
            // "six Wexford firefighters", "40 NDRF-trained volunteers": a name or an acronym the
            // vocabulary does not know qualifies the noun right after it (one or two such words).
            if tokens[position].kind == .word, tokens[position].isCapitalized,
                properModifierLeadsToNoun(at: position, in: sentence)
            {
                position += 1
                continue
            }
            if tokens[position].kind == .punctuation,
                sentence.bytes[tokens[position].start] == UInt8(ascii: "-")
                    || sentence.bytes[tokens[position].start] == UInt8(ascii: "\"")
                    || sentence.bytes[tokens[position].start] == 0xE2
            {
                position += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Whether a capitalized word the vocabulary does not know stands right before the counted
    /// noun, alone or before one more such word ("Wexford firefighters", "Cork NDRF volunteers").
    private func properModifierLeadsToNoun(at position: Int, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        guard cues.match(tokens, at: position) == nil, tolls.match(tokens, at: position) == nil
        else { return false }
        var next = position + 1
        if next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized,
            nouns.match(tokens, at: next) == nil
        {
            next += 1
        }
        // "a 51-member Pakistani rescue team": modifiers may stand before the noun.
        next = afterModifiers(next, in: tokens)
        // "one of the Kyrgyz rescuers" names one of a group; "several NATO members" are no
        // people a measure counts.
        guard position == 0 || tokens[position - 1].hash != Self.the, next < tokens.count,
            let noun = nouns.match(tokens, at: next)
        else { return false }
        return noun.payload != "person"
    }

    /// The position after the modifiers that start at `position` (itself when none does).
    private func afterModifiers(_ position: Int, in tokens: [Token]) -> Int {
        var position = position
        while position < tokens.count, let modifier = modifiers.match(tokens, at: position) {
            position = modifier.end
        }
        return position
    }
}
