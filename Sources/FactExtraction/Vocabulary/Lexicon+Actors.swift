extension Lexicon {
    private static let of = WordHash.hash("of")
    /// Words between "of" and the name of the actor led ("the head of Sudan's paramilitary RSF").
    private static let ledModifiers: WordTable<Bool> = WordTable(
        set: ["the", "paramilitary", "rival", "its", "their", "his", "her", "powerful"].map {
            WordHash.hash($0)
        })

    /// The actors named in the tokens.
    ///
    /// A leader's title before "of" and an actor ("the commander of the RSF") names that actor's
    /// leader, and the match spans the title and a short name in parentheses after it. A one-word
    /// name right before a noun for people ("American hostages") says where they come from and
    /// names no actor. A leader's name followed at once by a name of the actor it leads ("US
    /// president Donald Trump") is a title before someone else's name: the two are that actor.
    func actorMatches(_ tokens: [Token], in range: Range<Int>? = nil)
        -> [PhraseTable<String>.Match]
    {
        let found = actors.matches(tokens, in: range).filter { match in
            match.length > 1 || match.end >= tokens.count
                || !peopleNouns.contains(tokens[match.end].hash)
        }
        guard !leaders.isEmpty else { return found }
        var result: [PhraseTable<String>.Match] = []
        var led: String?
        for match in found {
            // "the commander of the Rapid Support Forces (RSF)": the short name is the same one.
            if let previous = result.last, let name = led, match.payload == name,
                match.index >= previous.end, match.index - previous.end <= 1
            {
                result[result.count - 1] = PhraseTable<String>.Match(
                    index: previous.index, length: match.end - previous.index,
                    payload: previous.payload)
                continue
            }
            if let previous = result.last, previous.end == match.index,
                leaders[match.payload] == previous.payload
            {
                result[result.count - 1] = PhraseTable<String>.Match(
                    index: previous.index, length: match.end - previous.index,
                    payload: match.payload)
                led = nil
                continue
            }
            let resolved = leader(of: match, in: tokens)
            led = resolved.payload == match.payload ? nil : match.payload
            result.append(resolved)
        }
        return result
    }

    /// The match itself, or its leader when a title and "of" stand before it.
    private func leader(of match: PhraseTable<String>.Match, in tokens: [Token])
        -> PhraseTable<String>.Match
    {
        guard let leader = leaders[match.payload] else { return match }
        var index = match.index - 1
        while index > 0 {
            if tokens[index].hash == Tokenizer.possessiveHash {
                index -= 2
            } else if Self.ledModifiers.contains(tokens[index].hash) {
                index -= 1
            } else {
                break
            }
        }
        guard index > 0, tokens[index].hash == Self.of,
            let title = leaderTitles.matches(tokens, in: max(0, index - 3)..<index).last(where: {
                $0.end == index
            })
        else { return match }
        return PhraseTable<String>.Match(
            index: title.index, length: match.end - title.index, payload: leader)
    }
}
