import FactLedgerCore

/// Finds stance claims in a sentence: an actor's position (support, oppose, demand,
/// conditional) on a topic, with negation, conditions, coordination and references back handled.
///
/// Each topic is bound to the polarity cue nearest before it (no other topic, and no breaker
/// such as "so that", in between), or to a passive cue just after it ("was rejected by …"). The
/// holder is the nearest actor before the cues that acts: not the object of a preposition or of
/// "urged X to", not a name qualifying another noun ("Israel's bombardment").
struct StanceExtractor {
    let lexicon: Lexicon

    private typealias Topic = (index: Int, end: Int, topic: String, referred: Bool)
    private static let to = WordHash.hash("to")
    /// "with": a counterpart follows it ("talks with Netanyahu"), or an agreement's parties.
    static let with = WordHash.hash("with")
    /// Condition words that need no verb after them ("without the hostages' release").
    private static let verblessConditions: WordTable<Bool> = WordTable(
        set: [
            "without", "for", "provided", "subject", "only", "but", "not", "would", "will",
            "before", "unless",
            // "no ceasefire until the RSF pull out of the cities", "if Hamas broke the truce": a
            // clause whose verb the tagger may miss; a time after "until" is ruled out apart.
            "until", "if",
        ].map {
            WordHash.hash($0)
        })
    /// Verbs whose object only carries out what the subject decides or presses for ("let the
    /// UN open", "trying to persuade Israel to accept pauses").
    private static let causatives: WordTable<Bool> = WordTable(
        set: [
            "let", "lets", "letting", "allow", "allowed", "allowing", "allows", "permit",
            "permitted",
            "enable", "enabled", "help", "helped", "persuade", "persuading", "persuaded",
            "convince", "convincing", "get", "getting", "push", "pushing", "pressure",
            "pressuring", "pressured", "encourage", "encouraging", "nudge", "nudging",
        ].map { WordHash.hash($0) })
    /// Heads that let the body named after "of" or "in" act ("a majority in the General
    /// Assembly demanded", "leaders of the EU called for").
    private static let collectives: WordTable<Bool> = WordTable(
        set: [
            "majority", "members", "member", "most", "many", "leaders", "ministers", "bulk",
            "all", "officials", "envoys", "delegates", "representatives",
        ].map { WordHash.hash($0) })
    /// Nouns of a decision whose maker is named after "by" or "of" and acts ("the decision by
    /// Sudan to open the crossing", "the refusal of the army to attend").
    private static let decisions: WordTable<Bool> = WordTable(
        set: [
            "decision", "move", "offer", "refusal", "willingness", "readiness", "pledge",
            "commitment",
        ].map { WordHash.hash($0) })
    /// Words that may stand between a preposition and the name it governs.
    private static let nameModifiers: WordTable<Bool> = WordTable(
        set: ["the", "paramilitary", "rival", "warring", "its", "their", "his", "her", "both"].map {
            WordHash.hash($0)
        })
    private static let objectPronouns: WordTable<Bool> = WordTable(
        set: ["it", "them"].map { WordHash.hash($0) })
    private static let by = WordHash.hash("by")
    private static let on = WordHash.hash("on")
    /// Prepositions whose phrase names a role no one before it plays ("proposals from the mediators").
    private static let roleOpeners: WordTable<Bool> = WordTable(
        set: ["from", "with", "of", "for"].map { WordHash.hash($0) })
    /// The last words of a cue that name the cue's agents right after it.
    private static let agentWords: WordTable<Bool> = WordTable(
        set: ["by", "between", "among"].map { WordHash.hash($0) })
    /// Armed groups a credit after them names the patron of ("factions backed by Türkiye").
    private static let patronedGroups: WordTable<Bool> = WordTable(
        set: [
            "factions", "faction", "forces", "militias", "militia", "rebels", "groups", "fighters",
            "paramilitaries", "proxies", "militants",
        ].map { WordHash.hash($0) })
    /// The word that opens an open question ("unclear whether Israel will accept").
    private static let whether = WordHash.hash("whether")
    /// Words after a topic that name its parties ("an agreement between Israel and Hamas").
    private static let parties: WordTable<Bool> = WordTable(
        set: ["between", "among"].map { WordHash.hash($0) })
    private static let no = WordHash.hash("no")
    private static let nor = WordHash.hash("nor")
    private static let we = WordHash.hash("we")
    private static let firstPerson = WordHash.hash("i")
    private static let pronouns: WordTable<Bool> = WordTable(
        set: ["he", "she", "it", "they", "we"].map { WordHash.hash($0) })
    /// Words between a topic and its verb when the topic is the verb's subject ("fuel would not
    /// be allowed", "a ceasefire was rejected").
    private static let verbGlue: WordTable<Bool> = WordTable(
        set: [
            "is", "was", "were", "are", "be", "been", "being", "would", "will", "could", "can",
            "should", "must", "may",
            "might", "not", "never", "has", "have", "had", "to", "still", "also", "now",
            "reportedly",
            "largely", "only", "again", "already", "effectively", "\"", "'", "a", "an",
            // "sees the pauses as a step in the right direction": an evaluation of the topic.
            "as",
            // "food, water and fuel would all be kept out": a quantifier floating off the list.
            "all", "both", "each",
        ].map { WordHash.hash($0) })
    private static let coordinators: WordTable<Bool> = WordTable(
        set: ["and", "or", ",", "a", "an", "the", "any", "more", "of", "for", "also"].map {
            WordHash.hash($0)
        })
    /// Words that count what follows them ("and four fuel trucks", "by eight other countries"):
    /// the number parser's counting words, and "some".
    private static let countWords: WordTable<Bool> = WordTable(
        set: (NumberWords.countingWords + ["some"]).map { WordHash.hash($0) })
    /// "told", a participle that does not end in "-ed" ("was told to let aid in").
    private static let told = WordHash.hash("told")
    /// Verbs that give their object a verdict right after it ("called the truce plan
    /// unacceptable", "gave the deal its approval").
    private static let judgingVerbs: WordTable<Bool> = WordTable(
        set: [
            "called", "calls", "call", "calling", "branded", "brands", "brand", "branding",
            "deemed", "deems", "deem", "termed", "terms", "labelled", "labeled", "considered",
            "considers", "consider", "found", "finds", "declared", "declares",
            // "The cabinet gave the deal its approval".
            "gave", "give", "gives", "given", "giving",
        ].map { WordHash.hash($0) })
    /// Nouns naming a proposal of the topic before them ("called the truce plan unacceptable").
    private static let proposals: WordTable<Bool> = WordTable(
        set: ["proposal", "proposals", "plan", "plans", "offer", "initiative", "idea", "terms"]
            .map(WordHash.hash))
    /// Words besides determiners and adjectives that may stand between a verb of judging and the
    /// topic it judges ("this newest truce plan").
    private static let verdictModifiers: WordTable<Bool> = WordTable(
        set: ["this", "that", "latest", "newest", "new", "proposed", "current", "planned"]
            .map(WordHash.hash))
    private static let beForms: WordTable<Bool> = WordTable(
        set: ["be", "is", "was", "are", "were", "been", "being"].map { WordHash.hash($0) })
    /// Words opening a clause that states what might happen ("if Hamas broke the truce").
    private static let hypotheticals: WordTable<Bool> = WordTable(
        set: ["if"].map { WordHash.hash($0) })
    private static let openEnded: WordTable<Bool> = WordTable(
        set: ["until", "unless", "only", "after", "without", "while", "as", "so", "if", "before"]
            .map { WordHash.hash($0) })

    /// What one sentence leaves for the next: the last stance topic ("this demand is
    /// non-negotiable" refers back to it) and the last holders ("they agreed" means them).
    struct Carry {
        /// The last stance topic taken or named.
        var topic: String?
        /// The topic of the last motion named ("a resolution calling for a truce"): a vote with no
        /// topic of its own ("Four states voted no") is on it.
        var motion: String?
        /// Who adopted the last motion ("was adopted by the General Assembly"): a motion that
        /// demands something later ("The text also demands …") speaks for them.
        var adopters: [String] = []
        /// The last vote whose voters were only counted ("153 states voted for it"), and the
        /// number of its sentence: a list of members after it ("Among them were …") casts it.
        var countedVote: (topic: String, polarity: Polarity, sentence: Int)?
        /// The actors that held the last stance.
        var holders: [String] = []
        /// The last few sentences read, with their numbers: a pronoun subject may mean the
        /// actor the last of them naming one opened with ("Guterres spoke in New York. He called
        /// for …"). Their actors are read only when a stance needs them.
        var recent: [(sentence: Sentence, number: Int, named: [String]??)] = []
        /// The number of the sentence being read, and of the one that set `holders`.
        var sentence = 0
        var heldAt = -1
        /// What reading the last sentence found, for the review of its stances.
        var found = Found()
        /// The stance topics the text has named so far.
        var named: Set<String> = []
    }

    /// What reading a sentence found, for the review of its stances: its stance topics, and
    /// whatever else the rules looked up in it (nil when they had no need to).
    struct Found {
        /// The stance topics named (`namedTopics(in:)`).
        var topics: [PhraseTable<String>.Match] = []
        /// The stance topics the sentence refers back to ("the proposal", "agreed to prolong
        /// it", a vote with no topic of its own), each where its pointer stands.
        var referred: [PhraseTable<String>.Match] = []
        /// The stance topic named last before, for a sentence that names none and refers back to
        /// none, where the sentence's first polarity cue stands.
        var carried: [PhraseTable<String>.Match] = []
        /// The actor names, adjacent names of one actor joined.
        var actors: [PhraseTable<String>.Match]?
        /// The polarity cues.
        var cues: [PhraseTable<Polarity>.Match]?
        /// Where the negations stand.
        var negations: [Int]?
        /// Where the conditions stand.
        var conditions: [Int]?
        /// The actors that held the last stance (when it was taken in the last two sentences)
        /// and the last stance topic taken or named, before this sentence.
        var before: (holders: [String], topic: String?) = ([], nil)
    }

