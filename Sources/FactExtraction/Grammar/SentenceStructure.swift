/// The grammar of one sentence: a word class per token, noun-phrase chunks with their heads,
/// verb groups with tense, negation and voice, clauses with subject, verb and object, and
/// reported-speech frames.
///
/// Built from closed word classes, the vocabulary's cue words and spelling, on the tokens alone:
/// no statistics, no allocation per word beyond the arrays it returns.
struct SentenceStructure: Sendable {
    /// The class of each token.
    var classes: [WordClass]
    /// The noun-phrase chunks, left to right.
    var chunks: [NounChunk]
    /// The verb groups, left to right.
    var verbGroups: [VerbGroup]
    /// The clauses, left to right; they cover the sentence.
    var clauses: [Clause]
    /// The reported-speech frames.
    var frames: [SpeechFrame]

    /// Analyses a sentence.
    init(_ sentence: Sentence, lexicon: Lexicon) {
        let words = lexicon.grammar
        let tokens = sentence.tokens
        classes = Self.tag(sentence, words: words)
        verbGroups = Self.verbGroups(sentence, classes: classes, words: words)
        for index in verbGroups.indices
        where words.entries[tokens[verbGroups[index].head].hash]?.isIntransitive == true {
            verbGroups[index].isIntransitive = true
        }
        chunks = Self.chunks(tokens, classes: classes, sentence: sentence)
        clauses = []
        frames = []
        clauses = clauseSpans(sentence, lexicon: lexicon).map { range in
            makeClause(range)
        }
        markReducedRelatives(sentence, words: words)
        clauses = clauses.map { makeClause($0.range) }
        frames = speechFrames(sentence, lexicon: lexicon)
    }

    // MARK: - Tagging

    private static let asWord = WordHash.hash("as")
    /// Determiners that name an owner ("their lives"): the noun phrase they open is an object.
    private static let ownerWords: WordTable<Bool> = WordTable(
        set: ["their", "his", "its", "our", "my", "your"].map { WordHash.hash($0) })
    /// Words that open another clause: a subject's verb never stands after them.
    private static let clauseOpeners: WordTable<Bool> = WordTable(
        set: ["that", "which", "who", "whom", "whose", "where", "when", "if", "whether", "because"]
            .map { WordHash.hash($0) })
    /// Words that open a clause inside a subject: a relative pronoun or a subordinator of time.
    private static let embeddedOpeners: WordTable<Bool> = WordTable(
        set: ["who", "whom", "that", "which", "since", "after", "until"].map { WordHash.hash($0) })
    /// Relative pronouns that open a clause describing the noun before them.
    private static let relativeOpeners: WordTable<Bool> = WordTable(
        set: ["who", "whom", "which", "whose"].map { WordHash.hash($0) })
    private static let degreeWords: WordTable<Bool> = WordTable(
        set: ["many", "much", "few", "little", "high", "low", "long", "far", "well"].map {
            WordHash.hash($0)
        })
    private static let to = WordHash.hash("to")
    private static let so = WordHash.hash("so")
    private static let once = WordHash.hash("once")
    private static let inWord = WordHash.hash("in")
    /// Nouns of a set phrase after "in" that may stand inside a verb group ("will in turn free").
    private static let setPhraseNouns: WordTable<Bool> = WordTable(
        set: ["turn", "exchange", "return", "response", "effect", "fact"].map { WordHash.hash($0) })
    private static let repetitions: WordTable<Bool> = WordTable(
        set: ["more", "again"].map { WordHash.hash($0) })
    private static let the = WordHash.hash("the")

