import FactLedgerCore

/// Resolves the day a sentence speaks about: a weekday ("on Monday"), "yesterday", or a month
/// and day ("November 24"), against the article's publication date.
enum DateResolver {
    private static let weekdays = WordTable<Int>(
        [
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        ]
        .enumerated().map { (WordHash.hash($0.element), $0.offset) })
    private static let months: WordTable<Int> = {
        var table: [(UInt64, Int)] = []
        let names = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
            ["november", "nov"],
            ["december", "dec"],
        ]
        for (index, words) in names.enumerated() {
            for word in words { table.append((WordHash.hash(word), index + 1)) }
        }
        return WordTable(table)
    }()
    /// Whether a word names a month ("October", "Oct").
    static func namesMonth(_ hash: UInt64) -> Bool { months.contains(hash) }
    /// Whether the word is a day of the week.
    static func namesWeekday(_ hash: UInt64) -> Bool { weekdays.contains(hash) }
    private static let yesterday = WordHash.hash("yesterday")
    private static let today = WordHash.hash("today")
    private static let tonight = WordHash.hash("tonight")
    /// Words that make the day after them the edge of a span, not the day spoken about ("killed
    /// since October 7" is a total as of publication).
    private static let spanEdges = WordTable<Bool>(
        set: ["since", "from", "after", "before", "until", "till"].map { WordHash.hash($0) })

    /// The day the words near token `index` speak about, or the publication day when they name
    /// none. A day word nearer another of the sentence's figures (`figures`, by token) is that
    /// figure's: in "17,000 killed since October 7 and 350 on Tuesday" Tuesday is the 350's.
    static func asOf(
        _ sentence: Sentence, near index: Int, published: Day, figures: [Bool] = []
    ) -> Day {
        var best: (distance: Int, day: Day)?
        let tokens = sentence.tokens
        // Read once: a static is checked for initialisation on every access.
        let (weekdays, months) = (Self.weekdays, Self.months)
        let (yesterday, today, tonight) = (Self.yesterday, Self.today, Self.tonight)
        for position in tokens.indices where tokens[position].kind == .word {
            let hash = tokens[position].hash
            var day: Day?
            if let weekday = weekdays[hash] {
                let back = (published.weekday - weekday + 7) % 7
                day = published.adding(days: -back)
            } else if hash == yesterday {
                day = published.adding(days: -1)
            } else if hash == today || hash == tonight {
                day = published
            } else if let month = months[hash] {
                day = monthDay(sentence, month: month, at: position, published: published)
            }
            guard let day else { continue }
            if isSpanEdge(sentence, at: position) { continue }
            let distance = abs(position - index)
            if figures.indices.contains(position),
                figures.indices.contains(where: {
                    figures[$0] && abs(position - $0) < distance
                        && !(index..<index + 1).contains($0)
                })
            {
                continue
            }
            if best == nil || distance < best!.distance { best = (distance, day) }
        }
        return best?.day ?? published
    }

    /// Whether a day word stands after "since", "from" … (over "the", "last" and a day number).
    private static func isSpanEdge(_ sentence: Sentence, at position: Int) -> Bool {
        let tokens = sentence.tokens
        var index = position - 1
        while index >= 0, index >= position - 3 {
            if spanEdges.contains(tokens[index].hash) { return true }
            guard
                tokens[index].kind == .number || tokens[index].hash == the
                    || tokens[index].hash == last
            else { return false }
            index -= 1
        }
        return false
    }
    private static let the = WordHash.hash("the")
    private static let last = WordHash.hash("last")

    /// "November 24" or "24 November" around a month name, in the publication year (or the year
    /// before, when that date would lie more than a week after publication).
    private static func monthDay(_ sentence: Sentence, month: Int, at position: Int, published: Day)
        -> Day?
    {
        let tokens = sentence.tokens
        func dayNumber(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, tokens[index].kind == .number else {
                return nil
            }
            let token = tokens[index]
            guard token.end - token.start <= 2 else { return nil }
            var value = 0
            for offset in token.start..<token.end {
                let byte = sentence.bytes[offset]
                guard Tokenizer.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return (1...31).contains(value) ? value : nil
        }
        var index = position + 1
        if index < tokens.count, sentence.isPunctuation(index, UInt8(ascii: ".")) { index += 1 }
        guard let dayOfMonth = dayNumber(index) ?? dayNumber(position - 1) else { return nil }
        guard let candidate = Day(year: published.year, month: month, day: dayOfMonth) else {
            return nil
        }
        if candidate.ordinal > published.ordinal + 7 {
            return Day(year: published.year - 1, month: month, day: dayOfMonth)
        }
        return candidate
    }
}