    /// The stance claims of one sentence.
    func claims(
        in sentence: Sentence, structure: inout SentenceStructure?,
        deferred: inout Attribution.Deferred, published: Day, carry: inout Carry
    ) -> [Claim] {
        let tokens = sentence.tokens
        carry.sentence += 1
        defer {
            if carry.recent.count == 3 { carry.recent.removeFirst() }
            carry.recent.append((sentence, carry.sentence, nil))
        }
        carry.found = Found(
            topics: namedTopics(in: tokens),
            before: (carry.sentence - carry.heldAt <= 2 ? carry.holders : [], carry.topic))
        // "the ceasefire", once the text has named the truce, is that truce.
        for reference in lexicon.definiteReferences.matches(tokens) {
            guard
                let position = carry.found.topics.firstIndex(where: {
                    $0.index == reference.index + 1 && $0.end == reference.end
                        && $0.payload != reference.payload
                }),
                carry.named.contains(reference.payload)
                    || carry.found.topics.contains(where: {
                        $0.payload == reference.payload && $0.end <= reference.index
                    })
            else { continue }
            let topic = carry.found.topics[position]
            carry.found.topics[position] = PhraseTable<String>.Match(
                index: topic.index, length: topic.length, payload: reference.payload)
        }
        carry.named.formUnion(carry.found.topics.map(\.payload))
        var topics: [Topic] = carry.found.topics.map { ($0.index, $0.end, $0.payload, false) }
        // "an agreement to extend the truce": a container word is on the topic named right
        // after it, not a topic of its own; its parties may stand between ("an agreement
        // between Israel and Hamas for a temporary truce").
        let containers = lexicon.containers.matches(tokens)
        let namedTopics = topics
        // Containers with the parties after them, standing for the topic they hold.
        var heldWithParties: [Topic] = []
        topics.removeAll { topic in
            // The parties open as after any topic, or with "with" ("an agreement with Hamas on").
            let withParties =
                topic.end < tokens.count
                && (Self.parties.contains(tokens[topic.end].hash)
                    || tokens[topic.end].hash == Self.with)
            // The container ends the topic phrase ("a deal", "the agreement", "agreement").
            guard containers.contains(where: { $0.end == topic.end && $0.index >= topic.index }),
                let held = namedTopics.first(where: {
                    $0.topic != topic.topic && $0.index >= topic.end
                        && $0.index - topic.end <= (withParties ? 9 : 6)
                })
            else { return false }
            if withParties { heldWithParties.append((topic.index, topic.end, held.topic, false)) }
            return true
        }
        // "The truce would be carried out under the joint mediation of Qatar": a weak topic word
        // names its topic only where the sentence names no other topic.
        let weakWords = lexicon.weakTopics.matches(tokens)
        if !weakWords.isEmpty {
            func isWeak(_ topic: Topic) -> Bool {
                weakWords.contains { $0.index == topic.index && $0.end == topic.end }
            }
            let strong = Set(topics.filter { !isWeak($0) }.map(\.topic))
            topics.removeAll { isWeak($0) && !strong.isEmpty && !strong.contains($0.topic) }
        }
        // A container or weak topic word is no topic of its own for the review of the
        // sentence's stances either.
        if topics.count < namedTopics.count {
            carry.found.topics.removeAll { named in
                !topics.contains { $0.index == named.index && $0.end == named.end }
            }
        }
        // "a resolution calling for a truce": the topic a cue after a motion word takes is the
        // motion's ("parts of the text, including …" names none); "the Gaza ceasefire
        // resolution": so is a topic that qualifies the motion word.
        if let motion = lexicon.motions.firstMatch(tokens),
            let topic = topics.first(where: {
                $0.index >= motion.end && $0.index - motion.end <= 12
                    && lexicon.polarity.hasMatch(tokens, in: motion.end..<$0.index)
            }) ?? topics.last(where: { $0.end <= motion.index && motion.index - $0.end <= 1 })
        {
            carry.motion = topic.topic
        } else if let ballot = tokens.indices.first(where: {
            Self.ballotWords.contains(tokens[$0].hash)
        }),
            let topic = topics.first(where: { $0.index > ballot && $0.index - ballot <= 10 })
        {
            // "The assembly voted by a wide margin for an immediate ceasefire": what a body
            // votes for with no motion word is the motion later votes are on.
            carry.motion = topic.topic
        }
        noteAdopters(in: sentence, carry: &carry)
        let votes = lexicon.votes.matches(tokens)
        var creditTopic: String?
        if topics.isEmpty, let previous = carry.topic {
            let cues = lexicon.polarity.matches(tokens)
            if let motion = carry.motion, !votes.isEmpty {
                // "Four EU members voted no": the vote is on the last motion named, right after
                // the cue that holds the vote ("cast ballots in favour of it"); so is each vote of
                // a sentence that holds several ("France backed the text, while Austria voted no").
                for vote in votes {
                    let end = max(
                        vote.end,
                        cues.filter { $0.index < vote.end && vote.index < $0.end }.map(\.end).max()
                            ?? vote.end)
                    if topics.last?.end != end { topics.append((end, end, motion, true)) }
                }
            } else if let motion = carry.motion,
                let cue = cues.first(where: { cue in
                    lexicon.motions.hasMatch(tokens, in: cue.index..<cue.end)
                })
            {
                // "put the resolution forward": the motion inside a split cue is the one named
                // before; it stands just after the cue, which holds it.
                topics = [(cue.end, cue.end, motion, true)]
            } else if let motion = carry.motion,
                let word = lexicon.motions.firstMatch(tokens),
                lexicon.anaphora.matches(tokens).first.map({ $0.index > word.index }) ?? true
            {
                // "the non-binding resolution tabled by Jordan": a motion with no topic of its
                // own is the one named before.
                topics = [(word.index, word.end, motion, true)]
            } else if let pointer = lexicon.anaphora.firstMatch(tokens) {
                // "the resolution", "the text": the motion named before, when it is one.
                let motion =
                    !lexicon.motions.hasMatch(tokens, in: pointer.index..<pointer.end)
                    ? nil : carry.motion
                topics = [(pointer.index, pointer.end, motion ?? previous, true)]
            } else if let cue = cues.first(where: {
                $0.end < tokens.count && Self.objectPronouns.contains(tokens[$0.end].hash)
            }) {
                // "agreed to prolong it": a pronoun right after a cue is the topic named before.
                topics = [(cue.end, cue.end + 1, previous, true)]
            } else if let cue = cues.first(where: { cue in
                (cue.index..<cue.end).contains { Self.objectPronouns.contains(tokens[$0].hash) }
            }) {
                // "ruled it out": the pronoun inside a split particle verb is that topic too; it
                // stands just after the cue, which holds it.
                topics = [(cue.end, cue.end, previous, true)]
            }
            // "The army accepted that call, but the RSF turned it down": a pronoun a later cue
            // takes, right after it or inside it, points back to the same topic.
            if let first = topics.first, first.referred {
                for cue in cues where cue.index >= first.end {
                    let inside = (cue.index..<cue.end).contains {
                        Self.objectPronouns.contains(tokens[$0].hash)
                    }
                    let after =
                        cue.end < tokens.count && Self.objectPronouns.contains(tokens[cue.end].hash)
                    guard inside || after, topics.last.map({ $0.end <= cue.index }) ?? true
                    else { continue }
                    topics.append((cue.end, after ? cue.end + 1 : cue.end, first.topic, true))
                }
            }
        } else if !topics.isEmpty {
            // "the truce was due to end, but the two sides agreed to prolong it": a pronoun
            // right after a cue is the topic named before it in the sentence.
            for cue in lexicon.polarity.matches(tokens)
            where cue.end < tokens.count && Self.objectPronouns.contains(tokens[cue.end].hash) {
                guard let referent = topics.last(where: { $0.end <= cue.index }),
                    !topics.contains(where: { $0.index == cue.end })
                else { continue }
                topics.append((cue.end, cue.end + 1, referent.topic, true))
            }
            topics.sort { $0.index < $1.index }
        }
        carry.found.referred = topics.filter(\.referred).compactMap { topic in
            guard !tokens.isEmpty else { return nil }
            let index = min(topic.index, tokens.count - 1)
            return PhraseTable<String>.Match(
                index: index, length: max(1, topic.end - index), payload: topic.topic)
        }
        // "Hamas confirmed as much in a statement": a sentence that names no topic and points
        // back to none may still take a position on the topic named before; the review pairs
        // its actors with that topic, where its first polarity cue stands.
        if topics.isEmpty, carry.found.referred.isEmpty, let previous = carry.topic {
            if let cue = lexicon.polarity.firstMatch(tokens) {
                carry.found.carried = [
                    PhraseTable<String>.Match(
                        index: cue.index, length: cue.length, payload: previous)
                ]
            }
        }
        let actions = lexicon.actions.matches(tokens)
        let credits = lexicon.credits.matches(tokens)
        let creditNouns = lexicon.creditNouns.matches(tokens)
        // "expressed gratitude to Egypt and Qatar for their role": with no topic, the credit is
        // for the topic named before.
        if topics.isEmpty, !credits.isEmpty,
            tokens.contains(where: { Self.roles.contains($0.hash) })
        {
            creditTopic = carry.topic
        }
        if let vote = carry.countedVote, carry.sentence - vote.sentence <= 2,
            let listed = votersListed(in: sentence)
        {
            // "In all, 153 states voted for it. Among them were Russia, China and Brazil."
            if structure == nil { structure = SentenceStructure(sentence, lexicon: lexicon) }
            let attribution = deferred.resolve(sentence, structure: structure!, lexicon: lexicon)
            let claims = listed.holders.flatMap(members).map { actor in
                Claim(
                    kind: .stance, topic: vote.topic, actor: actor,
                    speaker: attribution.speaker(near: listed.index), polarity: vote.polarity,
                    conditions: nil, certainty: attribution.certainty,
                    asOf: DateResolver.asOf(sentence, near: listed.index, published: published),
                    quote: sentence.quote, start: sentence.range.lowerBound,
                    end: sentence.range.upperBound,
                    provenance: "stance:\(vote.topic):voters-listed")
            }
            carry.topic = vote.topic
            carry.holders = listed.holders
            carry.heldAt = carry.sentence
            return claims
        }
        guard !topics.isEmpty || !actions.isEmpty || creditTopic != nil else { return [] }
        // Who a pronoun subject stands for: the actor the last sentence naming one opened
        // with, unless the last holders were found later.
        var carried = carry.holders
        for index in carry.recent.indices.reversed() where carry.recent[index].number > carry.heldAt
        {
            if carry.recent[index].named == nil {
                let tokens = carry.recent[index].sentence.tokens
                let matches = names(in: carry.recent[index].sentence)
                carry.recent[index].named = .some(
                    matches.isEmpty
                        ? nil
                        : Self.subjectActor(matches, tokens).map {
                            coordinated(with: $0, among: matches, in: carry.recent[index].sentence)
                        } ?? [])
            }
            guard let named = carry.recent[index].named ?? nil else { continue }
            carried = named
            break
        }
        var claims: [Claim] = []
        // The next sentence refers back to the topic a stance was taken on, else the last one named.
        defer {
            carry.topic = claims.last?.topic ?? topics.last?.topic ?? carry.topic
            if let last = claims.last?.actor {
                carry.holders = claims.filter { $0.topic == claims.last?.topic }.compactMap(\.actor)
                if carry.holders.isEmpty { carry.holders = [last] }
                carry.heldAt = carry.sentence
            }
        }
        // "resumed fighting once the pause ended": a cue inside an action of another polarity
        // ("resumed") is the action's word, and the action alone says what it means.
        // "Voting no were the US and Israel, joined by eight other countries": a cue inside a
        // companion phrase only joins names to those before it.
        // "the deal to halt the fighting": a cue inside a phrase that names the fighting stopped
        // takes no position.
        let companionPhrases = lexicon.companions.matches(tokens)
        let notCues = lexicon.notCues.matches(tokens)
        var cues =
            (lexicon.polarity.matches(tokens) + splitCues(in: sentence)
            + directiveCues(in: sentence)).filter { cue in
                !actions.contains {
                    $0.index < cue.end && cue.index < $0.end && $0.payload.polarity != cue.payload
                } && !companionPhrases.contains { $0.index < cue.end && cue.index < $0.end }
                    && !notCues.contains { $0.index <= cue.index && cue.end <= $0.end }
            }
        // "the war must end": a topic phrase that says what must become of the fighting
        // demands it from its word of obligation on.
        for topic in topics where topic.end - topic.index > 2 {
            guard
                let obligation = lexicon.obligations.firstMatch(
                    tokens, in: (topic.index + 1)..<(topic.end - 1))
            else { continue }
            let cue = PhraseTable<Polarity>.Match(
                index: obligation.index, length: topic.end - obligation.index, payload: .demand)
            cues.insert(cue, at: cues.firstIndex { $0.index > cue.index } ?? cues.endIndex)
        }
        let requests = lexicon.requests.matches(tokens)
        let objections = lexicon.objections.matches(tokens)
        let joined = joinedRoles(in: sentence, topics: topics)
        guard
            !cues.isEmpty || !actions.isEmpty || !requests.isEmpty || !objections.isEmpty
                || !credits.isEmpty
                || !creditNouns.isEmpty
                || !joined.isEmpty || topics.contains(where: { hasNo(before: $0, tokens) })
        else { return [] }
        if structure == nil { structure = SentenceStructure(sentence, lexicon: lexicon) }
        let attribution = deferred.resolve(sentence, structure: structure!, lexicon: lexicon)
        let names = names(in: sentence)
        // "the Rapid Support Forces said …": a cue word inside an actor's name is the name's.
        cues.removeAll { Self.liesInName($0, names) }
        // "Hamas has not said whether it would accept the deal": a cue in a question still open
        // takes no position.
        cues.removeAll { Self.isAskedWhether($0, in: sentence) }
        // "turned down a U.S.-mediated ceasefire proposal": an ending joined by a hyphen to the
        // actor before it names that actor's part (`joinedRoles`), not the sentence's position.
        cues.removeAll { cue in
            sentence.isJoiningHyphen(cue.index - 1)
                && lexicon.joinedRoles[tokens[cue.index].hash] != nil
                && names.contains { $0.end == cue.index - 1 }
        }
        // "told both sides to return to the talks": a directive is a demand only when it tells
        // an actor named right after it to act.
        cues.removeAll { cue in
            isDirective(cue, tokens)
                && !addressesActor(cue, names: names, in: sentence, structure: structure)
        }
        carry.found.cues = cues
        let actors = acting(names, in: sentence)
        let negations = lexicon.negations.matches(tokens)
        // A phrase that sets no condition covers the condition word it opens with ("without
        // delay").
        let conditionMatches = lexicon.conditions.matches(tokens)
        let conditions = conditionMatches.filter { condition in
            condition.payload
                && !conditionMatches.contains {
                    !$0.payload && $0.index <= condition.index && condition.end <= $0.end
                }
        }
        carry.found.actors = names
        carry.found.negations = negations.map(\.index)
        carry.found.conditions = conditions.map(\.index)
        // "agreed to make it easier to deliver aid": a breaker that opens a cue running past it
        // breaks nothing.
        let breakerMatches = lexicon.breakers.matches(tokens)
        func opensCue(_ breaker: PhraseTable<Bool>.Match) -> Bool {
            cues.contains {
                $0.index > breaker.index && $0.index < breaker.end && $0.end > breaker.end
            }
        }
        let breakers = breakerMatches.filter { !opensCue($0) }
        let opening = breakerMatches.filter(opensCue)
        var seen: [String] = []
        /// Whether the key is new (and records it): a sentence holds few stances.
        func firstTime(_ key: String) -> Bool {
            if seen.contains(key) { return false }
            seen.append(key)
            return true
        }
        /// Appends a stance of each holder (a group name stands for its members).
        // "the draft put forward by the UAE", "a Brazilian-drafted resolution": the authors of a
        // motion demand what it calls for.
        let authored =
            lexicon.motions.hasMatch(tokens) ? lexicon.authorship.matches(tokens) : []
        // Where the cue of each claim `emit` appended stands.
        var cueOfClaim: [Int: Int] = [:]
        func emit(
            _ holders: [String], topic: String, polarity: Polarity, conditions: String?,
            cue: Int, provenance: String, perPolarity: Bool = false
        ) {
            let polarity =
                polarity == .support && authored.contains { $0.index <= cue && cue < $0.end }
                ? Polarity.demand : polarity
            let suffix = perPolarity ? "\u{1}" + polarity.rawValue : ""
            for actor in holders.flatMap(members)
            where firstTime(actor + "\u{1}" + topic + suffix) {
                cueOfClaim[claims.count] = cue
                claims.append(
                    Claim(
                        kind: .stance, topic: topic, actor: actor,
                        speaker: attribution.speaker(near: cue), polarity: polarity,
                        conditions: conditions, certainty: attribution.certainty,
                        asOf: DateResolver.asOf(sentence, near: cue, published: published),
                        quote: sentence.quote, start: sentence.range.lowerBound,
                        end: sentence.range.upperBound, provenance: provenance))
            }
        }
        // "will free no more hostages until Israel ends the war": a topic inside the clause a
        // condition opens after another topic or an action is what the position waits for, not
        // a position.
        let conditionClauses = clauseConditions(conditions, in: structure!, tokens) { condition in
            topics.contains { $0.end <= condition.index }
                || actions.contains { $0.end <= condition.index }
        }
        var previous: (topic: Topic, claim: Claim?)?
        for topic in topics {
            defer { previous = (topic, claims.last.flatMap { $0.topic == topic.topic ? $0 : nil }) }
            if conditionClauses.contains(where: { condition in
                condition.end <= topic.index
                    && !(condition.end..<topic.index).contains { sentence.isClauseBreak($0) }
            }) {
                continue
            }
            // "called for a ceasefire and more aid": a coordinated topic shares the stance before it.
            // "called for pauses to let humanitarian aid reach Gaza": what a stance is for is
            // asked for or backed with it.
            if let previous, let shared = previous.claim,
                coordinated(previous.topic, topic, sentence)
                    || (shared.polarity == .demand
                        && (demandedAlongside(previous.topic, topic, sentence)
                            || demandedInList(previous.topic, topic, sentence)))
                    || (shared.polarity != .oppose
                        && servesPurpose(
                            previous.topic, topic, sentence,
                            phraseBetween: shared.polarity == .demand))
            {
                for sharing in claims
                where sharing.topic == shared.topic && sharing.polarity == shared.polarity
                    && sharing.provenance == shared.provenance
                {
                    var copy = sharing
                    copy.topic = topic.topic
                    if firstTime((copy.actor ?? "") + "\u{1}" + topic.topic) { claims.append(copy) }
                }
                continue
            }
            let windowStart = max(
                previous?.topic.end ?? 0, breakers.last { $0.end <= topic.index }?.end ?? 0)
            // "agreed to extend the ceasefire", "willing to meet Burhan": a cue may end inside the
            // topic phrase it opens, on the phrase's first word.
            var before = cues.filter {
                $0.index >= windowStart
                    && ($0.end <= topic.index
                        || ($0.index < topic.index && $0.end == topic.index + 1
                            && $0.end < topic.end))
            }
            var nearest = before.last
            var passiveAgents: [String] = []
            // The actors of a relative clause about the topic that holds the cue.
            var relativeHolders: [String]?
            // "fuel would not be allowed", "a ceasefire was rejected by Israel": the topic is the
            // subject of a cue just after it; cues before it then count only within its clause.
            // "the fighting has to stop": the obligation that closes the topic phrase is such a
            // cue too.
            if let after = cues.first(where: {
                $0.index >= topic.end && $0.index - topic.end <= 4
                    || $0.index > topic.index && $0.end == topic.end && $0.length > 1
            }),
                after.index > topic.end
                    || (after.index == topic.end
                        && (topic.referred || isJudged(topic, in: sentence)))
                    || after.index < topic.end || agentBy(after: after, in: sentence) != nil,
                (topic.end..<max(topic.end, after.index)).allSatisfy({
                    Self.verbGlue.contains(tokens[$0].hash)
                        || ($0 == topic.end && Self.proposals.contains(tokens[$0].hash)
                            && isJudged(topic, in: sentence))
                        || (sentence.isPunctuation($0, UInt8(ascii: ",")) && $0 == topic.end
                            && after.end < tokens.count && tokens[after.end].hash == Self.by)
                })
            {
                if let by = agentBy(after: after, in: sentence),
                    let agent = actor(covering: by + 1, among: actors),
                    !negations.contains(where: {
                        $0.index >= topic.index - 6 && $0.index < topic.index
                    }),
                    !(max(0, topic.index - 6)..<topic.index).contains(where: {
                        tokens[$0].hash == Self.no
                    })
                {
                    // "a truce, brokered by Qatar and Egypt": the agents hold it; an actor that
                    // "agreed to" it before holds it too. "Fuel has not been allowed in by
                    // Israel": a negated passive is the opposite stance of its agent.
                    passiveAgents = coordinated(with: agent, among: actors, in: sentence)
                    let agentPolarity =
                        combined([after], negations: negations, after: topic.end, tokens: tokens)
                        ?? after.payload
                    emit(
                        passiveAgents, topic: topic.topic, polarity: agentPolarity, conditions: nil,
                        cue: after.index,
                        provenance:
                            "stance:\(topic.topic):passive:\(sentence.text(tokens: after.index..<after.end).lowercased())"
                    )
                    if nearest != nil { passiveAgents = [] } else { nearest = after }
                } else if agentBy(after: after, in: sentence) != nil {
                    // "a ceasefire brokered by the US": the agent after "by" holds the passive
                    // cue, never an actor before the topic.
                    if nearest == nil { continue }
                } else {
                    before = before.filter { cue in
                        !(cue.end..<max(cue.end, topic.index)).contains {
                            sentence.isClauseBreak($0)
                        }
                    }
                    nearest = after
                }
            } else if let verb = structure!.predicate(
                ofSubjectAt: topic.index, endingAt: topic.end, in: sentence),
                let after = cues.first(where: { verb.range.contains($0.index) })
            {
                // "a ceasefire in the war with Hamas will not happen": the topic is the subject
                // of a cue further on; cues before it then count only within its clause.
                if let by = agentBy(after: after, in: sentence),
                    let agent = actor(covering: by + 1, among: actors)
                {
                    // "Calls for a truce in the war with Hamas were rejected by Netanyahu": the
                    // agent of the passive holds it, negation and all.
                    emit(
                        coordinated(with: agent, among: actors, in: sentence), topic: topic.topic,
                        polarity: combined(
                            [after], negations: negations, after: topic.end, tokens: tokens)
                            ?? after.payload,
                        conditions: nil, cue: after.index,
                        provenance:
                            "stance:\(topic.topic):passive:\(sentence.text(tokens: after.index..<after.end).lowercased())"
                    )
                    continue
                }
                before = before.filter { cue in
                    !(cue.end..<max(cue.end, topic.index)).contains { sentence.isClauseBreak($0) }
                }
                nearest = after
            } else if nearest == nil,
                let relative = relativeClause(
                    after: topic, cues: cues, actors: actors, in: sentence)
            {
                // "the pause that Israel and Hamas agreed upon": the actors of a relative clause
                // about the topic hold its cue.
                relativeHolders = relative.holders
                nearest = relative.cue
            } else if nearest == nil || hasNo(before: topic, tokens),
                let no = noPosition(before: topic, tokens)
            {
                // "there would be no ceasefire until …", "no electricity, food or fuel":
                // "no" itself opposes.
                nearest = PhraseTable<Polarity>.Match(index: no, length: 1, payload: .oppose)
                before = []
            }
            if nearest != nil, relativeHolders == nil,
                let relative = relativeClause(
                    after: topic, cues: cues, actors: actors, in: sentence),
                relative.cue.index != nearest?.index,
                let polarity = combined(
                    [relative.cue], negations: negations, after: topic.end, tokens: tokens)
            {
                // "Burhan rejected the truce deal that Dagalo had signed": the relative clause's
                // actors hold its cue whatever the sentence's own verb says.
                emit(
                    relative.holders, topic: topic.topic, polarity: polarity, conditions: nil,
                    cue: relative.cue.index,
                    provenance:
                        "stance:\(topic.topic):relative:\(sentence.text(tokens: relative.cue.index..<relative.cue.end).lowercased())",
                    perPolarity: true)
            }
            guard let cue = nearest else { continue }
            // "Israel has been urged to let more aid in": the one a demand is put to holds none;
            // only an agent after "by" does.
            if cue.payload == .demand, cue.index >= 1,
                Self.beForms.contains(tokens[cue.index - 1].hash),
                sentence.endsWith(cue.index, "ed") || tokens[cue.index].hash == Self.told,
                !(cue.index...min(cue.end, tokens.count - 1)).contains(where: {
                    tokens[$0].hash == Self.by
                })
            {
                continue
            }
            let anchor = before.last.map { min($0.index, cue.index) } ?? min(cue.index, topic.index)
            guard
                let (acting, actorEnd) =
                    voters(after: cue, on: topic, votes: votes, actors: actors, in: sentence)
                    ?? relativeHolders.map({ ($0, cue.index) })
                    ?? adopters(of: cue, actors: actors, carry: &carry, in: sentence)
                    ?? before.lazy.compactMap({
                        passiveAgent(of: $0, actors: actors, in: sentence)
                    }).first
                    ?? passiveAgent(of: cue, actors: actors, in: sentence)
                    ?? holder(
                        before: anchor, cue: cue, actors: actors, passive: passiveAgents,
                        attribution: attribution, carried: carried, in: sentence,
                        structure: structure)
            else {
                // "153 states voted for the resolution": voters only counted may be listed next.
                if votes.contains(where: { $0.index <= cue.index && cue.index < $0.end }),
                    let polarity = combined(
                        [cue], negations: negations, after: windowStart, tokens: tokens)
                {
                    carry.countedVote = (topic.topic, polarity, carry.sentence)
                }
                continue
            }
            let chainStart = max(actorEnd, windowStart)
            var chain = before.filter { $0.index >= chainStart }
            if cue.index > topic.index || chain.isEmpty { chain.append(cue) }
            guard
                var polarity = combined(
                    chain, negations: negations, after: chainStart, tokens: tokens)
            else {
                continue
            }
            // "called for the hostages to be released, for the siege to be lifted and for
            // corridors to be opened": a "for" that repeats a demand's "for" in a list asks for
            // the topic it opens, whatever verb the topic's own words take.
            if polarity == .support, repeatsDemandFor(before: topic.index, cues: cues, in: sentence)
            {
                polarity = .demand
            }
            // "urged both sides to stop fighting and go back to the talks": a predicate joined
            // by "and" right after a demanded topic is asked for with it.
            if polarity == .support, let prior = previous, prior.claim?.polarity == .demand,
                let first = chain.first, first.index > prior.topic.end,
                first.index - prior.topic.end <= 3,
                let join = (prior.topic.end..<first.index).first(where: {
                    tokens[$0].hash == Self.andHash
                }),
                (prior.topic.end..<join).allSatisfy({
                    sentence.isPunctuation($0, UInt8(ascii: ","))
                }),
                !(join..<first.index).contains(where: { tokens[$0].kind == .punctuation })
            {
                polarity = .demand
            }
            // "Neither side was willing to negotiate": a holder opened by "neither" negates it.
            if let opener = (max(0, actorEnd - 8)..<actorEnd).last(where: {
                tokens[$0].hash == Self.neither
            }), !(opener..<actorEnd).contains(where: { tokens[$0].kind == .punctuation }) {
                polarity = polarity == .oppose ? .support : .oppose
            }
            // "no electricity, food or fuel would be allowed": a "no" before the topic negates it,
            // also after a cue that only announces it ("declared that no fuel will be permitted").
            if cue.index > topic.index, cue.payload != .oppose || tokens[cue.index].hash != Self.no,
                let no = (max(0, topic.index - 6)..<topic.index).last(where: {
                    tokens[$0].hash == Self.no
                }),
                chain.dropLast().allSatisfy({ $0.end <= no && $0.payload == .support })
            {
                polarity = polarity == .oppose ? .support : .oppose
            }
            // A condition is a clause ("until the hostages are freed"); "until Wednesday" is a date.
            // "… before it would take part in the talks": a condition may open the cue's clause.
            let found = clauseConditions(conditions, in: structure!, tokens) { condition in
                condition.index > cue.index || condition.index > topic.index
                    || condition.end > cue.index
            }
            if Self.makesConditional(polarity, found, tokens) { polarity = .conditional }
            // "would resume its offensive if Hamas broke the truce": a cue inside the clause a
            // condition opens states what might happen, no one's position.
            if isHypothetical(
                cue.index, conditions: conditions, in: sentence, structure: structure!)
            {
                continue
            }
            var holders = acting
            if polarity == .support || polarity == .demand,
                let speakers = demanders(
                    of: chain.first ?? cue, holders: holders, names: names, in: structure!, tokens)
            {
                // "France said Israel should allow fuel in": the speaker demands it.
                holders = speakers
                polarity = .demand
            }
            emit(
                holders, topic: topic.topic, polarity: polarity,
                conditions: found.isEmpty
                    ? nil
                    : found.map { conditionText(from: $0.index, in: sentence) }.joined(
                        separator: "; "),
                cue: cue.index,
                provenance:
                    "stance:\(topic.topic):\(topic.referred ? "refers-back:" : "")\(sentence.text(tokens: cue.index..<cue.end).lowercased())"
            )
            // "Israel rejected US calls for a pause", "the EU supported Guterres's appeal for a
            // pause": whoever takes a position on another's call takes it on what the call is
            // for; backing it is support, not a demand of one's own.
            if let (callers, outer) = answeredCall(
                cue: cue, chain: chain, before: before, actorEnd: actorEnd, actors: actors,
                in: sentence),
                let (answerers, answererEnd) = holder(
                    before: outer.index, cue: outer, actors: actors, passive: [],
                    attribution: attribution, carried: carried, in: sentence,
                    structure: structure),
                !answerers.contains(where: callers.contains),
                let answer = combined(
                    [outer, cue], negations: negations, after: answererEnd, tokens: tokens)
            {
                emit(
                    answerers, topic: topic.topic,
                    polarity: outer.payload == .support ? .support : answer, conditions: nil,
                    cue: outer.index,
                    provenance:
                        "stance:\(topic.topic):answers-call:\(sentence.text(tokens: outer.index..<outer.end).lowercased())"
                )
            }
        }
        // "food, water and fuel would all be kept out": a topic coordinated with the next one,
        // and given no stance of its own, shares the stance a cue after the two takes on it.
        for (first, second) in zip(topics, topics.dropFirst()).reversed()
        where !first.referred && !claims.contains(where: { $0.topic == first.topic })
            && coordinated(first, second, sentence)
            && (first.end..<second.index).contains(where: {
                Self.listJoiners.contains(sentence.tokens[$0].hash)
            })
        {
            for index in claims.indices
            where claims[index].topic == second.topic && (cueOfClaim[index] ?? 0) >= second.end {
                var copy = claims[index]
                copy.topic = first.topic
                guard firstTime((copy.actor ?? "") + "\u{1}" + first.topic) else { continue }
                cueOfClaim[claims.count] = cueOfClaim[index]
                claims.append(copy)
            }
        }
        // "resumed fighting": an action states a position by itself, for an actor the sentence
        // gives no other position.
        // "relaxed its sanctions to make it easier to get help": a position taken by a cue a
        // breaker opens after an action leaves the action its own.
        let claimsBeforeActions = claims.count
        func actorsHolding(before action: PhraseTable<Vocabulary.Action>.Match) -> Set<String> {
            let purpose = opening.first { $0.index >= action.end }?.index ?? tokens.count
            return Set(
                claims.indices.prefix(claimsBeforeActions).filter {
                    (cueOfClaim[$0] ?? 0) < purpose
                }.compactMap { claims[$0].actor })
        }
        // "the mediators then put the talks on hold": actions of opposite sides are both stated.
        for action in actions {
            let anchorCue = PhraseTable<Polarity>.Match(
                index: action.index, length: action.length, payload: action.payload.polarity)
            // An action needs its actor named: a reporter's source does not act; nor does anyone
            // named before a role that "from", "with", "of" or "for" opens ("rejected proposals
            // from the mediators").
            let inPhrase =
                action.index > 0 && Self.roleOpeners.contains(tokens[action.index - 1].hash)
                && !sentence.endsWith(action.index, "ing") && !sentence.endsWith(action.index, "ed")
            // "'We will press on with the war,' Netanyahu said": "we" or "I" in reported words
            // names the speaker as the one acting.
            var subject = action.index - 1
            while subject > 0, Auxiliaries.hashes.contains(tokens[subject].hash) { subject -= 1 }
            let spoken =
                subject >= 0
                && (tokens[subject].hash == Self.we || tokens[subject].hash == Self.firstPerson)
            guard !inPhrase,
                actors.contains(where: { $0.end <= action.index }) || !carried.isEmpty || spoken,
                var (holders, _) = holder(
                    before: action.index, cue: anchorCue, actors: actors, passive: [],
                    attribution: attribution, carried: carried, in: sentence,
                    structure: spoken ? structure : nil)
            else { continue }
            let holding = actorsHolding(before: action)
            if holders.flatMap(members).allSatisfy(holding.contains) { continue }
            if isHypothetical(
                action.index, conditions: conditions, in: sentence, structure: structure!)
            {
                continue
            }
            let negated = negations.contains {
                $0.end <= action.index && action.index - $0.end <= 2
            }
            var polarity = action.payload.polarity
            if negated { polarity = polarity == .oppose ? .support : .oppose }
            // "the RSF must send a delegation": an action after a word of obligation is demanded,
            // by the speaker when another reports it ("Guterres said the RSF must send …").
            if polarity == .support, isObliged(action.index, after: 0, tokens) {
                polarity = .demand
                if let speakers = demanders(
                    of: anchorCue, holders: holders, names: names, in: structure!, tokens)
                {
                    holders = speakers
                }
            }
            // "will not stop the war until Hamas is destroyed": a condition after an action
            // makes its support, or its open-ended opposition, conditional.
            let bound = clauseConditions(conditions, in: structure!, tokens) {
                $0.index > action.index
            }
            if Self.makesConditional(polarity, bound, tokens),
                negated || action.payload.polarity != .oppose
                    || !Self.continuesUntil(
                        bound, cue: action.index..<action.index + action.length, tokens)
            {
                polarity = .conditional
            }
            // "The truce, which Qatar and Egypt brokered": an action whose relative clause
            // describes a topic named right before it is on that topic.
            var actionTopic =
                polarity == .conditional
                ? action.payload.conditionalTopic ?? action.payload.topic : action.payload.topic
            // "a key mediator of the truce": an action that yields to a topic the sentence names,
            // when it names none of the action's own, is on the nearest of them.
            if !action.payload.yieldsTo.isEmpty,
                !topics.contains(where: { $0.topic == action.payload.topic }),
                let named = topics.filter({
                    !$0.referred && action.payload.yieldsTo.contains($0.topic)
                        && abs($0.index - action.index) <= 12
                }).min(by: {
                    abs($0.index - action.index) < abs($1.index - action.index)
                })
            {
                actionTopic = named.topic
            }
            if let named = topics.last(where: { $0.end <= action.index && !$0.referred }),
                (named.end..<action.index).allSatisfy({
                    standsInRelativeClause($0, actors: actors, in: sentence)
                }),
                (named.end..<action.index).contains(where: {
                    Self.relativeFillers.contains(tokens[$0].hash)
                })
            {
                actionTopic = named.topic
            }
            emit(
                holders, topic: actionTopic, polarity: polarity,
                conditions: polarity == .conditional
                    ? bound.map { conditionText(from: $0.index, in: sentence) }.joined(
                        separator: "; ") : nil,
                cue: action.index,
                provenance:
                    "stance:\(actionTopic):action:\(sentence.text(tokens: action.index..<action.end).lowercased())",
                perPolarity: true)
        }
        // "an agreement between Israel and Hamas": the parties to a topic support it.
        for topic in topics + heldWithParties where !topic.referred && topic.end + 1 < tokens.count
        {
            // "the fragile truce between Israel and Hamas held": a topic no cue takes a
            // position on is only reported; "called for a truce between Israel and Hamas" asks
            // for one the parties have not agreed.
            guard Self.parties.contains(tokens[topic.end].hash),
                let cue = cues.last(where: { $0.end <= topic.index }), cue.payload != .demand,
                let party = actors.first(where: {
                    $0.index > topic.end && $0.index - topic.end <= 2
                })
            else { continue }
            let named = coordinated(with: party, among: actors, in: sentence)
            guard named.count > 1 else { continue }
            emit(
                named, topic: topic.topic, polarity: .support, conditions: nil, cue: topic.index,
                provenance: "stance:\(topic.topic):parties")
        }
        // "at the request of Washington", "a US request": the requester demands the sentence's
        // topics; "in the face of opposition from Russia": the objector opposes them; "mediation
        // by Qatar", "commended Egypt for its role": the one credited supports them.
        let named = Set(
            claims.map(\.topic) + topics.map(\.topic) + (creditTopic.map { [$0] } ?? [])
        ).sorted()
        // A request may name its requester before it ("a US request"); an objection names its
        // objector after it ("despite objections from Damascus"), never the actor it is to.
        let asks =
            requests.map { ($0, Polarity.demand, "request", true) }
            + objections.map { ($0, Polarity.oppose, "objection", false) }
        for (ask, polarity, kind, namesBefore) in asks {
            // "At Washington's request, Israel opened": a mark ends the phrase.
            let asker =
                actors.first {
                    $0.index == ask.end
                        || ($0.index == ask.end + 1 && tokens[ask.end].kind != .punctuation)
                }
                ?? (namesBefore
                    ? actors.last { $0.end <= ask.index && ask.index - $0.end <= 2 } : nil)
            guard let asker else { continue }
            for topic in named {
                emit(
                    coordinated(with: asker, among: actors, in: sentence), topic: topic,
                    polarity: polarity, conditions: nil, cue: ask.index,
                    provenance: "stance:\(topic):\(kind)")
            }
        }
        for credit in credits {
            // "the mediators (Qatar, Egypt and the US)", "thanked the Qataris": a mark, an article
            // or a preposition may stand between; "the mediators urged both parties" credits no one.
            // "brokered by several mediators, among them Egypt and Qatar": a group the credit
            // names may stand between when a list of its members follows.
            func actor(at start: Int) -> PhraseTable<String>.Match? {
                actors.first(where: {
                    $0.index == start
                        || ($0.index == start + 1
                            && (tokens[start].kind == .punctuation
                                || lexicon.prepositions.contains(tokens[start].hash)
                                || lexicon.grammar.entries[tokens[start].hash]?.wordClass
                                    == .determiner))
                })
            }
            // "opposition factions backed by Türkiye": a credit right after an armed group names
            // the group's patron, no stance on the sentence's topics.
            if credit.index > 0, Self.patronedGroups.contains(tokens[credit.index - 1].hash) {
                continue
            }
            guard
                let credited = actor(at: credit.end)
                    ?? groupListed(after: credit.end, in: sentence).flatMap(actor(at:))
            else { continue }
            // "mediation by Qatar": a credit that names a topic itself is for that topic only.
            let own = topics.filter { $0.index < credit.end && credit.index < $0.end }.map(\.topic)
            for topic in own.isEmpty ? named : own {
                emit(
                    coordinated(with: credited, among: actors, in: sentence), topic: topic,
                    polarity: .support, conditions: nil, cue: credit.index,
                    provenance: "stance:\(topic):credit")
            }
        }
        // "Qatari mediation", "Egypt's efforts", "with Egyptian and US backing": the actor
        // named right before the noun, and those listed with it, support the sentence's topics.
        for noun in creditNouns {
            var end = noun.index
            if end > 0, tokens[end - 1].hash == Tokenizer.possessiveHash { end -= 1 }
            // "Qatar, the main go-between, announced", "with Qatar and Egypt acting as
            // mediators": the words that join an actor to its role may stand between.
            var linked = end
            while linked > 0, noun.index - linked < 6,
                lexicon.creditLinks.contains(tokens[linked - 1].hash),
                !names.contains(where: { $0.end == linked })
            {
                linked -= 1
            }
            guard
                let credited = names.last(where: { $0.end == end })
                    ?? (linked < end ? names.last(where: { $0.end == linked }) : nil)
            else { continue }
            // "agreed, through Qatari mediation, to prolong the truce": a noun that is itself a
            // topic word credits the other topics the sentence names, when it names one.
            let own = topics.filter { $0.index < noun.end && noun.index < $0.end }.map(\.topic)
            let others = named.filter { !own.contains($0) }
            let supporters = coordinated(with: credited, among: names, in: sentence)
                .flatMap(members)
            for topic in others.isEmpty ? named : others {
                // "with Qatar acting as a mediator": an action that read the role already holds.
                let holders = supporters.filter { actor in
                    !claims.contains { $0.actor == actor && $0.topic == topic }
                }
                emit(
                    holders, topic: topic,
                    polarity: .support, conditions: nil, cue: noun.index,
                    provenance: "stance:\(topic):credit")
            }
        }
        // "a Qatar-brokered truce", "the Russian-drafted resolution on a ceasefire".
        for role in joined {
            emit(
                role.actors, topic: role.topic, polarity: role.polarity, conditions: nil,
                cue: role.index, provenance: "stance:\(role.topic):joined")
        }
        // "Israel voted no, and so did Liberia and Guatemala", "Qatar, alongside Egypt, brokered
        // the truce": the actors a companion phrase names share the stances of those before it.
        for companion in companionPhrases {
            guard
                let first = names.first(where: {
                    $0.index >= companion.end && $0.index - companion.end <= 1
                })
            else { continue }
            let leading = Set(
                names.filter { $0.end <= companion.index }.flatMap { members($0.payload) })
            let sharing = coordinated(with: first, among: names, in: sentence).flatMap(members)
            for claim in claims where claim.actor.map(leading.contains) ?? false {
                for actor in sharing where firstTime(actor + "\u{1}" + claim.topic) {
                    var copy = claim
                    copy.actor = actor
                    copy.provenance = "stance:\(claim.topic):companion"
                    claims.append(copy)
                }
            }
        }
        // "agreed that aid can enter via two crossings": the route is what the actor takes a
        // position on; the stance on what travels it is that same position, not another.
        let routes = Set(
            topics.filter { topic in
                (max(0, topic.index - 3)..<topic.index).contains {
                    Self.routeWords.contains(tokens[$0].hash)
                }
            }.map(\.topic))
        if let route = topics.first(where: { routes.contains($0.topic) })?.topic {
            var kept: [Claim] = []
            for var claim in claims {
                if !routes.contains(claim.topic) {
                    let cue = claim.provenance.split(separator: ":", maxSplits: 2).last ?? ""
                    claim.provenance = "stance:\(route):route:\(cue)"
                    claim.topic = route
                }
                if !kept.contains(where: { $0.topic == claim.topic && $0.actor == claim.actor }) {
                    kept.append(claim)
                }
            }
            claims = kept
        }
        return mostSpecific(claims)
    }