    /// A word class for every token, from the closed classes, known verbs and spelling.
    static func tag(_ sentence: Sentence, words: GrammarWords) -> [WordClass] {
        let tokens = sentence.tokens
        var classes = [WordClass](repeating: .noun, count: tokens.count)
        for index in tokens.indices {
            let token = tokens[index]
            switch token.kind {
            case .punctuation:
                classes[index] = .punctuation
                continue
            case .number:
                classes[index] = .number
                continue
            case .word: break
            }
            let previous = index > 0 ? classes[index - 1] : .punctuation
            // "Gaza's north", "the army's spokesman": after a noun, "'s" owns; after a pronoun
            // ("it's", "that's") it is "is".
            if token.hash == Tokenizer.possessiveHash, previous == .noun || previous == .properNoun
            {
                classes[index] = .determiner
                continue
            }
            let entry = words.entries[token.hash]
            // "The WHO chief said", "the US envoy": a pronoun written in capitals inside a
            // sentence is a name's initials.
            if index > 0, entry?.wordClass == .pronoun || entry?.wordClass == .subordinator,
                sentence.isInitials(index)
            {
                classes[index] = .properNoun
                continue
            }
            if let closed = entry?.wordClass {
                classes[index] = closed
                if token.hash == to { classes[index] = .preposition }
                if entry?.canDetermine == true, index + 1 < tokens.count,
                    tokens[index + 1].kind == .word,
                    words.entries[tokens[index + 1].hash]?.wordClass == nil,
                    previous != .verb || !(entry?.isComplementizer ?? false)
                {
                    classes[index] = .determiner
                }
                continue
            }
            let afterNominalModifier =
                previous == .determiner || previous == .adjective || previous == .number
            let lower = !token.isCapitalized
            if entry?.isVerb == true, lower {
                // "the release" is a noun; "137 remain" keeps its verb.
                classes[index] = previous == .determiner || previous == .adjective ? .noun : .verb
                continue
            }
            let length = token.end - token.start
            if lower, length > 4, sentence.endsWith(index, "ly") {
                classes[index] = .adverb
                continue
            }
            if lower, length > 4, sentence.endsWith(index, "ed") || sentence.endsWith(index, "ing")
            {
                let verbal =
                    previous == .auxiliary || previous == .modal || previous == .pronoun
                    || previous == .negation || previous == .adverb || previous == .infinitive
                    || previous == .noun || previous == .properNoun || previous == .coordinator
                    || previous == .subordinator || previous == .punctuation
                classes[index] = verbal && !afterNominalModifier ? .verb : .adjective
                continue
            }
            if token.isCapitalized, index > 0 { classes[index] = .properNoun }
        }
        // "freed so far", "so many", "struck once more": "so" before a word of degree, and
        // "once" before "more" or "again", open no clause; they are adverbs.
        for index in tokens.indices.dropLast()
        where tokens[index].hash == Self.so && Self.degreeWords.contains(tokens[index + 1].hash)
            || tokens[index].hash == Self.once && Self.repetitions.contains(tokens[index + 1].hash)
        {
            classes[index] = .adverb
        }
        // "have since been killed": a word between an auxiliary and the verb or auxiliary that
        // follows it is an adverb of the verb group, not a preposition or subordinator.
        for index in tokens.indices.dropFirst().dropLast()
        where (classes[index] == .subordinator || classes[index] == .preposition)
            && classes[index - 1] == .auxiliary
            && (classes[index + 1] == .auxiliary || classes[index + 1] == .verb)
        {
            classes[index] = .adverb
        }
        // "will in turn free", "would in exchange release": a set phrase between a modal or an
        // auxiliary and its verb is an adverb of the verb group.
        for index in tokens.indices.dropFirst() where index + 2 < tokens.count {
            guard tokens[index].hash == Self.inWord,
                classes[index - 1] == .modal || classes[index - 1] == .auxiliary,
                Self.setPhraseNouns.contains(tokens[index + 1].hash),
                classes[index + 2] == .verb
            else { continue }
            classes[index] = .adverb
            classes[index + 1] = .adverb
        }
        // "to" before a verb (or "be", "have") marks an infinitive; a verb after "to" is one.
        for index in tokens.indices.dropLast()
        where tokens[index].hash == to
            && (classes[index + 1] == .verb || classes[index + 1] == .auxiliary)
        {
            classes[index] = .infinitive
        }
        // A participle that ends a noun phrase with no noun after it is a verb after a noun
        // ("the hostages freed on Friday") and a noun after a determiner ("the wounded").
        for index in tokens.indices where classes[index] == .adjective {
            let next = index + 1 < tokens.count ? classes[index + 1] : .punctuation
            if !(next == .noun || next == .properNoun || next == .adjective || next == .number) {
                let previous = index > 0 ? classes[index - 1] : .punctuation
                classes[index] = previous == .determiner ? .noun : .verb
            }
        }
        return classes
    }

    // MARK: - Verb groups

