import FactLedgerCore

/// Finds the first claim pattern that matches around a figure of a sentence, and what it binds.
///
/// Patterns are compiled once: list names become indexes, literal words a slice of one array of
/// hashes, so matching a sentence allocates nothing but the bindings it returns.
final class PatternMatcher: Sendable {
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

    /// Which figures told before a figure a listing pattern can lean on.
    ///
    /// A pattern that lists a figure after another (`sibling`, `again`) says nothing when no such
    /// figure stands before it, and the patterns after it are tried instead: "killed in Turkey
    /// and Syria at more than 39,000" lists nothing.
    struct Antecedents: Sendable {
        /// A whole claimed before the figure in its own sentence.
        var inSentence: Bool
        /// A whole claimed in the sentences before.
        var before: Bool

        /// Every pattern may match.
        static let all = Antecedents(inSentence: true, before: true)

        /// Whether a pattern that leans on `reach` has a figure to lean on.
        func allow(_ reach: Reach) -> Bool {
            switch reach {
            case .nothing: true
            case .sentence: inSentence
            case .sentenceBefore: inSentence || before
            }
        }
    }

    /// How far back a pattern looks for the figure it lists after.
    enum Reach: Sendable {
        /// It lists after no figure.
        case nothing
        /// A figure earlier in its sentence (`sibling`).
        case sentence
        /// A figure earlier in its sentence or in the sentence before (`again`, or a `sibling`
        /// that fixes the tally).
        case sentenceBefore

        init(_ pattern: ClaimPattern) {
            switch pattern.outcome {
            case .again: self = .sentenceBefore
            case .sibling: self = pattern.tally == nil ? .sentence : .sentenceBefore
            default: self = .nothing
            }
        }
    }

    /// A pattern element as the matcher runs it.
    enum Operation: Sendable, Equatable {
        case figure, noun, toll, cue, facet, place, other, thing, name, gap
        /// Any of `count` word hashes starting at `start` in `words`.
        case words(start: Int32, count: Int32)
        /// A phrase of the list at this index.
        case list(Int32)
    }

    /// An operation with how often it may occur.
    struct Step: Sendable, Equatable {
        var operation: Operation
        var repeats: PatternElement.Repeat
    }

    /// The patterns, in the order they are tried.
    let set: PatternSet
    /// Each pattern's compiled steps.
    private let programs: [[Step]]
    /// The index of each program's `FIGURE` step.
    private let figureSteps: [Int]
    /// Per program, the hashes of the words its figure must be written as, if it names any.
    private let figureWords: [[UInt64]?]
    /// Per program, how far back it looks for the figure it lists after.
    private let reaches: [Reach]
    /// The first operations that must match once and depend on the sentence alone, each once.
    private let openingOperations: [Operation]
    /// Per program, the index of its first operation in `openingOperations`, or -1 when its
    /// opening is checked around each figure.
    private let openingKinds: [Int]
    /// The hashes literal words name.
    private let words: [UInt64]
    /// The named lists, compiled, by index.
    private let lists: [PhraseTable<Bool>]
    /// The index of each named list.
    private let listIndex: [String: Int]
    private static let maximumGap = 22
    private static let maximumReach = 24

    /// The compiled word list the patterns name `@name`, if they name it.
    func list(named name: String) -> PhraseTable<Bool>? {
        listIndex[name].map { lists[$0] }
    }

    /// Compiles a pattern set.
    init(_ set: PatternSet) {
        self.set = set
        let names = set.lists.keys.sorted()
        lists = names.map { name in PhraseTable(set.lists[name]!.map { ($0, true) }) }
        listIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var words: [UInt64] = []
        programs = set.patterns.map { pattern in
            pattern.steps.map { step in
                let operation: Operation
                switch step.element {
                case .figure: operation = .figure
                case .noun: operation = .noun
                case .toll: operation = .toll
                case .cue: operation = .cue
                case .facet: operation = .facet
                case .place: operation = .place
                case .other: operation = .other
                case .thing: operation = .thing
                case .name: operation = .name
                case .gap: operation = .gap
                case .words(let hashes):
                    operation = .words(start: Int32(words.count), count: Int32(hashes.count))
                    words += hashes
                case .list(let name):
                    operation = .list(Int32(names.firstIndex(of: name)!))
                }
                return Step(operation: operation, repeats: step.repeats)
            }
        }
        self.words = words
        figureWords = set.patterns.map { $0.figureWords?.map { WordHash.hash($0) } }
        reaches = set.patterns.map(Reach.init)
        figureSteps = programs.map { steps in
            steps.firstIndex { $0.operation == .figure } ?? steps.count
        }
        var openingOperations: [Operation] = []
        openingKinds = programs.map { steps in
            let first = steps[0]
            switch first.operation {
            case .figure, .noun, .gap, .other: return -1
            default: break
            }
            guard first.repeats == .once else { return -1 }
            if let known = openingOperations.firstIndex(of: first.operation) { return known }
            openingOperations.append(first.operation)
            return openingOperations.count - 1
        }
        self.openingOperations = openingOperations
    }