    /// The actors joined by a hyphen to an ending of `joinedRoles` ("Qatar-brokered",
    /// "Egyptian-Qatari-mediated", "Russian-drafted") with a topic opening within three words
    /// after them: the supporters or demanders of that topic.
    private func joinedRoles(in sentence: Sentence, topics: [Topic])
        -> [(index: Int, actors: [String], topic: String, polarity: Polarity)]
    {
        var result: [(index: Int, actors: [String], topic: String, polarity: Polarity)] = []
        let bytes = sentence.bytes
        for (index, token) in sentence.tokens.enumerated() where token.kind == .word {
            // "a UAE-drafted resolution demanding a ceasefire": the topic may follow the motion.
            let reach =
                lexicon.motions.match(sentence.tokens, at: index + 1).map { $0.end - index + 3 }
                ?? 3
            guard
                let topic = topics.first(where: {
                    $0.index > index && $0.index - index <= reach
                })
            else { continue }
            // "a U.S.-led proposal": a name written with marks stands as its own tokens before
            // a hyphen joined to the ending.
            if sentence.isJoiningHyphen(index - 1),
                let polarity = lexicon.joinedRoles[token.hash],
                let actor = lexicon.actorMatches(sentence.tokens).last(where: {
                    $0.end == index - 1
                })
            {
                result.append((index, [actor.payload], topic.topic, polarity))
                continue
            }
            guard
                let hyphen = (token.start..<token.end).last(where: {
                    bytes[$0] == UInt8(ascii: "-")
                }),
                let polarity = lexicon.joinedRoles[
                    WordHash.hash(bytes, hyphen + 1, token.end)]
            else { continue }
            var actors: [String] = []
            var start = token.start
            for end in (token.start...hyphen) where end == hyphen || bytes[end] == UInt8(ascii: "-")
            {
                let part = Token(
                    start: start, end: end, hash: WordHash.hash(bytes, start, end), kind: .word,
                    isCapitalized: true)
                if let actor = lexicon.actors.match([part], at: 0)?.payload,
                    !actors.contains(actor)
                {
                    actors.append(actor)
                }
                start = end + 1
            }
            if !actors.isEmpty {
                result.append((index, actors, topic.topic, polarity))
            }
        }
        return result
    }