    /// Verb groups: auxiliaries, modals, negations and adverbs up to and including a main verb.
    static func verbGroups(_ sentence: Sentence, classes: [WordClass], words: GrammarWords)
        -> [VerbGroup]
    {
        let tokens = sentence.tokens
        var groups: [VerbGroup] = []
        var index = 0
        while index < tokens.count {
            let opening = classes[index]
            guard
                opening == .auxiliary || opening == .modal || opening == .verb
                    || opening == .infinitive
            else {
                index += 1
                continue
            }
            let start = index
            var head: Int?
            var end = index
            while end < tokens.count {
                let wordClass = classes[end]
                if wordClass == .verb {
                    head = end
                    end += 1
                    break
                }
                guard
                    wordClass == .auxiliary || wordClass == .modal || wordClass == .negation
                        || wordClass == .adverb || wordClass == .infinitive
                else { break }
                end += 1
            }
            // Trailing adverbs and negations that did not reach a verb belong to the group only
            // when an auxiliary carries it ("the figure was not").
            while end > start + 1, head == nil,
                classes[end - 1] == .adverb || classes[end - 1] == .negation
            {
                end -= 1
            }
            let range = start..<end
            let mainVerb = head ?? (end - 1)
            groups.append(
                VerbGroup(
                    range: range, head: mainVerb,
                    form: form(
                        range, head: mainVerb, sentence: sentence, classes: classes, words: words),
                    isNegated: range.contains { classes[$0] == .negation }
                        || words.negations.hasMatch(tokens, in: range),
                    isPassive: mainVerb != start
                        && range.contains {
                            $0 < mainVerb && (words.entries[tokens[$0].hash]?.isBe ?? false)
                        } && isPastForm(mainVerb, sentence: sentence, words: words)))
            index = max(end, start + 1)
        }
        // "would halt the fighting and see 50 hostages freed", "to halt the fighting and free
        // 50": a bare verb joined by "and" or "or" shares the modal or "to" of the verb before it.
        for position in groups.indices.dropFirst() where groups[position].range.count == 1 {
            let start = groups[position].range.lowerBound
            guard groups[position].form == .present, start > 0,
                Self.verbJoiners.contains(tokens[start - 1].hash)
            else { continue }
            let before = groups[position - 1]
            switch before.form {
            case .future, .conditional, .infinitive:
                if !(before.range.upperBound..<start).contains(where: { sentence.isClauseBreak($0) }
                ) {
                    groups[position].form = before.form
                }
            default:
                break
            }
        }
        return groups
    }
    private static let verbJoiners: WordTable<Bool> = WordTable(
        set: ["and", "or"].map { WordHash.hash($0) })

    /// Whether the token is a past form: ends in -ed or is a listed irregular past.
    static func isPastForm(_ index: Int, sentence: Sentence, words: GrammarWords) -> Bool {
        sentence.endsWith(index, "ed")
            || (words.entries[sentence.tokens[index].hash]?.isIrregularPast ?? false)
    }

    /// The tense or mood of a verb group.
    private static func form(
        _ range: Range<Int>, head: Int, sentence: Sentence, classes: [WordClass],
        words: GrammarWords
    ) -> VerbGroup.Form {
        let tokens = sentence.tokens
        if classes[range.lowerBound] == .infinitive { return .infinitive }
        var sawHave = false
        var sawPastAuxiliary = false
        var sawBe = false
        for index in range where index != head || classes[index] != .verb {
            // "are to be freed", "was to free": a be with "to" is what is planned.
            if classes[index] == .infinitive, sawBe { return .future }
            guard let entry = words.entries[tokens[index].hash] else { continue }
            if entry.isBe { sawBe = true }
            if classes[index] == .modal { return entry.isFuture ? .future : .conditional }
            if entry.isHave { sawHave = true }
            if entry.isPast { sawPastAuxiliary = true }
        }
        if sawHave { return sawPastAuxiliary ? .past : .perfect }
        if sawPastAuxiliary { return .past }
        if range.count == 1, isPastForm(head, sentence: sentence, words: words) { return .past }
        return .present
    }

    // MARK: - Chunks

    /// Noun-phrase chunks: runs of determiners, figures, modifiers and nouns; the head is the
    /// last noun of the run.
    static func chunks(_ tokens: [Token], classes: [WordClass], sentence: Sentence) -> [NounChunk] {
        var chunks: [NounChunk] = []
        var index = 0
        while index < tokens.count {
            guard classes[index].isNominal else {
                index += 1
                continue
            }
            let start = index
            var head: Int?
            while index < tokens.count, classes[index].isNominal {
                // A determiner after a noun starts a new phrase ("gave Israel the list").
                if classes[index] == .determiner, index > start, let found = head,
                    found == index - 1, tokens[index].hash != Tokenizer.possessiveHash
                {
                    break
                }
                if classes[index] == .noun || classes[index] == .properNoun
                    || classes[index] == .number
                {
                    head = index
                }
                index += 1
            }
            if let head { chunks.append(NounChunk(range: start..<index, head: head)) }
            if index == start { index += 1 }
        }
        return chunks
    }

    // MARK: - Clauses

