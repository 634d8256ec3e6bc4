import FactLedgerCore

/// What the text says about places around a figure, as features of the facet models: the places
/// its sentence names, the place the text named last before it, and the place the article has
/// named most so far.
///
/// The rules give a figure the place nearest it in its sentence, or one inherited from the
/// sentence before; the facet models also weigh where the article as a whole is ("Nationwide,
/// more than 3,300 deaths" in a report on Syria).
struct PlaceContext: Sendable {
    /// The feature keys, in the order their names are listed.
    private(set) var keys: [UInt64] = []
    /// The feature names, kept only when a model is being trained.
    private(set) var names: [String]?

    private static let named = ModelFeatures.Family("pnamed=")
    private static let last = ModelFeatures.Family("plast=")
    private static let most = ModelFeatures.Family("pmost=")
    private static let unnamed = ModelFeatures.Family("pnone")
    /// The words that stand for a facet value no name can carry.
    private static let referringBack = "back"
    private static let several = "several"

    /// The context of the figures of a sentence whose own place names are `sentencePlaces`.
    init(
        sentencePlaces: [PhraseTable<Lexicon.FacetValue>.Match], memory: Memory,
        keys placeKeys: [String], keepingNames: Bool
    ) {
        names = keepingNames ? [] : nil
        var seen: [Lexicon.FacetValue] = []
        for match in sentencePlaces
        where placeKeys.contains(match.payload.key) && !seen.contains(match.payload) {
            seen.append(match.payload)
            add(Self.named, match.payload)
        }
        if seen.isEmpty { add(Self.unnamed, nil) }
        if let last = memory.last { add(Self.last, last) }
        if let most = memory.mostNamed { add(Self.most, most) }
    }

    /// The places an article has named so far, sentence by sentence.
    struct Memory: Sendable {
        /// A place named, and how often.
        private struct Entry {
            let place: Lexicon.FacetValue
            var count: Int
        }
        /// Each place named; an article names few.
        private var places: [Entry] = []
        /// The index of the place named last, and of the one named most often (the later one
        /// on a tie).
        private var lastIndex: Int?
        private var mostIndex: Int?

        /// The place named last.
        var last: Lexicon.FacetValue? { lastIndex.map { places[$0].place } }
        /// The place named most often.
        var mostNamed: Lexicon.FacetValue? { mostIndex.map { places[$0].place } }

        /// Records the places one sentence names; "the country" and "the region" name none.
        mutating func record(
            _ matches: [PhraseTable<Lexicon.FacetValue>.Match], keys: [String]
        ) {
            for match in matches {
                let place = match.payload
                guard !place.value.isEmpty, place.value != "^", keys.contains(place.key) else {
                    continue
                }
                let index =
                    places.firstIndex { $0.place == place }
                    ?? {
                        places.append(Entry(place: place, count: 0))
                        return places.count - 1
                    }()
                places[index].count += 1
                lastIndex = index
                if let most = mostIndex, most != index, places[most].count > places[index].count {
                    continue
                }
                mostIndex = index
            }
        }
    }

    /// Adds a feature of a family for a place (or for none): its value is the facet key and the
    /// place, spaces written as underscores ("pnamed=place:West_Bank").
    private mutating func add(_ family: ModelFeatures.Family, _ place: Lexicon.FacetValue?) {
        guard let place else {
            keys.append(ModelFeatures.key(family: family.hash, value: WordHash.hash("")))
            names?.append(family.name)
            return
        }
        let value =
            switch place.value {
            case "^": Self.referringBack
            case "": Self.several
            default: place.value
            }
        // Hashed piece by piece, as `ModelFeatures.key(ofName:)` hashes the joined name.
        var hash = WordHash.hash(":", continuing: WordHash.hash(place.key))
        var first = true
        for word in value.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        {
            if !first { hash = WordHash.hash("_", continuing: hash) }
            hash = WordHash.hash(Substring(word), continuing: hash)
            first = false
        }
        keys.append(ModelFeatures.key(family: family.hash, value: hash))
        if names != nil {
            names!.append(
                family.name + place.key + ":" + value.replacingOccurrences(of: " ", with: "_"))
        }
    }
}