    /// The stances with each holder replaced by the speaker who reports them when the speaker is
    /// a part of the holder: "Israel will not accept a ceasefire, Netanyahu said" is Netanyahu's
    /// stance, the most specific actor's.
    private func mostSpecific(_ claims: [Claim]) -> [Claim] {
        guard
            claims.contains(where: { claim in
                claim.speaker.map { isPart($0, of: claim.actor) } ?? false
            })
        else { return claims }
        var result: [Claim] = []
        for var claim in claims {
            if let speaker = claim.speaker, isPart(speaker, of: claim.actor) {
                claim.actor = speaker
            }
            if !result.contains(where: {
                $0.actor == claim.actor && $0.topic == claim.topic
            }) {
                result.append(claim)
            }
        }
        return result
    }

    /// Whether an actor belongs to another, directly or through its parents.
    private func isPart(_ actor: String, of holder: String?) -> Bool {
        guard let holder else { return false }
        return lexicon.hierarchy.lineage(of: actor).dropFirst().contains(holder)
    }

    /// The stance topics a sentence names, words that only look like one ("truce talks" is no
    /// truce) left out.
    func namedTopics(in tokens: [Token]) -> [PhraseTable<String>.Match] {
        let excluded = lexicon.notTopics.matches(tokens)
        return lexicon.stanceTopics.matches(tokens).filter { topic in
            !excluded.contains { $0.index < topic.end && topic.index < $0.end }
        }
    }

    /// The voters a vote cue lists after it ("153 countries in favour, Japan and France among
    /// them", "voted no, including Israel", "voted against the truce resolution, Israel
    /// included"), and where the cue starts.
    private func voters(
        after cue: PhraseTable<Polarity>.Match, on topic: Topic,
        votes: [PhraseTable<Bool>.Match], actors: [PhraseTable<String>.Match], in sentence: Sentence
    ) -> ([String], Int)? {
        let tokens = sentence.tokens
        // The topic voted on may stand between the vote and its voters.
        let topicWords = topic.index >= cue.end ? topic.index..<topic.end : 0..<0
        guard votes.contains(where: { $0.index <= cue.index && cue.index < $0.end }),
            let first = actors.first(where: { $0.index >= cue.end }),
            first.index - cue.end <= 5 + topicWords.count,
            (cue.end..<first.index).allSatisfy({
                topicWords.contains($0)
                    || sentence.isPunctuation($0, UInt8(ascii: ","))
                    || sentence.isPunctuation($0, UInt8(ascii: ":"))
                    || Self.voterIntroducers.contains(tokens[$0].hash)
                    || Self.voteObjects.contains(tokens[$0].hash)
                    || Self.voteDays.contains(tokens[$0].hash)
                    // "were joined in voting no by eight other countries: Paraguay, …"
                    || Self.voterCounts.contains(tokens[$0].hash)
                    || Self.countWords.contains(tokens[$0].hash) || tokens[$0].kind == .number
            })
        else { return nil }
        let voteStart =
            votes.first { $0.index <= cue.index && cue.index < $0.end }?.index ?? cue.index
        let listed = coordinated(with: first, among: actors, in: sentence)
        let joined = joinedInVote(at: voteStart, actors: actors, in: sentence)
        let named = joined.filter { !listed.contains($0) } + listed
        let last = actors.last { named.contains($0.payload) && $0.index >= first.index } ?? first
        // "voted for the text: France, China and Russia …": a colon introduces the voters too.
        let introduced = (cue.end..<first.index).contains {
            Self.voterIntroducers.contains(tokens[$0].hash)
                || sentence.isPunctuation($0, UInt8(ascii: ":")) || tokens[$0].hash == Self.by
        }
        let closed =
            last.end < tokens.count && Self.listClosers.contains(tokens[last.end].hash)
        guard introduced || closed else { return nil }
        return (named, cue.index)
    }
    /// Whether the topic starting at `index` is opened by a "for" that a list repeats from the
    /// "for" of a demand cue before it (", for the siege of Gaza to be lifted and for …").
    private func repeatsDemandFor(
        before index: Int, cues: [PhraseTable<Polarity>.Match], in sentence: Sentence
    ) -> Bool {
        let tokens = sentence.tokens
        var opener = index - 1
        while opener > 0, Self.subjectOpeners.contains(tokens[opener].hash) { opener -= 1 }
        guard opener > 0, tokens[opener].hash == Self.forHash,
            Self.listJoiners.contains(tokens[opener - 1].hash)
        else { return false }
        // The demand's own "for" may end the cue or follow it ("pressed at the UN for …").
        return cues.contains { cue in
            cue.payload == .demand && cue.end <= opener - 1
                && (cue.end - 1..<opener - 1).contains { tokens[$0].hash == Self.forHash }
        }
    }