    /// The token ranges of the clauses: split at semicolons, colons, brackets and dashes, before
    /// subordinators, before coordinators that join verbs, and at commas between two parts that
    /// each hold a verb.
    private func clauseSpans(_ sentence: Sentence, lexicon: Lexicon) -> [Range<Int>] {
        let tokens = sentence.tokens
        var cuts: [Int] = []
        for index in tokens.indices where index > 0 {
            switch classes[index] {
            case .subordinator:
                // "as many as 9,000" qualifies a figure; it opens no clause.
                let opening =
                    index + 2 < tokens.count && Self.degreeWords.contains(tokens[index + 1].hash)
                    && tokens[index + 2].hash == Self.asWord
                let closing =
                    index >= 2 && Self.degreeWords.contains(tokens[index - 1].hash)
                    && tokens[index - 2].hash == Self.asWord
                let comparative = tokens[index].hash == Self.asWord && (opening || closing)
                if !comparative { cuts.append(index) }
            case .pronoun:
                // "the hostages it holds": a subject pronoun right after a noun opens a clause.
                let previous = classes[index - 1]
                if previous == .noun || previous == .properNoun,
                    verbGroups.contains(where: { $0.range.lowerBound == index + 1 })
                {
                    cuts.append(index)
                }
            case .coordinator:
                // "and" starts a clause only after a verb: "Hamas and its allies released" is
                // one subject.
                let since = cuts.last ?? 0
                guard
                    verbGroups.contains(where: {
                        $0.range.lowerBound >= since && $0.range.upperBound <= index
                    })
                else { break }
                // "led to 86 Israeli and 24 foreign hostages being freed": a participle after
                // the next noun phrase makes that phrase one with the phrase before "and".
                if let group = verbGroups.first(where: { $0.range.lowerBound > index }),
                    group.range.lowerBound - index <= 4,
                    !(index + 1..<group.range.lowerBound).contains(where: {
                        classes[$0] == .punctuation
                    }),
                    !(classes[index + 1] == .number
                        && sentence.endsWith(group.range.lowerBound, "ing"))
                {
                    cuts.append(index)
                }
            case .punctuation:
                let byte = sentence.bytes[tokens[index].start]
                if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
                    || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == 0xE2
                {
                    cuts.append(index)
                }
            default: break
            }
        }
        // Commas split only where verbs stand on both sides.
        var hard = [0] + cuts + [tokens.count]
        hard = Array(Set(hard)).sorted()
        var result: [Range<Int>] = []
        for (start, end) in zip(hard, hard.dropFirst()) where start < end {
            var from = start
            for comma in start..<end where sentence.isPunctuation(comma, UInt8(ascii: ",")) {
                let nextComma =
                    (comma + 1..<end).first { sentence.isPunctuation($0, UInt8(ascii: ",")) } ?? end
                if hasVerb(from..<comma), hasVerb(comma + 1..<nextComma),
                    !closesAppositive(comma, from: from, in: sentence, lexicon: lexicon)
                {
                    result.append(from..<comma)
                    from = comma
                }
            }
            result.append(from..<end)
        }
        return result
    }

    /// Whether the comma closes an appositive between a subject and its finite verb: "the blast
    /// at Jabalia, the largest camp, killed 50 people" is one clause. A speaker's appositive
    /// ("Hamdan, a member of the politburo, told dpa") stays apart: it names who speaks.
    private func closesAppositive(
        _ comma: Int, from: Int, in sentence: Sentence, lexicon: Lexicon
    ) -> Bool {
        guard
            let group = verbGroups.first(where: { $0.range.lowerBound > comma }),
            group.range.lowerBound == comma + 1, group.form != .infinitive,
            !sentence.endsWith(group.head, "ing"),
            lexicon.attributionVerbs.match(sentence.tokens, at: group.head) == nil,
            let open = (from..<comma).last(where: { sentence.isPunctuation($0, UInt8(ascii: ",")) }
            ),
            open + 1 < comma, classes[open + 1] == .determiner, !hasVerb(open + 1..<comma)
        else { return false }
        return true
    }

    /// Whether a verb group starts inside the range.
    private func hasVerb(_ range: Range<Int>) -> Bool {
        for group in verbGroups {
            if group.range.lowerBound >= range.upperBound { return false }
            if group.range.lowerBound >= range.lowerBound, classes[group.head] == .verb {
                return true
            }
        }
        return false
    }

    /// The clause over a range, with its first verb group, the subject chunk before it and the
    /// object chunk after it.
    private func makeClause(_ range: Range<Int>) -> Clause {
        let verb =
            verbGroups.firstIndex { range.contains($0.range.lowerBound) && !$0.isReducedRelative }
            ?? verbGroups.firstIndex { range.contains($0.range.lowerBound) }
        var subject: Int?
        var object: Int?
        if let verb {
            let group = verbGroups[verb]
            subject = chunks.lastIndex { chunk in
                range.contains(chunk.range.lowerBound)
                    && chunk.range.upperBound <= group.range.lowerBound
                    && (chunk.range.lowerBound == range.lowerBound
                        || classes[chunk.range.lowerBound - 1] != .preposition)
            }
            object = chunks.firstIndex { chunk in
                range.contains(chunk.range.lowerBound)
                    && chunk.range.lowerBound >= group.range.upperBound
            }
        }
        return Clause(range: range, verb: verb, subject: subject, object: object)
    }

