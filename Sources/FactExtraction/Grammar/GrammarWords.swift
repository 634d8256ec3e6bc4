/// The grammar layer's word classes compiled for lookup by word hash.
struct GrammarWords: Sendable {
    /// What the grammar knows of one word.
    struct Entry: Sendable {
        /// The closed class the word belongs to, when it belongs to one.
        var wordClass: WordClass?
        /// For auxiliaries: whether it is a form of have.
        var isHave = false
        /// For auxiliaries: whether it is a form of be.
        var isBe = false
        /// For auxiliaries and modals: whether it is past (was, were, did, had).
        var isPast = false
        /// For modals: whether it marks the future (will, shall).
        var isFuture = false
        /// Whether the word is a known verb form.
        var isVerb = false
        /// Whether the word is an irregular past tense or participle.
        var isIrregularPast = false
        /// Whether the word is a past form that cannot be passive ("died").
        var isIntransitive = false
        /// Whether the word can open reported content ("that").
        var isComplementizer = false
        /// Whether the word is a verb that takes an object and then a word describing it
        /// ("left millions homeless").
        var takesComplement = false
        /// Whether the word can be a determiner as well as its class ("that", "this").
        var canDetermine = false
    }

    /// Word hash → entry.
    let entries: WordTable<Entry>
    /// Multi-word negations ("no longer", "has yet to").
    let negations: PhraseTable<Bool>

    /// Compiles the vocabulary's grammar lists; `verbs` adds the vocabulary's own verb-like cue
    /// words (measure cues, polarity cues, attribution verbs).
    init(_ grammar: Vocabulary.Grammar, verbs extraVerbs: [String]) {
        var table: [UInt64: Entry] = [:]
        var order: [UInt64] = []
        func update(_ words: [String], _ change: (inout Entry) -> Void) {
            for word in words where !word.contains(" ") {
                let key = WordHash.hash(word.lowercased())
                if table[key] == nil { order.append(key) }
                change(&table[key, default: Entry()])
            }
        }
        func assign(_ words: [String], _ wordClass: WordClass) {
            update(words) { entry in
                if entry.wordClass == nil { entry.wordClass = wordClass }
            }
        }
        // Earlier lists win a word's class: "that" is a subordinator that can also determine.
        assign(grammar.modalsFuture, .modal)
        update(grammar.modalsFuture) { $0.isFuture = true }
        assign(grammar.modalsConditional, .modal)
        assign(grammar.be + grammar.have + grammar.doForms, .auxiliary)
        update(grammar.have) { $0.isHave = true }
        update(grammar.be) { $0.isBe = true }
        update(["was", "were", "did", "had"]) { $0.isPast = true }
        assign(grammar.negations, .negation)
        assign(grammar.coordinators, .coordinator)
        assign(grammar.subordinators, .subordinator)
        assign(grammar.pronouns, .pronoun)
        update(grammar.determiners) { entry in
            if entry.wordClass == nil {
                entry.wordClass = .determiner
            } else {
                entry.canDetermine = true
            }
        }
        assign(grammar.prepositions, .preposition)
        assign(grammar.adverbs, .adverb)
        assign(grammar.adjectives, .adjective)
        update(grammar.verbs + extraVerbs) { $0.isVerb = true }
        update(grammar.irregularPast) {
            $0.isIrregularPast = true
            $0.isVerb = true
        }
        update(grammar.intransitive) {
            $0.isIntransitive = true
            $0.isVerb = true
        }
        update(grammar.complementizers) { $0.isComplementizer = true }
        update(grammar.complementVerbs) {
            $0.takesComplement = true
            $0.isVerb = true
        }
        entries = WordTable(order.map { ($0, table[$0]!) })
        negations = PhraseTable(
            grammar.negations.filter { $0.contains(" ") }.map { ($0, true) })
    }
}