    /// The actors a vote starting at `voteStart` says others joined in it: the objects of
    /// "joined" ("Eight countries joined the United States and Israel in voting no") or the
    /// subject of "were joined" ("Washington and Israel were joined in voting no by …").
    private func joinedInVote(
        at voteStart: Int, actors: [PhraseTable<String>.Match], in sentence: Sentence
    ) -> [String] {
        let tokens = sentence.tokens
        guard voteStart >= 3, tokens[voteStart - 1].hash == Self.in else { return [] }
        if Self.joiningVerbs.contains(tokens[voteStart - 2].hash), voteStart >= 4,
            Self.beForms.contains(tokens[voteStart - 3].hash)
        {
            return actors.last { $0.end == voteStart - 3 }.map {
                coordinated(with: $0, among: actors, in: sentence)
            } ?? []
        }
        guard let last = actors.last(where: { $0.end == voteStart - 1 }) else { return [] }
        let joined = coordinated(with: last, among: actors, in: sentence)
        let firstJoined = actors.first { joined.contains($0.payload) } ?? last
        var before = firstJoined.index - 1
        if before > 0, tokens[before].hash == Self.theHash { before -= 1 }
        return before >= 0 && Self.joiningVerbs.contains(tokens[before].hash) ? joined : []
    }

    /// The actors who make a call and the cue just before them that answers it, when a demand
    /// cue's holders stand right between the two ("rejected US calls for", "welcomed Qatar's
    /// call for"). Nil when the demand is no call another cue takes up.
    private func answeredCall(
        cue: PhraseTable<Polarity>.Match, chain: [PhraseTable<Polarity>.Match],
        before: [PhraseTable<Polarity>.Match], actorEnd: Int,
        actors: [PhraseTable<String>.Match], in sentence: Sentence
    ) -> ([String], PhraseTable<Polarity>.Match)? {
        let tokens = sentence.tokens
        guard cue.payload == .demand, chain.count == 1,
            let caller = actors.last(where: { $0.end == actorEnd }),
            caller.end == cue.index
                || (caller.end + 1 == cue.index
                    && tokens[caller.end].hash == Tokenizer.possessiveHash),
            let outer = before.last(where: { $0.end <= caller.index }),
            outer.payload != .demand,
            (outer.end..<caller.index).allSatisfy({ tokens[$0].hash == Self.theHash })
        else { return nil }
        return ([caller.payload], outer)
    }

    /// The agent a passive cue names right after it, who holds the cue rather than its subject:
    /// "Israel had been asked by Syria for help", "the sides were urged by Qatar to extend the
    /// truce". Nil when the cue is no passive or names no actor after "by".
    private func passiveAgent(
        of cue: PhraseTable<Polarity>.Match, actors: [PhraseTable<String>.Match],
        in sentence: Sentence
    ) -> ([String], Int)? {
        let tokens = sentence.tokens
        guard cue.index >= 1, Self.beForms.contains(tokens[cue.index - 1].hash),
            cue.end + 1 < tokens.count, tokens[cue.end].hash == Self.by
        else { return nil }
        var name = cue.end + 1
        while name < tokens.count, Self.nameModifiers.contains(tokens[name].hash) { name += 1 }
        guard let agent = actor(covering: name, among: actors) else { return nil }
        return (coordinated(with: agent, among: actors, in: sentence), cue.index)
    }

    /// Whether a verb of judging stands right before the topic's phrase, past its determiners and
    /// modifiers ("branded this newest truce plan unacceptable").
    private func isJudged(_ topic: Topic, in sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        var index = topic.index - 1
        while index >= 0, topic.index - index <= 4, !sentence.isClauseBreak(index) {
            if Self.judgingVerbs.contains(tokens[index].hash) { return true }
            let wordClass = lexicon.grammar.entries[tokens[index].hash]?.wordClass
            guard
                wordClass == .determiner || wordClass == .adjective
                    || Self.verdictModifiers.contains(tokens[index].hash)
            else { return false }
            index -= 1
        }
        return false
    }

    /// The actor whose name holds a word: an agent found past "the" may be named with it ("by
    /// the US", where "the US" is the name).
    private func actor(
        covering index: Int, among actors: [PhraseTable<String>.Match]
    ) -> PhraseTable<String>.Match? {
        actors.first { $0.index <= index && index < $0.end }
    }

    /// Verbs whose agent after "by" takes up a motion as its own ("a resolution calling for a
    /// truce was adopted by the General Assembly").
    private static let adoptions: WordTable<Bool> = WordTable(
        set: ["adopted", "passed", "approved", "endorsed"].map { WordHash.hash($0) })

    /// The actors who demand what a cue says another should do: "France said Israel should allow
    /// fuel in" makes France, the speaker, demand fuel; nil unless a word of obligation (the
    /// vocabulary's `obligations`) stands just before the cue in speech an actor other than its
    /// holders reports.
    private func demanders(
        of cue: PhraseTable<Polarity>.Match, holders: [String],
        names: [PhraseTable<String>.Match], in structure: SentenceStructure, _ tokens: [Token]
    ) -> [String]? {
        guard isObliged(cue.index, after: 0, tokens),
            let frame = structure.frame(reporting: cue.index)
        else { return nil }
        let speakers = names.filter { frame.speaker.contains($0.index) }.map(\.payload)
        guard !speakers.isEmpty, !speakers.contains(where: holders.contains) else { return nil }
        return speakers
    }

    /// Whether a word of obligation (the vocabulary's `obligations`) stands within four words
    /// before the cue at `index`, after `start`: "must allow", "has to be let through". An
    /// inverted "should the truce be extended" opens a condition, not an obligation.
    private func isObliged(_ index: Int, after start: Int, _ tokens: [Token]) -> Bool {
        let window = min(max(0, start, index - 4), index)..<index
        guard let obligation = lexicon.obligations.firstMatch(tokens, in: window) else {
            return false
        }
        return lexicon.conditions.match(tokens, at: obligation.index)?.payload != true
    }

    /// Remembers the body a sentence says adopted a motion, whether it names the body first ("The
    /// Security Council on Wednesday adopted a resolution") or after "by" ("a text … has been
    /// adopted by the UN Security Council"): a motion that demands something later speaks for it.
    private func noteAdopters(in sentence: Sentence, carry: inout Carry) {
        let tokens = sentence.tokens
        guard tokens.contains(where: { Self.adoptions.contains($0.hash) }),
            let motion = lexicon.motions.firstMatch(tokens)
        else { return }
        let actors = names(in: sentence)
        for index in tokens.indices where Self.adoptions.contains(tokens[index].hash) {
            if index + 2 < tokens.count, tokens[index + 1].hash == Self.by {
                var name = index + 2
                while name < tokens.count, Self.nameModifiers.contains(tokens[name].hash) {
                    name += 1
                }
                if let agent = actor(covering: name, among: actors) {
                    carry.adopters = coordinated(with: agent, among: actors, in: sentence)
                    return
                }
            }
            // The body adopting what follows within a few words: "adopted a resolution".
            guard motion.index > index, motion.index - index <= 4,
                let agent = actors.last(where: { $0.end <= index && index - $0.end <= 4 }),
                !(agent.end..<index).contains(where: {
                    sentence.isPunctuation($0, UInt8(ascii: ","))
                        || lexicon.prepositions.contains(tokens[$0].hash)
                            && tokens[$0].hash != Self.on
                })
            else { continue }
            carry.adopters = coordinated(with: agent, among: actors, in: sentence)
            return
        }
    }

    /// The holders of a motion's cue ("A resolution calling for a truce was adopted by the
    /// Assembly", "The text also demands …"): the body that adopted it, in this sentence or the
    /// last one naming one. Nil when the cue's subject is not a motion or an actor acts before it.
    private func adopters(
        of cue: PhraseTable<Polarity>.Match, actors: [PhraseTable<String>.Match],
        carry: inout Carry, in sentence: Sentence
    ) -> ([String], Int)? {
        let tokens = sentence.tokens
        guard cue.payload == .demand,
            let motion = lexicon.motions.matches(tokens).last(where: {
                $0.end <= cue.index && cue.index - $0.end <= 3
            }),
            !actors.contains(where: { $0.end <= cue.index && $0.index >= motion.index - 4 })
        else { return nil }
        for index in cue.end..<max(cue.end, tokens.count - 2)
        where Self.adoptions.contains(tokens[index].hash) && tokens[index + 1].hash == Self.by {
            var name = index + 2
            while name < tokens.count, Self.nameModifiers.contains(tokens[name].hash) {
                name += 1
            }
            if let agent = actors.first(where: { $0.index <= name && name < $0.end }) {
                carry.adopters = coordinated(with: agent, among: actors, in: sentence)
                return (carry.adopters, cue.index)
            }
        }
        // A body remembered from before speaks only where the sentence names no one else first
        // ("the US used its veto to stop a resolution that called for …" is no body's demand).
        guard !carry.adopters.isEmpty, !actors.contains(where: { $0.end <= cue.index }) else {
            return nil
        }
        return (carry.adopters, cue.index)
    }

    /// The conditions placed where `placed` says that open a clause ("until the hostages are
    /// freed", "without the hostages' release"); "until Wednesday" only names a time.
    private func clauseConditions(
        _ conditions: [PhraseTable<Bool>.Match], in structure: SentenceStructure, _ tokens: [Token],
        where placed: (PhraseTable<Bool>.Match) -> Bool
    ) -> [PhraseTable<Bool>.Match] {
        conditions.filter { condition in
            placed(condition)
                && (structure.verbGroups.contains {
                    $0.range.lowerBound >= condition.end
                        && $0.range.lowerBound - condition.end <= 6
                } || Self.verblessConditions.contains(tokens[condition.index].hash))
                && !Self.namesATime(after: condition, tokens)
        }
    }

    /// Whether a cue stands in the clause a condition opens before it, with no comma between
    /// ("would resume its offensive if Hamas broke the truce"): what might happen, no one's
    /// position.
    private func isHypothetical(
        _ index: Int, conditions: [PhraseTable<Bool>.Match], in sentence: Sentence,
        structure: SentenceStructure
    ) -> Bool {
        guard let clause = structure.clause(at: index) else { return false }
        return conditions.contains { condition in
            condition.index < index && clause.range.contains(condition.index)
                && Self.hypotheticals.contains(sentence.tokens[condition.index].hash)
                && !(condition.end..<index).contains {
                    sentence.isPunctuation($0, UInt8(ascii: ","))
                }
        }
    }
    /// Whether conditions turn a position conditional: support on a condition, or opposition
    /// bound by an open-ended one ("no fuel until …").
    private static func makesConditional(
        _ polarity: Polarity, _ conditions: [PhraseTable<Bool>.Match], _ tokens: [Token]
    ) -> Bool {
        guard !conditions.isEmpty else { return false }
        return polarity == .support
            || (polarity == .oppose
                && conditions.contains { openEnded.contains(tokens[$0.index].hash) })
    }

    /// Whether opposition its cue states in positive words goes on "until" a goal is met ("will
    /// keep fighting until Hamas is destroyed"): a war aim, not a condition; "will not stop the
    /// war until …" sets one.
    private static func continuesUntil(
        _ conditions: [PhraseTable<Bool>.Match], cue: Range<Int>, _ tokens: [Token]
    ) -> Bool {
        conditions.allSatisfy { $0.length == 1 && tokens[$0.index].hash == until }
            && !cue.contains { negators.contains(tokens[$0].hash) }
    }
    private static let until = WordHash.hash("until")
    private static let against = WordHash.hash("against")
    private static let negators: WordTable<Bool> = WordTable(
        set: ["not", "no", "never", "won't", "n't", "cannot"].map { WordHash.hash($0) })

    /// Whether a one-word condition such as "until" only names a time ("until Wednesday",
    /// "until 7 a.m.", "until midnight"), which bounds the stance without a condition.
    private static func namesATime(
        after condition: PhraseTable<Bool>.Match, _ tokens: [Token]
    ) -> Bool {
        guard condition.length == 1, condition.end < tokens.count else { return false }
        // "until the end of the month", "until the weekend"; "until the 240 hostages are
        // freed" counts people, no time.
        if tokens[condition.end].hash == theHash, condition.end + 1 < tokens.count {
            return timeWords.contains(tokens[condition.end + 1].hash)
        }
        let next = tokens[condition.end]
        return next.kind == .number || timeWords.contains(next.hash)
    }
    private static let timeWords: WordTable<Bool> = WordTable(
        set: [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "midnight", "dawn", "noon",
            "tomorrow", "tonight", "today", "next", "later", "then", "now", "end", "further",
            "weekend", "week", "month", "year", "morning", "afternoon", "evening", "night", "early",
            "late", "mid", "last", "beginning", "start",
        ].map { WordHash.hash($0) })

    /// Nouns that say what a credited actor did ("for the crucial role they played").
    private static let roles: WordTable<Bool> = WordTable(
        set: ["role", "roles", "efforts", "leadership", "partnership"].map { WordHash.hash($0) })
    /// Words after a vote that introduce its voters ("voted no, including Israel", "voted no,
    /// among them Israel", "those voting against it were Nauru and Liberia").
    private static let voterIntroducers: WordTable<Bool> = WordTable(
        set: [
            "including", "included", "include", "includes", "were", "are", "among", "amongst",
        ].map { WordHash.hash($0) })
    /// What a vote is cast on, standing between the vote and its voters ("voted against it were").
    private static let voteObjects: WordTable<Bool> = WordTable(
        set: ["it", "them", "the", "text", "resolution", "draft", "measure", "motion"].map {
            WordHash.hash($0)
        })
    /// When a vote was cast, standing between the vote and its voters ("voting against the
    /// resolution on Tuesday were Israel and the US").
    private static let voteDays: WordTable<Bool> = WordTable(
        set: [
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today",
        ].map { WordHash.hash($0) })
    /// Words with the counts that introduce a vote's voters ("by eight other countries").
    private static let voterCounts: WordTable<Bool> = WordTable(
        set: ["by", "other", "more", "countries", "states", "nations", "members"].map {
            WordHash.hash($0)
        })
    private static let joiningVerbs: WordTable<Bool> = WordTable(
        set: ["joined", "joining", "joins", "join"].map { WordHash.hash($0) })
    private static let listClosers: WordTable<Bool> = WordTable(
        set: ["among", "included", "amongst"].map { WordHash.hash($0) })

    private static let routeWords: WordTable<Bool> = WordTable(
        set: ["via", "through"].map { WordHash.hash($0) })