    /// Marks bare participles after a noun in clauses that have another verb group.
    private mutating func markReducedRelatives(_ sentence: Sentence, words: GrammarWords) {
        for index in verbGroups.indices {
            let group = verbGroups[index]
            guard group.range.count == 1, group.range.lowerBound > 0, !group.isIntransitive,
                Self.isPastForm(group.head, sentence: sentence, words: words)
            else { continue }
            let previous = classes[group.range.lowerBound - 1]
            guard previous == .noun || previous == .properNoun || previous == .number else {
                continue
            }
            if takesObject(group, in: sentence) { continue }
            guard let clause = clauses.first(where: { $0.range.contains(group.head) }) else {
                continue
            }
            let others = verbGroups.indices.filter {
                $0 != index && clause.range.contains(verbGroups[$0].range.lowerBound)
            }
            if !others.isEmpty { verbGroups[index].isReducedRelative = true }
        }
    }

    // MARK: - Reported speech

    /// Whether the words after an attribution verb make it report nothing: its object, after a
    /// figure and its qualifiers, is one the vocabulary lists ("claimed 700 lives", "claimed
    /// responsibility").
    func reportsNothing(verbEnd: Int, in sentence: Sentence, lexicon: Lexicon) -> Bool {
        var index = verbEnd
        while index < sentence.tokens.count, index - verbEnd < 5 {
            if lexicon.notReported.match(sentence.tokens, at: index) != nil { return true }
            if let qualifier = lexicon.qualifierBefore.match(sentence.tokens, at: index) {
                index = qualifier.end
                continue
            }
            guard
                classes[index] == .number || classes[index] == .determiner
                    || sentence.tokens[index].kind == .number
            else { return false }
            index += 1
        }
        return false
    }

    /// The words before a relative aside that closes with a comma just before `verbStart`
    /// ("Qatar, which has been mediating, says …"): the aside opens with a comma and "who" or
    /// "which", and the words before it open the sentence or follow a clause break. Nil when no
    /// such aside stands there.
    private func speakerBeforeRelativeAside(_ verbStart: Int, in sentence: Sentence) -> Range<Int>?
    {
        let tokens = sentence.tokens
        guard verbStart >= 4, sentence.isPunctuation(verbStart - 1, UInt8(ascii: ",")) else {
            return nil
        }
        var opener = verbStart - 2
        while opener > max(1, verbStart - 16) {
            if Self.relativeOpeners.contains(tokens[opener].hash),
                sentence.isPunctuation(opener - 1, UInt8(ascii: ","))
            {
                break
            }
            if sentence.isClauseBreak(opener) { return nil }
            opener -= 1
        }
        guard opener > 1, Self.relativeOpeners.contains(tokens[opener].hash),
            sentence.isPunctuation(opener - 1, UInt8(ascii: ","))
        else { return nil }
        let end = opener - 1
        var start = end
        while start > 0, end - start < 8, !sentence.isClauseBreak(start - 1) { start -= 1 }
        guard start < end, start == 0 || sentence.isClauseBreak(start - 1) else { return nil }
        return start..<end
    }

