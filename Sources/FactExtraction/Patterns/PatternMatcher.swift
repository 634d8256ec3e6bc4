/// Finds the first claim pattern that matches around a figure of a sentence, and what it binds.
struct PatternMatcher: Sendable {
    /// What a pattern bound when it matched.
    struct Match: Sendable {
        /// The index of the pattern in the set.
        var pattern: Int
        /// The counted noun (`NOUN`).
        var noun: CountedNoun?
        /// The toll phrase (`TOLL`) with the measures it can name.
        var toll: PhraseTable<[Int]>.Match?
        /// The cue phrase (`CUE`) with the measures it can name.
        var cue: PhraseTable<[Int]>.Match?
        /// The facet word (`FACET`).
        var facet: Lexicon.FacetValue?
        /// The tokens the match covers.
        var range: Range<Int>
    }

    /// The patterns, in the order they are tried.
    let set: PatternSet
    /// The named lists compiled.
    private let lists: [String: PhraseTable<Bool>]
    private static let maximumGap = 10
    private static let maximumReach = 24

    /// Compiles a pattern set.
    init(_ set: PatternSet) {
        self.set = set
        lists = set.lists.mapValues { PhraseTable($0.map { ($0, true) }) }
    }

    /// The first pattern that matches with its FIGURE on `figure`, and its bindings.
    ///
    /// `figureTokens` marks every token of every figure of the sentence (`OTHER` matches them);
    /// `gapBlockers` the figures a gap may not cross (those that are claims).
    func firstMatch(
        figure: Range<Int>, unit: UInt64?, figureTokens: [Bool], gapBlockers: [Bool],
        in sentence: Sentence, classes: [WordClass], lexicon: Lexicon
    ) -> Match? {
        for (index, pattern) in set.patterns.enumerated() {
            let steps = pattern.steps
            let starts: ClosedRange<Int> =
                steps[0].element == .figure
                ? figure.lowerBound...figure.lowerBound
                : max(0, figure.lowerBound - Self.maximumReach)...figure.lowerBound
            for start in starts {
                var state = Match(pattern: index, range: start..<start)
                let context = Context(
                    sentence: sentence, lexicon: lexicon, figure: figure, unit: unit,
                    figureTokens: figureTokens, gapBlockers: gapBlockers, classes: classes,
                    lists: lists)
                if let end = context.match(steps, 0, at: start, &state) {
                    state.range = start..<end
                    return state
                }
            }
        }
        return nil
    }

    /// The matching of one pattern at one start.
    private struct Context {
        let sentence: Sentence
        let lexicon: Lexicon
        let figure: Range<Int>
        let unit: UInt64?
        let figureTokens: [Bool]
        let gapBlockers: [Bool]
        let classes: [WordClass]
        let lists: [String: PhraseTable<Bool>]

        /// Matches steps from `step` on at token `position`; the end of the match, or nil.
        func match(_ steps: [PatternStep], _ step: Int, at position: Int, _ state: inout Match)
            -> Int?
        {
            guard step < steps.count else { return position }
            // The figure must still be ahead, or already behind.
            if position > figure.lowerBound,
                !steps[..<step].contains(where: { $0.element == .figure })
            {
                return nil
            }
            let current = steps[step]
            switch current.repeats {
            case .once:
                return matchOnce(steps, step, at: position, &state)
            case .optional:
                let saved = state
                if let end = matchOnce(steps, step, at: position, &state) { return end }
                state = saved
                return match(steps, step + 1, at: position, &state)
            case .any:
                let saved = state
                var ends: [Int] = []
                var cursor = position
                while let next = element(current.element, at: cursor, &state), next > cursor {
                    ends.append(next)
                    cursor = next
                }
                state = saved
                for end in ends.reversed() {
                    if let found = match(steps, step + 1, at: end, &state) { return found }
                    state = saved
                }
                return match(steps, step + 1, at: position, &state)
            }
        }

        private func matchOnce(
            _ steps: [PatternStep], _ step: Int, at position: Int, _ state: inout Match
        ) -> Int? {
            if steps[step].element == .gap {
                let saved = state
                var length = 0
                while length <= PatternMatcher.maximumGap {
                    if let end = match(steps, step + 1, at: position + length, &state) {
                        return end
                    }
                    state = saved
                    let index = position + length
                    guard index < sentence.tokens.count, !gapBlockers[index],
                        !sentence.isPunctuation(index, UInt8(ascii: ";")),
                        !sentence.isPunctuation(index, UInt8(ascii: ":"))
                    else { return nil }
                    length += 1
                }
                return nil
            }
            guard let next = element(steps[step].element, at: position, &state) else {
                return nil
            }
            return match(steps, step + 1, at: next, &state)
        }

        /// Matches one element at a token; the token after it, or nil.
        private func element(_ element: PatternElement, at position: Int, _ state: inout Match)
            -> Int?
        {
            let tokens = sentence.tokens
            guard position <= tokens.count else { return nil }
            switch element {
            case .figure:
                return position == figure.lowerBound ? figure.upperBound : nil
            case .gap:
                return nil
            case .thing:
                guard position < tokens.count, classes[position] == .noun,
                    tokens[position].kind == .word, !tokens[position].isCapitalized,
                    lexicon.nouns.match(tokens, at: position) == nil,
                    lexicon.modifiers.match(tokens, at: position) == nil,
                    lexicon.adjacentFacets.match(tokens, at: position) == nil,
                    lexicon.cues.match(tokens, at: position) == nil,
                    lexicon.tolls.match(tokens, at: position) == nil
                else { return nil }
                return position + 1
            case .other:
                guard position < tokens.count, figureTokens[position],
                    !figure.contains(position)
                else { return nil }
                var end = position + 1
                while end < tokens.count, figureTokens[end] { end += 1 }
                return end
            case .noun:
                // "a four-day truce": the unit joined to the number is the noun.
                if position == figure.upperBound, let unit,
                    let noun = lexicon.nouns.match(
                        [Token(start: 0, end: 0, hash: unit, kind: .word, isCapitalized: false)],
                        at: 0)
                {
                    state.noun = CountedNoun(
                        nounClass: noun.payload, nounEnd: figure.upperBound, facets: [])
                    return figure.upperBound
                }
                guard position < tokens.count, !figureTokens[position] || position >= figure.upperBound,
                    let noun = lexicon.countedNoun(
                        from: position, figureStart: figure.lowerBound, in: sentence)
                else { return nil }
                state.noun = noun
                return noun.nounEnd
            case .toll:
                guard position < tokens.count, let toll = lexicon.tolls.match(tokens, at: position)
                else { return nil }
                // Before its figure a toll is a noun ("the death toll rose to"), not a verb
                // ("were killed and 200 …").
                if position < figure.lowerBound,
                    classes[position] == .verb || classes[position] == .adjective
                {
                    return nil
                }
                state.toll = toll
                return toll.end
            case .cue:
                guard position < tokens.count, let cue = lexicon.cues.match(tokens, at: position)
                else { return nil }
                state.cue = cue
                return cue.end
            case .facet:
                guard position < tokens.count,
                    let facet = lexicon.adjacentFacets.match(tokens, at: position)
                else { return nil }
                state.facet = facet.payload
                return facet.end
            case .words(let hashes):
                guard position < tokens.count, hashes.contains(tokens[position].hash) else {
                    return nil
                }
                return position + 1
            case .list(let name):
                guard position < tokens.count, let found = lists[name]?.match(tokens, at: position)
                else { return nil }
                return found.end
            }
        }
    }
}