    /// Where the patterns may open in one sentence, found once for all its figures.
    struct Openings {
        /// Per opening operation, a bit for each token it may match at.
        fileprivate var bits: [UInt64]
        /// Whether the bits cover the sentence's figures: only sentences of up to 64 tokens have
        /// bits, and only at the tokens a pattern around one of its figures may open at.
        fileprivate var coversSentence: Bool
    }

    /// How many tokens `Openings` covers.
    private static let openingTokens = 64

    /// The tokens each pattern's first element may match at in a sentence, among those a pattern
    /// around a figure starting at one of `figureStarts` may open at.
    func openings(
        in sentence: Sentence, figureStarts: [Int], classes: [WordClass], lexicon: Lexicon
    ) -> Openings {
        let count = sentence.tokens.count
        guard count <= Self.openingTokens, let first = figureStarts.min(),
            let last = figureStarts.max()
        else { return Openings(bits: [], coversSentence: false) }
        let reach = max(0, first - Self.maximumReach)..<min(count, last + 1)
        let tokens = sentence.tokens
        /// The tokens where a phrase of the table starts.
        func starts<Payload>(_ table: PhraseTable<Payload>) -> UInt64 {
            var mask: UInt64 = 0
            for position in reach where table.match(tokens, at: position) != nil {
                mask |= 1 << UInt64(position)
            }
            return mask
        }
        let bits = openingOperations.map { operation -> UInt64 in
            switch operation {
            case .words(let start, let count):
                let listed = words[Int(start)..<Int(start + count)]
                var mask: UInt64 = 0
                for position in reach where listed.contains(tokens[position].hash) {
                    mask |= 1 << UInt64(position)
                }
                return mask
            case .list(let index): return starts(lists[Int(index)])
            case .toll: return starts(lexicon.tolls)
            case .cue: return starts(lexicon.cues)
            case .facet: return starts(lexicon.adjacentFacets) | starts(lexicon.modifiers)
            case .place: return starts(lexicon.nearestFacets)
            case .thing, .name:
                let wanted: WordClass = operation == .thing ? .noun : .properNoun
                var mask: UInt64 = 0
                for position in reach where classes[position] == wanted {
                    mask |= 1 << UInt64(position)
                }
                return mask
            case .figure, .noun, .gap, .other:
                return ~0
            }
        }
        return Openings(bits: bits, coversSentence: true)
    }

    /// The first pattern that matches with its FIGURE on `figure`, and its bindings; with
    /// `onlyNone`, the first of the patterns that make a figure no claim.
    ///
    /// `figureTokens` marks every token of every figure of the sentence (`OTHER` matches them);
    /// `gapBlockers` the figures a gap may not cross (those that are claims).
    /// `openings` are the sentence's (`openings(in:figureStarts:classes:lexicon:)`).
    func firstMatch(
        figure: Range<Int>, quantity: Quantity, unit: UInt64?, figureTokens: [Bool],
        gapBlockers: [Bool],
        in sentence: Sentence, classes: [WordClass], lexicon: Lexicon, openings: Openings,
        onlyNone: Bool = false, antecedents: Antecedents = .all
    ) -> Match? {
        var context = Context(
            sentence: sentence, lexicon: lexicon, figure: figure, unit: unit,
            figureTokens: figureTokens, gapBlockers: gapBlockers, classes: classes, words: words,
            lists: lists)
        for (index, steps) in programs.enumerated() {
            if onlyNone, set.patterns[index].outcome != .none { continue }
            if !antecedents.allow(reaches[index]) { continue }
            if let written = figureWords[index],
                figure.count != 1 || !written.contains(sentence.tokens[figure.lowerBound].hash)
            {
                continue
            }
            // The whole interval the figure states must lie within the pattern's bounds.
            if let most = set.patterns[index].figureAtMost, quantity.high > most { continue }
            if let least = set.patterns[index].figureAtLeast, quantity.low < least { continue }
            context.figureStep = figureSteps[index]
            let first = steps[0]
            let starts: ClosedRange<Int> =
                first.operation == .figure
                ? figure.lowerBound...figure.lowerBound
                : max(0, figure.lowerBound - Self.maximumReach)...figure.lowerBound
            let kind = openingKinds[index]
            if kind >= 0, openings.coversSentence {
                let upper = starts.upperBound
                let below: UInt64 = upper >= 63 ? ~0 : (1 << UInt64(upper + 1)) - 1
                var candidates =
                    openings.bits[kind] & below & ~((1 << UInt64(starts.lowerBound)) - 1)
                while candidates != 0 {
                    let start = candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    var state = Match(pattern: index, range: start..<start)
                    if let end = context.match(steps, 0, at: start, &state) {
                        state.range = start..<end
                        return state
                    }
                }
                continue
            }
            for start in starts {
                // A pattern that must open with a word cannot start anywhere else.
                if first.repeats == .once, !context.mayOpen(first.operation, at: start) {
                    continue
                }
                var state = Match(pattern: index, range: start..<start)
                if let end = context.match(steps, 0, at: start, &state) {
                    state.range = start..<end
                    return state
                }
            }
        }
        return nil
    }