    /// Reported-speech frames: an attribution verb with its speaker before or after it, and the
    /// words it reports; "according to X" with the rest of the sentence.
    private func speechFrames(_ sentence: Sentence, lexicon: Lexicon) -> [SpeechFrame] {
        let tokens = sentence.tokens
        var frames: [SpeechFrame] = []
        for prefix in lexicon.attributionPrefixes.matches(tokens) {
            // "per cent", "per day": a unit or a rate that opens with the prefix is the longer
            // phrase and names no one.
            let longer = [
                lexicon.nouns.match(tokens, at: prefix.index)?.end,
                lexicon.adjacentFacets.match(tokens, at: prefix.index)?.end,
                lexicon.impliedFacets.match(tokens, at: prefix.index)?.end,
            ]
            if longer.contains(where: { ($0 ?? 0) > prefix.end }) { continue }
            var end = prefix.end
            while end < tokens.count, !sentence.isClauseBreak(end),
                !sentence.isPunctuation(end, UInt8(ascii: ".")), end - prefix.end < 12
            {
                end += 1
            }
            var contentStart = 0
            var contentEnd = tokens.count
            if prefix.index > 0 { contentEnd = prefix.index } else { contentStart = end }
            frames.append(
                SpeechFrame(
                    speaker: prefix.end..<end, verb: prefix.index..<prefix.end,
                    content: contentStart..<max(contentStart, contentEnd)))
        }
        for verb in lexicon.attributionVerbs.matches(tokens) {
            guard
                classes[verb.index] == .verb || classes[verb.index] == .auxiliary
                    || verbGroups.contains(where: { $0.head == verb.index }),
                // "17,134 confirmed deaths", "the reported toll": a participle after a figure or
                // an article qualifies the noun after it and reports nothing.
                verb.index == 0
                    || (classes[verb.index - 1] != .number
                        && classes[verb.index - 1] != .determiner),
                !reportsNothing(verbEnd: verb.end, in: sentence, lexicon: lexicon)
            else { continue }
            let clause = clauses.firstIndex { $0.range.contains(verb.index) } ?? 0
            let clauseRange = clauses.isEmpty ? 0..<tokens.count : clauses[clause].range
            let group = verbGroups.first { $0.range.contains(verb.index) }
            let groupStart = group?.range.lowerBound ?? verb.index
            var speakerStart = clauseRange.lowerBound
            // "Sudan's Rapid Support Forces (RSF) said …": an aside closed just before the verb
            // leaves the speaker before it, in the clause the aside interrupts.
            if groupStart > 1, clauseRange.lowerBound >= groupStart - 1,
                sentence.isPunctuation(groupStart - 1, UInt8(ascii: ")")),
                let open = (max(0, groupStart - 12)..<(groupStart - 1)).last(where: {
                    sentence.isPunctuation($0, UInt8(ascii: "("))
                }), open > 0,
                let outer = clauses.first(where: { $0.range.contains(open - 1) })
            {
                speakerStart = outer.range.lowerBound
            }
            while speakerStart < groupStart,
                classes[speakerStart] == .punctuation || classes[speakerStart] == .coordinator
                    || classes[speakerStart] == .subordinator
            {
                speakerStart += 1
            }
            let sentenceEnd =
                tokens.count > 0 && sentence.isPunctuation(tokens.count - 1, UInt8(ascii: "."))
                ? tokens.count - 1 : tokens.count
            // "…, the army said", "'We back a truce,' Qatar said": a break or a closing quote
            // before the speaker leaves the attribution trailing what it reports.
            let trailing =
                speakerStart > 0
                && (sentence.isClauseBreak(speakerStart - 1)
                    || (speakerStart > 1 && sentence.isQuote(speakerStart - 1)
                        && sentence.tokens[speakerStart - 2].kind == .punctuation))
            if let speaker = speakerBeforeRelativeAside(groupStart, in: sentence) {
                // "Qatar, which has been mediating, says Israel and Hamas have agreed …": the
                // speaker stands before the aside, and the verb reports what follows it, or
                // what came before when the attribution trails ("…, Qatar, which mediated, said").
                var contentStart = verb.end
                if contentStart < tokens.count,
                    lexicon.grammar.entries[tokens[contentStart].hash]?.isComplementizer == true
                {
                    contentStart += 1
                }
                let content =
                    sentenceEnd - contentStart < 3 && speaker.lowerBound > 1
                    ? 0..<(speaker.lowerBound - 1) : contentStart..<max(contentStart, sentenceEnd)
                frames.append(
                    SpeechFrame(speaker: speaker, verb: verb.index..<verb.end, content: content))
                continue
            }
            if speakerStart == groupStart {
                // "…, said the army." The speaker follows the verb.
                var end = verb.end
                var listed = false
                while end < sentenceEnd, end - verb.end < (listed ? 40 : 10) {
                    if sentence.isClauseBreak(end) {
                        // "said a statement by Egypt, Jordan and Qatar": a list of names goes on
                        // past its commas.
                        var next = end + 1
                        if next < sentenceEnd, tokens[next].hash == Self.the { next += 1 }
                        guard sentence.isPunctuation(end, UInt8(ascii: ",")), next < sentenceEnd,
                            lexicon.actors.match(tokens, at: next) != nil
                        else { break }
                        listed = true
                    }
                    end += 1
                }
                // The content ends at a comma or a closing quote just before the verb.
                guard end > verb.end, groupStart > 0,
                    sentence.isPunctuation(groupStart - 1, UInt8(ascii: ","))
                        || sentence.isQuote(groupStart - 1)
                else { continue }
                // "…, according to activists": the "to" belongs to the verb, not the speaker.
                var speakerStart = verb.end
                if tokens[speakerStart].hash == Self.to, speakerStart + 1 < end {
                    speakerStart += 1
                }
                frames.append(
                    SpeechFrame(
                        speaker: speakerStart..<end, verb: verb.index..<speakerStart,
                        content: 0..<(groupStart - 1)))
                continue
            }
            let speaker = speakerStart..<groupStart
            // "Of the dead, 1,056 were counted in government-held areas", "Ten were reported
            // wounded", "Dozens were said to have been killed": the subject of a passive report
            // is what is reported, never who reports it.
            if group?.isPassive == true { continue }
            // "…, officials said on Saturday, after teams found …": the attribution's clause
            // ends at a break and reports nothing after its verb; what follows is an adjunct.
            let closesBeforeMore =
                clauseRange.upperBound < sentenceEnd
                && !(verb.end..<clauseRange.upperBound).contains {
                    lexicon.grammar.entries[tokens[$0].hash]?.isComplementizer == true
                }
            if trailing, clauseRange.upperBound >= sentenceEnd - 6 || closesBeforeMore {
                // "…, the army said (on Friday)." The content is what came before.
                frames.append(
                    SpeechFrame(
                        speaker: speaker, verb: verb.index..<verb.end,
                        content: 0..<(speakerStart - 1)))
            } else {
                var contentStart = verb.end
                if contentStart < tokens.count,
                    lexicon.grammar.entries[tokens[contentStart].hash]?.isComplementizer == true
                {
                    contentStart += 1
                }
                frames.append(
                    SpeechFrame(
                        speaker: speaker, verb: verb.index..<verb.end,
                        content: contentStart..<max(contentStart, sentenceEnd)))
            }
        }
        return frames.sorted { $0.verb.lowerBound < $1.verb.lowerBound }
    }