    /// Where the actor named from `start` begins: at `start` itself ("the two sides") or past
    /// the modifiers before a name ("the warring Rapid Support Forces"). Nil when no actor is
    /// named there.
    private func agentName(from start: Int, in tokens: [Token]) -> Int? {
        var name = start
        while name < tokens.count {
            if lexicon.actors.match(tokens, at: name) != nil { return name }
            guard Self.nameModifiers.contains(tokens[name].hash) else { return nil }
            name += 1
        }
        return nil
    }

    /// The "by" that names the agent of a passive cue: right after it, or after a short
    /// complement in the same clause ("barred from entering Gaza by the army"), or the cue's own
    /// last word when it ends in "by", "between" or "among" ("the truce reached between Israel and
    /// Hamas").
    private func agentBy(after cue: PhraseTable<Polarity>.Match, in sentence: Sentence) -> Int? {
        let tokens = sentence.tokens
        if cue.end - cue.index > 1, Self.agentWords.contains(tokens[cue.end - 1].hash) {
            return agentName(from: cue.end, in: tokens).map { $0 - 1 }
        }
        var index = cue.end
        while index < min(tokens.count - 1, cue.end + 6) {
            if sentence.isClauseBreak(index) { return nil }
            if tokens[index].hash == Self.by {
                return agentName(from: index + 1, in: tokens).map { $0 - 1 }
            }
            index += 1
        }
        return nil
    }

    /// Actor names in the sentence that can act: adjacent names of one actor joined, names that
    /// only qualify another noun ("Israel's bombardment", "a Security Council resolution") dropped.
    /// The actor a sentence opens with, as its subject ("UN chief Antonio Guterres said …",
    /// "On Monday, the army said …"): a pronoun in the next sentence most likely means it. None
    /// when the first actor follows a lower-case word ("Al-Thawabteh accused Israel of …": he
    /// is someone else).
    private static func subjectActor(_ matches: [PhraseTable<String>.Match], _ tokens: [Token])
        -> PhraseTable<String>.Match?
    {
        guard let first = matches.first else { return nil }
        let before = first.index - 1
        guard before >= 0 else { return first }
        let token = tokens[before]
        if token.kind == .punctuation || token.isCapitalized
            || Self.subjectOpeners.contains(token.hash)
        {
            return first
        }
        return nil
    }
    /// Possessive pronouns, true for those that stand for one owner ("its", "his", "her").
    private static let possessivePronouns: WordTable<Bool> = WordTable(
        ["its", "his", "her"].map { (WordHash.hash($0), true) }
            + ["their"].map { (WordHash.hash($0), false) })
    /// Pronouns that stand for one actor: of a list the text named, the first.
    private static let singularPronouns: WordTable<Bool> = WordTable(
        set: ["he", "she", "it"].map { WordHash.hash($0) })
    /// Verbs a purpose clause opens with: "to let aid reach Gaza", "to ensure access".
    private static let purposeVerbs: WordTable<Bool> = WordTable(
        set: [
            "let", "allow", "enable", "ensure", "get", "help", "facilitate", "speed", "boost",
            "increase", "ease", "permit", "bring", "deliver", "secure", "restore", "provide",
        ].map { WordHash.hash($0) })
    /// Words that may stand between a purpose clause's opening and its topic.
    private static let purposeFillers: WordTable<Bool> = WordTable(
        set: [
            "more", "the", "up", "in", "that", "desperately", "much", "badly", "urgently",
            "emergency",
            "vital", "essential", "life-saving", "lifesaving", "critical", "needed", "sufficient",
            "enough", "all", "flow", "of", "delivery", "deliveries", "entry", "passage",
        ].map { WordHash.hash($0) })
    /// Whether a second topic is asked for in the same breath as the first: "called for a
    /// ceasefire and the urgent delivery of humanitarian aid", "urged a truce and to let aid
    /// reach civilians", "a resolution calling for a pause and for more aid".
    private func demandedAlongside(_ first: Topic, _ second: Topic, _ sentence: Sentence) -> Bool {
        guard first.end < second.index, second.index - first.end <= 8 else { return false }
        let tokens = sentence.tokens
        var index = first.end
        if sentence.isPunctuation(index, UInt8(ascii: ",")) { index += 1 }
        guard index < second.index, tokens[index].hash == Self.andHash else { return false }
        index += 1
        if index < second.index, tokens[index].hash == Self.forHash { index += 1 }
        if index + 1 < second.index, tokens[index].hash == Self.to,
            Self.purposeVerbs.contains(tokens[index + 1].hash)
        {
            index += 2
        }
        return (index..<second.index).allSatisfy {
            Self.purposeFillers.contains(tokens[$0].hash)
                || Self.demandQualifiers.contains(tokens[$0].hash)
        }
    }

    /// Whether a demanded topic's list goes on to the second topic past items that are no topic:
    /// "called for an immediate ceasefire, protection for civilians and the entry of humanitarian
    /// aid". The items between are short, set apart by commas, the last joined by "and", and hold
    /// no verb, number or cue of their own.
    private func demandedInList(_ first: Topic, _ second: Topic, _ sentence: Sentence) -> Bool {
        guard first.end < second.index, second.index - first.end <= 16,
            sentence.isPunctuation(first.end, UInt8(ascii: ","))
        else { return false }
        let tokens = sentence.tokens
        var last = second.index - 1
        while last > first.end,
            Self.demandQualifiers.contains(tokens[last].hash)
                || Self.purposeFillers.contains(tokens[last].hash)
                || tokens[last].hash == Self.forHash
        {
            last -= 1
        }
        guard last > first.end + 1, tokens[last].hash == Self.andHash else { return false }
        var itemLength = 0
        for index in (first.end + 1)..<last {
            if sentence.isPunctuation(index, UInt8(ascii: ",")) {
                guard itemLength > 0 else { return false }
                itemLength = 0
                continue
            }
            if sentence.isClauseBreak(index) || tokens[index].kind == .number
                || lexicon.grammar.entries[tokens[index].hash]?.isVerb == true
                || lexicon.polarity.match(tokens, at: index) != nil
            {
                return false
            }
            itemLength += 1
            if itemLength > 5 { return false }
        }
        return itemLength > 0
    }

    /// Words describing how a demanded thing should come ("the urgent, unhindered delivery").
    private static let demandQualifiers: WordTable<Bool> = WordTable(
        set: [
            "a", "an", "urgent", "immediate", "unhindered", "unimpeded", "safe", "rapid",
            "sustained", "increased", "full", "humanitarian", "greater", "unrestricted",
        ].map { WordHash.hash($0) })

    /// Prepositions that open a short phrase closing a topic's phrase ("a truce in Sudan",
    /// "a pause of three days").
    private static let phraseClosers: WordTable<Bool> = WordTable(
        set: ["in", "of", "across", "for", "on", "throughout"].map { WordHash.hash($0) })
    /// Words that open a purpose clause.
    private static let purposeOpeners: WordTable<Bool> = WordTable(
        set: ["to", "so"].map { WordHash.hash($0) })
    private static let so = WordHash.hash("so")
    private static let `in` = WordHash.hash("in")
    private static let order = WordHash.hash("order")

    /// Cues of a verb and its particle with a short phrase between them: "called in a
    /// statement for a ceasefire", "appealed again for a truce". The verb and its particle
    /// together must be a cue; the words between hold no verb, conjunction or clause break.
    private func splitCues(in sentence: Sentence) -> [PhraseTable<Polarity>.Match] {
        let tokens = sentence.tokens
        var found: [PhraseTable<Polarity>.Match] = []
        for first in tokens.indices where Self.splitCueVerbs.contains(tokens[first].hash) {
            // "called on Monday for" written out as one cue is read as that cue.
            if let whole = lexicon.polarity.match(tokens, at: first), whole.length > 1 { continue }
            var second = first + 2
            while second < min(tokens.count, first + 6) {
                let between = tokens[second - 1]
                guard between.kind == .word || sentence.isPunctuation(second - 1, UInt8(ascii: ","))
                else { break }
                if Self.splitCueStoppers.contains(between.hash) { break }
                if tokens[second].hash == Self.forHash {
                    if let polarity = lexicon.polarity.pair(tokens[first], tokens[second]) {
                        found.append(
                            .init(index: first, length: second + 1 - first, payload: polarity))
                    }
                    break
                }
                second += 1
            }
        }
        return found
    }
    /// Verbs whose particle a short phrase may split from them.
    private static let splitCueVerbs: WordTable<Bool> = WordTable(
        set: [
            "called", "calls", "calling", "appealed", "appeals", "appealing", "pressed",
            "presses", "pressing", "pushed", "pushes", "pushing", "pleaded", "pleads", "asked",
            "asks", "asking",
        ].map { WordHash.hash($0) })
    /// Words that end the phrase between a verb and its particle.
    private static let splitCueStoppers: WordTable<Bool> = WordTable(
        set: [
            "and", "but", "or", "to", "that", "who", "which", "for", "said", "says", "themselves",
            "itself", "himself", "herself", "them", "it", "him", "her",
        ].map { WordHash.hash($0) })
    private static let forHash = WordHash.hash("for")

    /// Whether `second` is named in a purpose clause of `first`: "pauses to let humanitarian
    /// aid reach the enclave", "a truce so that more aid can get in", "in order to allow aid",
    /// "a truce of three months in Sudan, so that emergency aid could reach every area".
    ///
    /// A place may close the first phrase ("pauses in Gaza to let …"); with `phraseBetween`
    /// (a demand: what is asked for is asked for with its purpose) any short phrase of place or
    /// time may, and a comma may end it.
    private func servesPurpose(
        _ first: Topic, _ second: Topic, _ sentence: Sentence, phraseBetween: Bool
    ) -> Bool {
        guard first.end < second.index, second.index - first.end <= 14 else { return false }
        let tokens = sentence.tokens
        var index = first.end
        // 'calling for "extended humanitarian pauses" so that aid can get in': the quotation
        // mark closing the first topic.
        if Self.closingQuotes.contains(tokens[index].hash) { index += 1 }
        if !phraseBetween {
            if tokens[index].hash == Self.`in`, index + 2 < second.index,
                tokens[index + 1].isCapitalized
            {
                index += 2
            }
        } else if Self.phraseClosers.contains(tokens[index].hash) {
            var end = index + 1
            while end < second.index, end - index <= 6, tokens[end].kind != .punctuation,
                !Self.purposeOpeners.contains(tokens[end].hash),
                !Self.listJoiners.contains(tokens[end].hash)
            {
                end += 1
            }
            index = end
        }
        if phraseBetween, index < second.index, sentence.isPunctuation(index, UInt8(ascii: ",")) {
            index += 1
        }
        guard index < second.index else { return false }
        if tokens[index].hash == Self.`in`, index + 1 < second.index,
            tokens[index + 1].hash == Self.order
        {
            index += 2
        }
        if tokens[index].hash == Self.to, index + 1 < second.index,
            Self.purposeVerbs.contains(tokens[index + 1].hash)
        {
            index += 2
        } else if tokens[index].hash == Self.so {
            index += 1
        } else {
            return false
        }
        return (index..<second.index).allSatisfy { Self.purposeFillers.contains(tokens[$0].hash) }
    }

    /// Quotation marks that may close a quoted topic.
    private static let closingQuotes: WordTable<Bool> = WordTable(
        set: ["\"", "\u{201D}", "'"].map { WordHash.hash($0) })
    /// Words that go on to the next item of a list ("water, power and fuel").
    private static let listJoiners: WordTable<Bool> = WordTable(
        set: ["and", "or", ","].map { WordHash.hash($0) })
    /// Words between a subject and its verb that count or join it ("each", "jointly").
    private static let floatingQuantifiers: WordTable<Bool> = WordTable(
        set: ["each", "jointly", "together", "both", "all"].map { WordHash.hash($0) })
    /// Words of a position still held, between a subject and its cue ("both countries
    /// nonetheless remain firmly against a ceasefire").
    private static let lingeringWords: WordTable<Bool> = WordTable(
        set: ["remain", "remains", "remained", "stay", "stays", "stayed", "still", "nonetheless"]
            .map {
                WordHash.hash($0)
            })
    private static let they = WordHash.hash("they")
    /// Nouns for a group of two or three ("the pair", "the duo").
    private static let pairs: WordTable<Bool> = WordTable(
        set: ["pair", "duo", "trio"].map { WordHash.hash($0) })
    /// Words that may open a sentence before its subject ("But they urged …").
    private static let sentenceOpeners: WordTable<Bool> = WordTable(
        set: ["but", "and", "however", "meanwhile", "instead", "still", ",", "separately"].map {
            WordHash.hash($0)
        })
    /// Nouns a counted group of actors is referred to by ("the three countries", "both sides").
    private static let groupNouns: WordTable<Bool> = WordTable(
        set: [
            "countries", "states", "nations", "sides", "parties", "leaders", "governments",
            "mediators", "powers", "ministers", "men", "facilitators", "envoys", "sponsors",
        ].map { WordHash.hash($0) })
    /// Verbs that name the members of a subject ("… were the US, Israel and Austria").
    private static let listingVerbs: WordTable<Bool> = WordTable(
        set: ["were", "are", "was", "included", "include", "includes"].map { WordHash.hash($0) })
    /// Words that cast or hold a vote ("voted", "voting"): the topic voted for names a motion.
    private static let ballotWords: WordTable<Bool> = WordTable(
        set: ["voted", "voting", "vote", "votes"].map { WordHash.hash($0) })
    /// Words counting such a group.
    private static let groupCounts: WordTable<Bool> = WordTable(
        set: ["two", "three", "four", "five", "six", "both", "all"].map { WordHash.hash($0) })
    private static let subjectOpeners: WordTable<Bool> = WordTable(
        set: ["the", "a", "an", "'s"].map { WordHash.hash($0) })

    private func acting(_ named: [PhraseTable<String>.Match], in sentence: Sentence)
        -> [PhraseTable<String>.Match]
    {
        let tokens = sentence.tokens
        // "Qatar, which mediates between Israel and Hamas, said …": the parties a mediator
        // stands between do not act in its clause.
        var mediated: [Int] = []
        for (position, match) in named.enumerated() where match.index >= 2 {
            var between = match.index - 1
            if tokens[between].hash == Self.theHash { between -= 1 }
            guard between >= 1, tokens[between].hash == Self.betweenHash,
                Self.mediationWords.contains(tokens[between - 1].hash)
            else { continue }
            mediated += named[list(at: position, among: named, in: sentence)].map(\.index)
        }
        return named.filter { match in
            if mediated.contains(match.index) { return false }
            var next = match.end
            let owns = next < tokens.count && tokens[next].hash == Tokenizer.possessiveHash
            if owns { next += 1 }
            guard next < tokens.count, lexicon.modifiedNouns.match(tokens, at: next) != nil else {
                return true
            }
            // "Russia's draft called for a ceasefire": the owner of what the cue right after it
            // puts forward holds the stance ("a UN resolution calling for" is no UN stance).
            guard owns, let authored = lexicon.authoredNouns.match(tokens, at: next) else {
                return false
            }
            return lexicon.polarity.match(tokens, at: authored.end) != nil
        }
    }