    /// The matching of the patterns around one figure.
    private struct Context {
        let sentence: Sentence
        let lexicon: Lexicon
        let figure: Range<Int>
        let unit: UInt64?
        let figureTokens: [Bool]
        let gapBlockers: [Bool]
        let classes: [WordClass]
        let words: [UInt64]
        let lists: [PhraseTable<Bool>]
        /// The index of the `FIGURE` step of the pattern being matched.
        var figureStep = 0

        /// Whether a pattern's first operation can match at a token, checked with one table
        /// probe (the full match decides).
        func mayOpen(_ operation: Operation, at position: Int) -> Bool {
            let tokens = sentence.tokens
            guard position < tokens.count else { return false }
            switch operation {
            case .words(let start, let count):
                let hash = tokens[position].hash
                return words[Int(start)..<Int(start + count)].contains(hash)
            case .list(let index):
                return lists[Int(index)].match(tokens, at: position) != nil
            case .toll:
                return lexicon.tolls.match(tokens, at: position) != nil
            case .cue:
                return lexicon.cues.match(tokens, at: position) != nil
            case .facet:
                return lexicon.adjacentFacets.match(tokens, at: position) != nil
                    || lexicon.modifiers.match(tokens, at: position) != nil
            case .place:
                return lexicon.nearestFacets.match(tokens, at: position) != nil
            case .other:
                return figureTokens[position] && !figure.contains(position)
            case .thing:
                return classes[position] == .noun
            case .name:
                return classes[position] == .properNoun
            case .noun, .figure, .gap:
                return true
            }
        }

        /// Matches steps from `step` on at token `position`; the end of the match, or nil.
        func match(_ steps: [Step], _ step: Int, at position: Int, _ state: inout Match) -> Int? {
            guard step < steps.count else { return position }
            // The figure must still be ahead, or already behind.
            if position > figure.lowerBound, step <= figureStep {
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
                while let next = operation(current.operation, at: cursor, &state), next > cursor {
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

        private func matchOnce(_ steps: [Step], _ step: Int, at position: Int, _ state: inout Match)
            -> Int?
        {
            if steps[step].operation == .gap {
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
                        !sentence.isPunctuation(index, UInt8(ascii: ":")),
                        !joinsVerbs(at: index, gapStart: position)
                    else { return nil }
                    length += 1
                }
                return nil
            }
            guard let next = operation(steps[step].operation, at: position, &state) else {
                return nil
            }
            return match(steps, step + 1, at: next, &state)
        }

        /// Whether the token is a coordinator that opens another verb's clause while the gap
        /// crossed no verb of its own: "left 300 dead and driven 12 million from their homes" ties
        /// no figure after "and" to "dead", but "the number of dead keeps climbing and has now
        /// passed 16,000" is one subject's.
        private func joinsVerbs(at index: Int, gapStart: Int) -> Bool {
            guard classes[index] == .coordinator else { return false }
            var next = index + 1
            while next < classes.count, classes[next] == .adverb { next += 1 }
            guard next < classes.count, classes[next] == .verb || classes[next] == .auxiliary
            else { return false }
            return !(gapStart..<index).contains {
                classes[$0] == .verb || classes[$0] == .auxiliary
            }
        }

        /// Matches one operation at a token; the token after it, or nil.
        private func operation(_ operation: Operation, at position: Int, _ state: inout Match)
            -> Int?
        {
            let tokens = sentence.tokens
            guard position <= tokens.count else { return nil }
            switch operation {
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
            case .name:
                guard position < tokens.count, classes[position] == .properNoun else { return nil }
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
                guard position < tokens.count,
                    !figureTokens[position] || position >= figure.upperBound,
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
                // "six elderly women", "two more Americans": modifiers may lead the facet word.
                var start = position
                while start < tokens.count, start - position < 3,
                    lexicon.adjacentFacets.match(tokens, at: start) == nil,
                    let modifier = lexicon.modifiers.match(tokens, at: start)
                {
                    start = modifier.end
                }
                guard start < tokens.count,
                    let facet = lexicon.adjacentFacets.match(tokens, at: start)
                else { return nil }
                // In a list of parts the figure's own facet word is the one right after it, else
                // the first one.
                if state.facet == nil || position == figure.upperBound {
                    state.facet = facet.payload
                }
                return facet.end
            case .place:
                guard position < tokens.count,
                    let place = lexicon.nearestFacets.match(tokens, at: position)
                else { return nil }
                state.facet = place.payload
                return place.end
            case .words(let start, let count):
                // "17.9km": the unit joined to the number is the word after it.
                if position == figure.upperBound, let unit,
                    words[Int(start)..<Int(start + count)].contains(unit)
                {
                    return position
                }
                guard position < tokens.count,
                    words[Int(start)..<Int(start + count)].contains(tokens[position].hash)
                else { return nil }
                return position + 1
            case .list(let index):
                guard position < tokens.count,
                    let found = lists[Int(index)].match(tokens, at: position)
                else { return nil }
                return found.end
            }
        }
    }
}