    // MARK: - Queries

    /// The clause holding a token.
    func clause(at index: Int) -> Clause? {
        clauses.first { $0.range.contains(index) }
    }

    /// The verb group that governs a token: in its clause, the first group after it when the
    /// token stands before the clause's verb (it is in the subject), else the nearest before it.
    func governingVerb(of index: Int) -> VerbGroup? {
        guard let clause = clause(at: index) else { return nil }
        // Reporting verbs ("said") frame the content; they are not the figure's verb.
        let main = verbGroups.filter { !$0.isReducedRelative && !isAttribution($0) }
        let inClause = main.filter { clause.range.contains($0.range.lowerBound) }
        if let before = inClause.last(where: { $0.range.upperBound <= index }) {
            // "to free 50": the infinitive nearest before the figure, else the clause's verb.
            return before
        }
        // A clause without a verb of its own ("10 hostages — nine women — and two Thais were
        // handed over") takes the next verb of the sentence.
        return inClause.first { $0.range.lowerBound > index }
            ?? main.first { $0.range.lowerBound > index }
    }

    /// The verb group a subject ending at `end` is the subject of, past what only describes it:
    /// a participle ("held by Hamas"), its prepositional phrase, an aside between commas
    /// ("…, four of them Thai nationals, were handed over") and figures listed with it ("10
    /// women and four Thais have been brought back"). Nil when the phrase is an object (a verb
    /// stands before it in its clause) or when something else comes first.
    func predicate(ofSubjectAt start: Int, endingAt end: Int, in sentence: Sentence) -> VerbGroup? {
        let tokens = sentence.tokens
        if let clause = clause(at: start),
            verbGroups.contains(where: {
                !$0.isReducedRelative && clause.range.contains($0.range.lowerBound)
                    && $0.range.upperBound <= start
            })
        {
            return nil
        }
        var index = end
        let limit = min(tokens.count, end + 16)
        var skippedClause = false
        var closedAside = false
        while index < limit {
            if let group = verbGroup(at: index) {
                // A bare participle right after the noun describes it, whatever the clause split.
                if group.isReducedRelative || describesNoun(group, endingAt: end, in: sentence) {
                    index = group.range.upperBound
                    continue
                }
                return isAttribution(group) ? nil : group
            }
            if sentence.isPunctuation(index, UInt8(ascii: ",")) {
                // "Judith Raanan and her daughter, two Americans held in Gaza, have been freed":
                // the comma closing an aside the phrase sits in leads to the verb it describes.
                if !closedAside, start > 0, sentence.isPunctuation(start - 1, UInt8(ascii: ",")),
                    index + 1 < tokens.count,
                    verbGroup(at: index + 1) != nil
                        || (index + 2 < tokens.count && verbGroup(at: index + 2) != nil
                            && classes[index + 1] == .auxiliary)
                {
                    closedAside = true
                    index += 1
                    continue
                }
                // "Two women, whom Hamas had kept hostage for a month, have been freed": a
                // relative clause set apart by commas describes the subject.
                if index + 1 < tokens.count, Self.relativeOpeners.contains(tokens[index + 1].hash),
                    let close = (index + 2..<min(tokens.count, index + 20)).first(where: {
                        sentence.isPunctuation($0, UInt8(ascii: ","))
                    }),
                    !(index + 2..<close).contains(where: { tokens[$0].kind == .number })
                {
                    index = close + 1
                    continue
                }
                // An aside closed by a second comma, holding no verb of its own.
                guard
                    let close = (index + 1..<min(tokens.count, index + 9)).first(where: {
                        sentence.isPunctuation($0, UInt8(ascii: ","))
                    }),
                    !(index + 1..<close).contains(where: { position in
                        verbGroups.contains { group in
                            !group.isReducedRelative && group.range.contains(position)
                                // ", Netanyahu said," only attributes what it interrupts.
                                && !isAttribution(group)
                        }
                    })
                else { return nil }
                index = close + 1
                continue
            }
            if sentence.isClauseBreak(index) { return nil }
            if !skippedClause, Self.embeddedOpeners.contains(tokens[index].hash),
                let inner = verbGroups.first(where: {
                    $0.range.lowerBound > index && $0.range.lowerBound <= index + 6
                }),
                !(index + 1..<inner.range.lowerBound).contains(where: sentence.isClauseBreak)
            {
                // "24 hostages who had been held in Gaza were released", "two people held
                // captive since Hamas stormed Israel had been let go": a clause the noun or its
                // participle opens is passed over; the verb after it is the subject's.
                skippedClause = true
                index = inner.range.upperBound
                continue
            }
            if Self.clauseOpeners.contains(tokens[index].hash) { return nil }
            switch classes[index] {
            case .coordinator:
                // Only a list of figures continues the subject; "1,541 people killed and 9,733
                // hurt": after a participle ending the phrase, the next figure has its own.
                guard
                    (index + 1..<min(tokens.count, index + 3)).contains(where: {
                        classes[$0] == .number || tokens[$0].kind == .number
                    }),
                    !(index == end && index > 0 && verbGroup(at: index - 1) != nil)
                else { return nil }
            case .subordinator, .pronoun, .modal, .auxiliary, .infinitive, .verb:
                return nil
            case .adjective where index == end:
                // "three people dead and 213 injured": the phrase has its own complement.
                return nil
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// Whether a bare participle right after a noun describes it ("two people held captive in
    /// Gaza … had been let go"): a finite verb group follows later in the sentence.
    /// "43,000 people died and …" is the clause's own verb: a describing participle has words of
    /// its own after it (an agent, a place, a time).
    func describesNoun(_ group: VerbGroup, endingAt end: Int, in sentence: Sentence) -> Bool {
        let next = group.range.upperBound
        // "50 women and children now held by Hamas": adverbs may stand between; a group that
        // opens inside the noun phrase describes nothing after it.
        guard end <= group.range.lowerBound,
            (end..<group.range.lowerBound).allSatisfy({ classes[$0] == .adverb }),
            group.range.count == 1, group.form == .past, !group.isIntransitive,
            next < classes.count, classes[next] != .coordinator, classes[next] != .punctuation,
            !takesObject(group, in: sentence)
        else { return false }
        return verbGroups.contains {
            $0.range.lowerBound > next && $0.range.count > 1 && !$0.isReducedRelative
        }
    }

    /// Whether a bare past form is followed by an object an owner opens ("13 civilians lost their
    /// lives"): a participle describing a noun takes none, so the form is the clause's own verb.
    private func takesObject(_ group: VerbGroup, in sentence: Sentence) -> Bool {
        let next = group.range.upperBound
        guard next < sentence.tokens.count else { return false }
        if Self.ownerWords.contains(sentence.tokens[next].hash) { return true }
        // "Israel let 30 prisoners go": a verb that lets its object do something acts on the
        // figure or phrase after it, whatever verb follows that.
        return Self.causativeVerbs.contains(sentence.tokens[group.head].hash)
            && (classes[next] == .number || classes[next] == .determiner)
    }
    /// Verbs that take an object and a bare verb after it ("let 30 prisoners go").
    private static let causativeVerbs: WordTable<Bool> = WordTable(
        set: ["let", "made", "helped"].map { WordHash.hash($0) })

    /// Whether a verb group is the attribution verb of a reported-speech frame ("said").
    func isAttribution(_ group: VerbGroup) -> Bool {
        frames.contains {
            $0.verb.contains(group.head) || group.range.contains($0.verb.lowerBound)
        }
    }

    /// The verb group whose words include a token.
    func verbGroup(at index: Int) -> VerbGroup? {
        verbGroups.first { $0.range.contains(index) }
    }

    /// The innermost reported-speech frame whose content holds a token.
    func frame(reporting index: Int) -> SpeechFrame? {
        frames.filter { $0.content.contains(index) }.min { $0.content.count < $1.content.count }
    }
}

extension Sentence {
    /// Whether token `index` ends with the given lower-case ASCII letters.
    func endsWith(_ index: Int, _ suffix: StaticString) -> Bool {
        let token = tokens[index]
        let count = suffix.utf8CodeUnitCount
        guard token.end - token.start >= count else { return false }
        return suffix.withUTF8Buffer { letters in
            for offset in 0..<count
            where bytes[token.end - count + offset] | 0x20 != letters[offset] {
                return false
            }
            return true
        }
    }

    /// Whether token `index` is a word joined from parts by a hyphen ("inter-agency").
    func isCompound(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word
            && (token.start + 1..<token.end).contains { bytes[$0] == UInt8(ascii: "-") }
    }
}