    /// Whether two topics are joined only by "and", "or", commas and articles, with at most one
    /// other item of the list between them ("its water, power and fuel").
    private func coordinated(_ first: Topic, _ second: Topic, _ sentence: Sentence) -> Bool {
        guard first.end <= second.index, second.index - first.end <= 4 else { return false }
        let tokens = sentence.tokens
        // "200 aid trucks and four fuel trucks": a count before the second topic joins it too.
        let others = (first.end..<second.index).filter {
            !Self.coordinators.contains(tokens[$0].hash) && tokens[$0].kind != .number
                && !Self.countWords.contains(tokens[$0].hash)
        }
        guard let other = others.first else { return true }
        return others.count == 1 && other > first.end && other + 1 < second.index
            && tokens[other].kind == .word && !tokens[other].isCapitalized
            && sentence.isPunctuation(other - 1, UInt8(ascii: ","))
            && Self.listJoiners.contains(tokens[other + 1].hash)
    }

    /// The actors holding the stance and where the last name ends: the nearest acting actor
    /// before the cue with the actors coordinated with it ("Qatar and Egypt mediated"), the
    /// agents of a passive cue, the previous sentence's holders for a pronoun subject, or the
    /// speaker when no actor is named.
    private func holder(
        before anchor: Int, cue: PhraseTable<Polarity>.Match, actors: [PhraseTable<String>.Match],
        passive: [String], attribution: Attribution, carried: [String], in sentence: Sentence,
        structure sentenceStructure: SentenceStructure? = nil
    ) -> ([String], Int)? {
        if !passive.isEmpty { return (passive, cue.index) }
        let tokens = sentence.tokens
        func acts(_ match: PhraseTable<String>.Match) -> Bool {
            // "head of Sudan's paramilitary Rapid Support Forces": a name inside a phrase
            // opened by a preposition does not act.
            var before = match.index - 1
            while before > 0, before >= match.index - 4 {
                if tokens[before].hash == Tokenizer.possessiveHash {
                    before -= 2  // the owner and its "'s": "of Sudan's RSF"
                } else if Self.nameModifiers.contains(tokens[before].hash) {
                    before -= 1
                } else {
                    break
                }
            }
            // "welcomed the decision by Sudan to open …": the one deciding acts.
            let decider =
                before > 0 && before < match.index
                && Self.decisions.contains(tokens[before - 1].hash)
            // "with Qatar acting as mediator": a name that the cue follows at once after "with"
            // acts in the clause "with" opens.
            let absolute =
                before >= 0 && tokens[before].hash == Self.with && match.end == cue.index
            let preposition =
                before >= 0 && before < match.index
                && lexicon.prepositions.contains(tokens[before].hash)
                && !Self.coordinatorHashes.contains(tokens[before].hash)
                && !(before > 0 && Self.collectives.contains(tokens[before - 1].hash))
                && !decider && !absolute
            // "urged Israel to delay", "urged the army and the RSF to agree": Israel, and each
            // actor of a list that "to" follows, is the object of the cue before it.
            var after = match.end
            while after < tokens.count, after - match.end < 8,
                Self.joiners.contains(tokens[after].hash)
                    || actors.contains(where: { $0.index <= after && after < $0.end })
            {
                after += 1
            }
            // The cue stands before the list's first name: "urged the Sudanese army and the RSF".
            var first = match.index
            while first > 0, match.index - first < 8, !sentence.isClauseBreak(first - 1),
                Self.joiners.contains(tokens[first - 1].hash)
                    || actors.contains(where: { $0.index <= first - 1 && first - 1 < $0.end })
            {
                first -= 1
            }
            let object =
                reachesObjectTo(from: after, in: sentence, structure: sentenceStructure)
                && match.index > 0
                && (lexicon.polarity.matches(tokens, in: max(0, first - 5)..<match.index).contains {
                    !Self.liesInName($0, actors)
                }
                    || lexicon.directives.hasMatch(
                        tokens, in: max(0, first - 5)..<match.index))
            // "agreed to let the UN open two crossings": the one let is not the one agreeing.
            var causer = match.index - 1
            while causer > 0, Self.nameModifiers.contains(tokens[causer].hash) { causer -= 1 }
            let letObject = causer >= 0 && Self.causatives.contains(tokens[causer].hash)
            return !preposition && (!object || decider) && !letObject
        }
        // "… and said he supported the deal": a pronoun subject is the sentence's first actor,
        // or, with none, the previous sentence's holders.
        var subject = cue.index - 1
        // "The three countries also each called for …": a floating quantifier is no subject;
        // "something we warmly welcome": nor is an adverb.
        while subject > 0,
            Auxiliaries.hashes.contains(tokens[subject].hash)
                || Self.floatingQuantifiers.contains(tokens[subject].hash)
                || Self.lingeringWords.contains(tokens[subject].hash)
                || (tokens[subject].kind == .word && !tokens[subject].isCapitalized
                    && sentence.endsWith(subject, "ly"))
        {
            subject -= 1
        }
        // "Its resolution calls for …", "Their statement urged …": a noun owned by a pronoun
        // opening the clause stands for its owner.
        if subject >= 1, tokens[subject].kind == .word,
            Self.possessivePronouns.contains(tokens[subject - 1].hash),
            subject - 1 == 0 || sentence.isPunctuation(subject - 2, UInt8(ascii: ","))
        {
            subject -= 1
        }
        // "'We back a truce,' said a statement by Egypt, Jordan and Qatar": "we" in reported
        // words is every actor who speaks them, "I" the one who does.
        if subject >= 0,
            tokens[subject].hash == Self.we || tokens[subject].hash == Self.firstPerson,
            let frame = sentenceStructure?.frame(reporting: cue.index)
        {
            var speakers: [String] = []
            for actor in actors where frame.speaker.contains(actor.index) {
                if !speakers.contains(actor.payload) { speakers.append(actor.payload) }
            }
            if !speakers.isEmpty { return (speakers, subject) }
        }
        if subject >= 0,
            Self.pronouns.contains(tokens[subject].hash)
                || Self.possessivePronouns.contains(tokens[subject].hash)
        {
            // "Egypt and Qatar voiced their support …": an owner after a verb is that verb's
            // subject, the nearest actor before it.
            if subject >= 1, Self.possessivePronouns.contains(tokens[subject].hash),
                tokens[subject - 1].kind == .word,
                let nearest = actors.last(where: { acts($0) && $0.end <= subject })
            {
                return (coordinated(with: nearest, among: actors, in: sentence), nearest.end)
            }
            if let first = actors.first(where: { acts($0) && $0.end <= subject }) {
                return (coordinated(with: first, among: actors, in: sentence), subject)
            }
            if !carried.isEmpty, !actors.contains(where: { $0.end <= cue.index }) {
                // "he" or "she" is one of them; "they" and "we" may be all.
                let one =
                    Self.singularPronouns.contains(tokens[subject].hash)
                    || Self.possessivePronouns[tokens[subject].hash] == true
                return (one ? Array(carried.prefix(1)) : carried, subject)
            }
        }
        // "King Abdullah met Blinken in Amman. The monarch urged …": a title opened by "the"
        // (perhaps with one name-like word between) stands for the one actor named last.
        if subject >= 1, !carried.isEmpty, !actors.contains(where: { $0.end <= cue.index }),
            let title = lexicon.descriptors.matches(tokens).first(where: { $0.end == subject + 1 }),
            title.index >= 1,
            tokens[title.index - 1].hash == Self.theHash
                || (title.index >= 2 && tokens[title.index - 1].isCapitalized
                    && tokens[title.index - 2].hash == Self.theHash)
        {
            return (Array(carried.prefix(1)), subject)
        }
        // "The three countries also called for …", "Both sides agreed …", "The ministers urged
        // …": a counted or definite group with no name of its own is the actors the text named
        // last.
        if subject >= 1, Self.groupNouns.contains(tokens[subject].hash),
            Self.groupCounts.contains(tokens[subject - 1].hash)
                || tokens[subject - 1].hash == Self.theHash,
            carried.count > 1,
            !actors.contains(where: { $0.end <= cue.index })
        {
            return (carried, subject)
        }
        // "The 10 countries that opposed the ceasefire were the US, Israel, …": the group a
        // relative clause describes is the list of actors the sentence names after its verb.
        if subject >= 1, Self.relativeOpeners.contains(tokens[subject].hash),
            !actors.contains(where: { $0.end <= cue.index }),
            let verb = (cue.end..<min(tokens.count, cue.end + 12)).first(where: {
                Self.listingVerbs.contains(tokens[$0].hash)
            }),
            let first = actors.first(where: { $0.index > verb }), first.index <= verb + 2,
            (verb + 1..<first.index).allSatisfy({
                tokens[$0].hash == Self.theHash || sentence.isPunctuation($0, UInt8(ascii: ":"))
            })
        {
            return (coordinated(with: first, among: actors, in: sentence), first.index)
        }
        // "Several countries have called for a ceasefire, among them France and Spain": a group
        // with no name of its own whose members are listed after the cue is those members.
        if subject >= 0, Self.groupNouns.contains(tokens[subject].hash),
            !actors.contains(where: { $0.end <= cue.index }),
            let comma = (cue.end..<tokens.count).first(where: {
                sentence.isPunctuation($0, UInt8(ascii: ","))
            }),
            let listed = groupListed(after: comma, in: sentence),
            let first = actors.first(where: { $0.index >= listed }), first.index <= listed + 1
        {
            return (coordinated(with: first, among: actors, in: sentence), first.index)
        }
        // "Saudi Arabia and the US welcomed the talks between the RSF and the army, and urged
        // …": a verb joined by "and" shares the subject of the verb it is joined to.
        var anchor = anchor
        var joinedAt = cue.index - 1
        while joinedAt > 0, Self.joinedVerbFillers.contains(tokens[joinedAt].hash) { joinedAt -= 1 }
        if joinedAt >= 0, tokens[joinedAt].hash == Self.andHash,
            let structure = sentenceStructure,
            structure.verbGroup(at: cue.index) != nil,
            let first = structure.verbGroups.first(where: { group in
                !group.isReducedRelative && group.range.upperBound <= joinedAt
                    && !structure.isAttribution(group)
                    // "Rapid Support Forces" is a name, not a verb.
                    && !actors.contains { $0.index <= group.head && group.head < $0.end }
            })
        {
            anchor = min(anchor, first.range.lowerBound)
        }
        let candidates = actors.filter { $0.end <= anchor }
        if let chosen = candidates.last(where: acts) {
            // "Abdel Fattah al-Burhan, the army general who rules Sudan, has turned down …": a
            // name inside an aside set off by commas right after another name describes it.
            func isComma(_ index: Int) -> Bool { sentence.isPunctuation(index, UInt8(ascii: ",")) }
            // So does an aside that reports: "Israel, Safadi noted, is still blocking aid".
            if let open = (max(0, chosen.index - 8)..<chosen.index).last(where: isComma),
                let named = candidates.last(where: { $0.end == open && acts($0) }),
                !(open + 1..<chosen.index).contains(where: {
                    Self.coordinatorHashes.contains(tokens[$0].hash)
                }),
                (chosen.end..<anchor).contains(where: isComma)
            {
                return (coordinated(with: named, among: actors, in: sentence), named.end)
            }
            return (coordinated(with: chosen, among: actors, in: sentence), chosen.end)
        }
        // "They urged the RSF to sign up to a truce", "The two countries called on the warring
        // sides to …": when no name before the cue acts, "they" or a counted group opening the
        // sentence is the actors the text named last.
        if carried.count > 1, let opener = openingReference(in: sentence), opener.end <= anchor,
            !actors.contains(where: { $0.index < opener.start })
        {
            return (carried, opener.end)
        }
        if let speaker = attribution.speaker,
            lexicon.vocabulary.actors.contains(where: { $0.name == speaker })
        {
            return ([speaker], 0)
        }
        return nil
    }

    /// Where "they" or a counted group ("the two countries", "the pair") opens the sentence,
    /// past an opening conjunction or adverb; "he", "she" and "it" there mostly stand for
    /// someone who is no actor, or for a text.
    private func openingReference(in sentence: Sentence) -> (start: Int, end: Int)? {
        let tokens = sentence.tokens
        var index = 0
        while index < min(tokens.count, 2), Self.sentenceOpeners.contains(tokens[index].hash) {
            index += 1
        }
        guard index < tokens.count else { return nil }
        if tokens[index].hash == Self.they { return (index, index + 1) }
        var count = index
        if tokens[count].hash == Self.theHash { count += 1 }
        // "The pair urged both sides to …": a word for two is a counted group by itself.
        if count > index, count < tokens.count, Self.pairs.contains(tokens[count].hash) {
            return (index, count + 1)
        }
        guard count + 1 < tokens.count, Self.groupCounts.contains(tokens[count].hash),
            Self.groupNouns.contains(tokens[count + 1].hash)
        else { return nil }
        return (index, count + 2)
    }

    /// Whether "whether" opens the clause of the cue within eight words before it, with no mark
    /// between ("unclear whether Israel will accept the truce").
    private static func isAskedWhether(_ cue: PhraseTable<Polarity>.Match, in sentence: Sentence)
        -> Bool
    {
        var index = cue.index - 1
        while index >= 0, cue.index - index <= 8 {
            if sentence.tokens[index].kind == .punctuation { return false }
            if sentence.tokens[index].hash == whether { return true }
            index -= 1
        }
        return false
    }

    /// Whether a cue lies inside one of the names: "Support" in "the Rapid Support Forces".
    private static func liesInName(
        _ cue: PhraseTable<Polarity>.Match, _ names: [PhraseTable<String>.Match]
    ) -> Bool {
        names.contains { $0.index <= cue.index && cue.end <= $0.end }
    }

    /// The vocabulary's directives ("told", "ordered") with a "to" after them, as demand cues;
    /// those that tell no actor to act are dropped once the sentence's names are known.
    private func directiveCues(in sentence: Sentence) -> [PhraseTable<Polarity>.Match] {
        let tokens = sentence.tokens
        return lexicon.directives.matches(tokens).filter { directive in
            lexicon.polarity.match(tokens, at: directive.index) == nil
                && (directive.end..<min(tokens.count, directive.end + 12)).contains {
                    tokens[$0].hash == Self.to
                }
        }.map { PhraseTable<Polarity>.Match(index: $0.index, length: $0.length, payload: .demand) }
    }

    /// Whether a cue is one of the vocabulary's directives and no polarity cue of its own.
    private func isDirective(_ cue: PhraseTable<Polarity>.Match, _ tokens: [Token]) -> Bool {
        lexicon.directives.match(tokens, at: cue.index)?.end == cue.end
            && lexicon.polarity.match(tokens, at: cue.index) == nil
    }

    /// Whether a directive tells an actor named right after it (past an article or a count),
    /// with those listed with it, to act: "to" and a verb follow the names at once.
    private func addressesActor(
        _ directive: PhraseTable<Polarity>.Match, names: [PhraseTable<String>.Match],
        in sentence: Sentence, structure: SentenceStructure?
    ) -> Bool {
        let tokens = sentence.tokens
        guard
            let addressed = names.first(where: {
                $0.index >= directive.end && $0.index - directive.end <= 3
            }),
            (directive.end..<addressed.index).allSatisfy({
                Self.nameModifiers.contains(tokens[$0].hash)
                    || Self.groupCounts.contains(tokens[$0].hash)
            })
        else { return false }
        var after = addressed.end
        while after < tokens.count, after - addressed.end < 8,
            Self.joiners.contains(tokens[after].hash)
                || names.contains(where: { $0.index <= after && after < $0.end })
        {
            after += 1
        }
        // "told both sides to return": the "to" follows the one told and opens a verb; "told
        // Biden, according to …", "told the families the effort to free …" tell no one to act.
        return after < tokens.count && tokens[after].hash == Self.to
            && structure?.verbGroup(at: after + 1) != nil
    }

    /// Whether the words from `start` reach the "to" that an urged object takes: at once, or past
    /// words that only describe the object and hold no verb, participle, clause break other than
    /// a comma, or cue of their own ("urged the military leaders at war with one another to sign
    /// up", "urged two Israeli ministers, Ron Dermer and Benny Gantz, to approve").
    private func reachesObjectTo(
        from start: Int, in sentence: Sentence, structure: SentenceStructure?
    ) -> Bool {
        let tokens = sentence.tokens
        guard
            let to = (start..<min(tokens.count, start + 10)).first(where: {
                tokens[$0].hash == Self.to
            })
        else { return false }
        if to - start < 3 { return true }
        guard let structure else { return false }
        let describes = (start..<to).allSatisfy { position in
            structure.verbGroup(at: position) == nil && !sentence.endsWith(position, "ing")
                && (!sentence.isClauseBreak(position)
                    || sentence.isPunctuation(position, UInt8(ascii: ",")))
        }
        return describes && lexicon.polarity.matches(tokens, in: start..<to).isEmpty
    }

    /// The cue of a relative clause right after a topic and the actors it names before the cue
    /// ("the pause that Israel and Hamas agreed upon", "the truce, which Qatar had brokered").
    private func relativeClause(
        after topic: Topic, cues: [PhraseTable<Polarity>.Match],
        actors: [PhraseTable<String>.Match], in sentence: Sentence
    ) -> (holders: [String], cue: PhraseTable<Polarity>.Match)? {
        let tokens = sentence.tokens
        var start = topic.end
        // "the truce deal that Dagalo had signed": the clause may follow the deal the topic names.
        if let container = lexicon.containers.match(tokens, at: start) { start = container.end }
        if sentence.isPunctuation(start, UInt8(ascii: ",")) { start += 1 }
        guard start < tokens.count, Self.relativeOpeners.contains(tokens[start].hash),
            let first = actors.first(where: { $0.index > start }),
            let cue = cues.first(where: { $0.index >= first.end }),
            cue.index - start <= Self.relativeClauseReach,
            (start..<cue.index).allSatisfy({
                standsInRelativeClause($0, actors: actors, in: sentence)
            })
        else { return nil }
        return (coordinated(with: first, among: actors, in: sentence), cue)
    }

    /// Whether a word may stand in a relative clause before its verb: a comma, a filler
    /// (`relativeFillers`) or part of an actor's name.
    private func standsInRelativeClause(
        _ position: Int, actors: [PhraseTable<String>.Match], in sentence: Sentence
    ) -> Bool {
        sentence.isPunctuation(position, UInt8(ascii: ","))
            || Self.relativeFillers.contains(sentence.tokens[position].hash)
            || Auxiliaries.hashes.contains(sentence.tokens[position].hash)
            || actors.contains { $0.index <= position && position < $0.end }
    }
    /// How many words a relative clause about a topic may run before its cue.
    private static let relativeClauseReach = 12
    /// Words that open a relative clause about the noun before them.
    private static let relativeOpeners: WordTable<Bool> = WordTable(
        set: ["which", "that"].map { WordHash.hash($0) })

    /// Words that open a relative clause about the noun before them, and the words that may
    /// stand in it before its verb ("the truce, which Qatar and Egypt had jointly brokered").
    private static let relativeFillers: WordTable<Bool> = WordTable(
        set: [
            "which", "that", "who", "and", "the", "had", "has", "have", "jointly", "also", "both",
            // "the talks, which Saudi and American officials have been mediating".
            "officials", "diplomats", "envoys", "leaders", "governments", "government",
        ]
        .map { WordHash.hash($0) })

    /// Words that may stand between "and" and the verb it joins ("and also urged").
    private static let joinedVerbFillers: WordTable<Bool> = WordTable(
        set: ["also", "then", "later", "further", "again", "separately", "jointly"].map {
            WordHash.hash($0)
        })

    private static let coordinatorHashes: WordTable<Bool> = WordTable(
        set: ["and", "&"].map { WordHash.hash($0) })
    /// Words that may join coordinated actor names ("Qatar, Egypt and the US").
    private static let joiners: WordTable<Bool> = WordTable(
        set: [
            ",", "and", "the", "as", "well", "both", "along", "together", "with", "its", "their",
            "&", "plus", "nor",
            // "Israel and the Palestinian armed group Hamas": a description before a listed name.
            "militant", "group", "movement", "armed", "islamist", "militia", "paramilitary",
            "faction", "rival", "organization", "organisation",
            // "the Rapid Support Forces (RSF) and the army": a name's short form in brackets.
            "(", ")",
        ]
        .map { WordHash.hash($0) })

    /// The actor and the actors coordinated with it, in text order.
    func coordinated(
        with chosen: PhraseTable<String>.Match, among actors: [PhraseTable<String>.Match],
        in sentence: Sentence
    ) -> [String] {
        guard let position = actors.firstIndex(where: { $0.index == chosen.index }) else {
            return [chosen.payload]
        }
        var names: [String] = []
        for match in actors[list(at: position, among: actors, in: sentence)]
        where !names.contains(match.payload) {
            names.append(match.payload)
        }
        return names
    }

    /// The positions of the coordinated names ("Qatar, Egypt and the US") around one name.
    private func list(
        at position: Int, among actors: [PhraseTable<String>.Match], in sentence: Sentence
    ) -> ClosedRange<Int> {
        func joined(_ left: PhraseTable<String>.Match, _ right: PhraseTable<String>.Match) -> Bool {
            guard left.end <= right.index, right.index - left.end <= 5, right.index > left.end
            else {
                return false
            }
            let between = left.end..<right.index
            // "Israel and the Palestinian group Hamas": a capitalized description may stand
            // before a listed name too.
            return between.allSatisfy {
                Self.joiners.contains(sentence.tokens[$0].hash)
                    || (sentence.tokens[$0].kind == .word && sentence.tokens[$0].isCapitalized)
            }
                && between.contains {
                    Self.listConjunctions.contains(sentence.tokens[$0].hash)
                        || sentence.isPunctuation($0, UInt8(ascii: ","))
                }
        }
        var first = position
        while first > 0, joined(actors[first - 1], actors[first]) { first -= 1 }
        var last = position
        while last + 1 < actors.count, joined(actors[last], actors[last + 1]) { last += 1 }
        // "At the United Nations, the United States vetoed …": names joined by commas alone are
        // a phrase and its subject, or a name and its apposition; a list closes with a
        // conjunction ("Qatar, Egypt and the US").
        guard first < last else { return position...position }
        let closed = (actors[first].end..<actors[last].index).contains {
            Self.listConjunctions.contains(sentence.tokens[$0].hash)
        }
        return closed ? first...last : position...position
    }
    /// Conjunctions that close a list of names ("Qatar, Egypt and the US", "neither the army
    /// nor the RSF").
    private static let listConjunctions: WordTable<Bool> = WordTable(
        set: ["and", "plus", "&", "nor"].map { WordHash.hash($0) })
    private static let neither = WordHash.hash("neither")
    private static let betweenHash = WordHash.hash("between")
    /// Words of mediation whose "between" names the parties mediated, not their holders.
    private static let mediationWords: WordTable<Bool> = WordTable(
        set: [
            "mediating", "mediated", "mediate", "mediates", "mediator", "mediators", "mediation",
            "go-between", "go-betweens", "intermediary", "intermediaries", "shuttling",
        ].map { WordHash.hash($0) })
    private static let andHash = WordHash.hash("and")
    private static let theHash = WordHash.hash("the")

    /// The actors a name stands for: its members for a group name, else itself.
    func members(_ actor: String) -> [String] {
        lexicon.groupMembers[actor] ?? [actor]
    }

    /// Where a "no" stands that governs a topic: right before it ("no ceasefire"), or before a
    /// list it ends ("no electricity, food or fuel").
    private func noPosition(before topic: Topic, _ tokens: [Token]) -> Int? {
        var index = topic.index - 1
        var steps = 0
        while index >= 0, steps < 8 {
            // "neither negotiations nor a truce would happen": "neither" or "nor" right before the
            // topic, or a word before it, says no as well.
            if steps < 2, tokens[index].hash == Self.neither || tokens[index].hash == Self.nor {
                return index
            }
            if tokens[index].hash == Self.no {
                // "the convoy carried no fuel" reports what a load held, no position.
                let reported = index > 0 && Self.loadVerbs.contains(tokens[index - 1].hash)
                return reported ? nil : index
            }
            let hash = tokens[index].hash
            guard
                hash == Self.orHash || hash == Self.andHash || hash == Self.commaHash
                    || (tokens[index].kind == .word
                        && lexicon.polarity.match(tokens, at: index) == nil
                        && !Self.verbGlue.contains(hash))
            else { return nil }
            index -= 1
            steps += 1
        }
        return nil
    }

    private func hasNo(before topic: Topic, _ tokens: [Token]) -> Bool {
        noPosition(before: topic, tokens) != nil
    }
    /// Verbs that tell what a load held: "no" after one reports an absence.
    private static let loadVerbs: WordTable<Bool> = WordTable(
        set: [
            "carried", "carries", "carrying", "contained", "contains", "included", "includes",
            "brought", "delivered", "received",
        ].map { WordHash.hash($0) })
    private static let orHash = WordHash.hash("or")
    private static let commaHash = WordHash.hash(",")

    /// Adjacent names of one actor ("Israeli Prime Minister Benjamin Netanyahu") as one span.
    /// The actors a sentence names, adjacent names of one actor joined, without the place of
    /// its dateline ("JAKARTA - A Brazilian-drafted resolution …" names no Indonesia).
    func names(in sentence: Sentence) -> [PhraseTable<String>.Match] {
        let dateline = sentence.datelineLength
        return Self.coalesced(lexicon.actorMatches(sentence.tokens)).filter { $0.index >= dateline }
    }

    static func coalesced(_ matches: [PhraseTable<String>.Match]) -> [PhraseTable<String>.Match] {
        var result: [PhraseTable<String>.Match] = []
        for match in matches {
            if let last = result.last, last.end == match.index, last.payload == match.payload {
                result[result.count - 1].length += match.length
            } else {
                result.append(match)
            }
        }
        return result
    }

    /// Combines the cues from the actor to the topic: each oppose (or negated cue) flips the
    /// direction; a positive result is `demand` when any cue demands.
    private func combined(
        _ chain: [PhraseTable<Polarity>.Match], negations: [PhraseTable<Bool>.Match],
        after start: Int, tokens: [Token]
    ) -> Polarity? {
        var against = false
        var demands = false
        var previousEnd = start
        for (position, cue) in chain.enumerated() {
            // "wields a veto on the council and has not backed a ceasefire": a cue joined to the
            // one before by "and" opens a second predicate; the first no longer acts on it.
            if position > 0, joinsPredicate(before: cue.index, after: previousEnd, tokens) {
                against = false
                demands = false
            }
            // "sought to broker a truce", "is seeking to revive the talks": a demand whose "to"
            // opens the actor's own next cue is what the actor sets out to do, no demand of another.
            if cue.payload == .demand, position + 1 < chain.count, cue.end < tokens.count,
                tokens[cue.end].hash == Self.to, chain[position + 1].index == cue.end + 1
            {
                previousEnd = cue.end
                continue
            }
            // "cast a veto against a ceasefire resolution": "against" right after an opposing cue
            // restates it, no second opposition undoing it.
            if cue.payload == .oppose, position + 1 < chain.count,
                chain[position + 1].index == cue.end, chain[position + 1].payload == .oppose,
                tokens[cue.end].hash == Self.against
            {
                previousEnd = cue.end
                continue
            }
            // "used its veto to block the resolution": an opposing noun whose "to" opens the
            // next opposing cue is the means of that cue, no second opposition undoing it.
            if cue.payload == .oppose, position + 1 < chain.count, cue.index > 0,
                cue.end < tokens.count, tokens[cue.end].hash == Self.to,
                chain[position + 1].index == cue.end + 1, chain[position + 1].payload == .oppose,
                lexicon.grammar.entries[tokens[cue.index - 1].hash]?.wordClass == .determiner
            {
                previousEnd = cue.end
                continue
            }
            let negated = negations.contains {
                $0.index >= max(previousEnd, cue.index - 3) && $0.end <= cue.index
            }
            var isAgainst = cue.payload == .oppose
            if negated { isAgainst.toggle() }
            if isAgainst { against.toggle() }
            if cue.payload == .demand, !negated { demands = true }
            // "aid must be let through", "sanctions must not get in the way of relief": what
            // someone says must happen is demanded.
            if isObliged(cue.index, after: previousEnd, tokens) { demands = true }
            previousEnd = cue.end
        }
        if against { return .oppose }
        return demands ? .demand : .support
    }

    /// Whether a coordinator ("and", "but") and then auxiliaries, modals, negations or adverbs,
    /// as the grammar layer classes them, stand right before the cue at `index`, after the
    /// previous cue ending at `start` ("and has not backed").
    private func joinsPredicate(before index: Int, after start: Int, _ tokens: [Token]) -> Bool {
        let classes = lexicon.grammar.entries
        var position = index - 1
        while position >= start,
            let word = classes[tokens[position].hash]?.wordClass,
            [.auxiliary, .modal, .negation, .adverb].contains(word)
        {
            position -= 1
        }
        return position >= start && position < index - 1
            && classes[tokens[position].hash]?.wordClass == .coordinator
    }

    /// The condition's words, from its cue to the end of the clause (at most a dozen words).
    private func conditionText(from index: Int, in sentence: Sentence) -> String {
        var end = index + 1
        while end < sentence.tokens.count, end - index < 12, !sentence.isClauseBreak(end),
            !sentence.isPunctuation(end, UInt8(ascii: "."))
        {
            end += 1
        }
        return sentence.text(tokens: index..<end)
    }
}
