/// Turns number phrases into mentions: signs, ranges, products, spans and roles.
struct NumberMentionBuilder {
    /// The phrase reader over the tokens.
    let reader: NumberPhraseReader
    /// The text.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The tokens.
    private var tokens: UnsafeBufferPointer<NumberToken> { reader.tokens }

    /// Whether a mention may start at token `i` (a cheap first test).
    @inline(__always) func canStart(_ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .number:
            return true
        case .word:
            if t.code == 0 {
                return false
            }
            switch reader.infos[Int(t.code)].wordClass {
            case .unit, .teen, .tens, .tensUnit, .hundred, .scale, .dozen, .ordinal:
                return true
            case .half, .quarter, .article, .point, .minus:
                return true
            default:
                return false
            }
        case .symbol:
            return
                (t.code == NumberSymbol.hyphen.rawValue
                || t.code == NumberSymbol.minusSign.rawValue)
                && i + 1 < tokens.count && tokens[i + 1].isNumber
        }
    }

    /// Builds the mention starting at token `i`, with the token index to go on from.
    func mention(at i: Int) -> (NumberMention, Int)? {
        var s = i
        var negative = false
        let t = tokens[i]
        if t.isWord && reader.wordClass(i) == .minus {
            guard reader.canBegin(i + 1), reader.wordClass(i + 1) != .ordinal else {
                return nil
            }
            negative = true
            s = i + 1
        } else if t.isSymbol {
            if i > 0 {
                let p = tokens[i - 1]
                if p.isNumber || (p.isWord && !t.isSpaced) {
                    return nil
                }
            }
            negative = true
            s = i + 1
        }
        let first = tokens[s]
        // Digits glued to letters ("G20", "Q3") are part of a name, unless the letters are a
        // currency code ("USD115").
        if first.isNumber && s == i && i > 0 && !first.isSpaced && tokens[i - 1].isWord
            && !reader.has(i - 1, .currencyBefore)
        {
            return nil
        }
        if first.isNumber && (first.format.has(.date) || first.format.has(.clock)) {
            guard !negative else {
                return nil
            }
            let role: NumberMention.Role = first.format.has(.date) ? .date : .time
            let m = NumberMention(
                value: first.value, start: first.start, end: first.end, role: role)
            return (m, s + 1)
        }
        var startToken = i
        let moneyToken = currencyBefore(i)
        let money = moneyToken >= 0
        guard let phrase = reader.read(from: s, money: money) else {
            return nil
        }
        if isPronounOne(phrase) || isVague(phrase) {
            return nil
        }
        var value = negative ? -phrase.value : phrase.value
        var end = phrase.end
        var isWords = phrase.isWords
        if phrase.isOrdinal {
            let role: NumberMention.Role = isDate(s, end, value) ? .date : .ordinal
            let m = NumberMention(
                value: value, start: tokens[i].start, end: tokens[end - 1].end, role: role,
                isWords: isWords
            )
            return (m, end)
        }
        var upper: Double?
        var multiplied = false
        var isPercent = false
        var afterLow = end
        if let after = percentEnd(end) {
            isPercent = true
            afterLow = after
        }
        if let (high, after, words) = range(
            after: afterLow, startToken: i, low: phrase, money: money)
        {
            upper = high
            end = after
            isWords = isWords || words
        } else if !isPercent, value >= 1, value == value.rounded(),
            let (factor, after) = product(after: end)
        {
            // Only whole groups multiply: "a third group of 17" is the third of several groups.
            value *= factor
            multiplied = true
            end = after
            isWords = true
        } else {
            end = afterLow
        }
        if let after = percentEnd(end) {
            isPercent = true
            end = after
        }
        var role = NumberMention.Role.cardinal
        if isPercent {
            role = .percent
        } else if money || currencyAfter(end, phrase) {
            role = .money
            if money && tokens[moneyToken].isSymbol {
                startToken = min(startToken, moneyToken)
            }
        } else if isAge(i, end) {
            role = .age
        } else if upper == nil && !negative && isDate(s, end, value) {
            role = .date
        } else if upper == nil && !negative && isTime(s, end, phrase) {
            role = .time
        } else if !negative && isYear(s, upper == nil ? end : phrase.end, phrase) {
            role = .year
        } else if isMeasure(end) {
            role = .measure
        }
        let m = NumberMention(
            value: value, upper: upper, start: tokens[startToken].start, end: tokens[end - 1].end,
            role: role, isWords: isWords, isMultiplied: multiplied)
        return (m, max(end, skipUnitTail(end)))
    }

    /// Whether token `i` is a one-letter word spelled `letter` (lower case).
    private func isLetter(_ i: Int, _ letter: UInt8) -> Bool {
        guard i < tokens.count, tokens[i].isWord, tokens[i].end - tokens[i].start == 1 else {
            return false
        }
        return bytes[tokens[i].start] | 0x20 == letter
    }

    /// The index of a currency sign or code right before token `i`, or -1.
    private func currencyBefore(_ i: Int) -> Int {
        let k = i - 1
        guard k >= 0 else {
            return -1
        }
        if reader.isSymbol(k, .dollar) || reader.isSymbol(k, .currency)
            || reader.has(k, .currencyBefore)
        {
            return k
        }
        if reader.isSymbol(k, .period) && reader.has(k - 1, .currencyBefore) {
            return k - 1
        }
        return -1
    }

    /// Whether a phrase that is a lone "one" is a pronoun ("the one who", "no one", "one another").
    private func isPronounOne(_ phrase: NumberPhrase) -> Bool {
        guard phrase.elements == 1, !phrase.isOrdinal, reader.wordClass(phrase.first) == .unit,
            reader.info(phrase.first).value == 1
        else {
            return false
        }
        if reader.has(phrase.first - 1, .pronounBefore) || reader.has(phrase.end, .pronounAfter) {
            return true
        }
        return reader.isSymbol(phrase.end, .apostrophe) && isLetter(phrase.end + 1, 115)
    }

    /// Whether a phrase that starts with a bare "hundred" or scale word follows a vague
    /// quantifier ("a few hundred", "several thousand").
    private func isVague(_ phrase: NumberPhrase) -> Bool {
        switch reader.wordClass(phrase.first) {
        case .hundred, .scale:
            return reader.has(phrase.first - 1, .vague)
        default:
            return false
        }
    }

    /// A range continuation after token `end` ("- 250", "to 20", "and 30" after "between", "or
    /// 36" after a close lower number): the high value, the token after it and whether it is in
    /// words.
    private func range(after end: Int, startToken: Int, low: NumberPhrase, money: Bool) -> (
        Double, Int, Bool
    )? {
        let n = tokens.count
        guard end < n else {
            return nil
        }
        // "by a quarter to 15 million" is no range.
        if low.last == .fraction && low.isWords {
            return nil
        }
        let t = tokens[end]
        var joins = false
        var needsDigits = false
        var alternative = false
        if t.isSymbol {
            switch t.symbol {
            case .hyphen, .dash, .tilde:
                // "200-250", "1000 – 5000"; words use "to" ("a half-dozen" is no range). A spaced
                // em dash sets a phrase apart ("all 12 — 10 of them Israelis"): no range.
                let emDash =
                    t.isSpaced && t.end - t.start == 3 && bytes[t.start] == 0xE2
                    && bytes[t.start + 1] == 0x80 && bytes[t.start + 2] == 0x94
                joins = low.hasDigits && !emDash
                needsDigits = true
            default:
                break
            }
        } else if reader.has(end, .rangeTo) {
            joins = true
        } else if reader.has(end, .alternative) {
            joins = !money && !low.isOrdinal
            alternative = true
        } else if reader.wordClass(end) == .and {
            var b = startToken - 1
            if reader.isSymbol(b, .dollar) || reader.isSymbol(b, .currency) {
                b -= 1
            }
            joins = reader.has(b, .between)
        }
        guard joins else {
            return nil
        }
        var k = end + 1
        var highMoney = money
        if reader.isSymbol(k, .dollar) || reader.isSymbol(k, .currency) {
            k += 1
            highMoney = true
        }
        var negative = false
        if reader.wordClass(k) == .minus {
            negative = true
            k += 1
        } else if (reader.isSymbol(k, .hyphen) || reader.isSymbol(k, .minusSign)) && k + 1 < n
            && tokens[k + 1].isNumber && !tokens[k + 1].isSpaced
        {
            negative = true
            k += 1
        }
        guard k < n, reader.canBegin(k), !needsDigits || tokens[k].isNumber else {
            return nil
        }
        if tokens[k].isNumber && tokens[k].format.has(.special) {
            return nil
        }
        guard let high = reader.read(from: k, money: highMoney), !high.isOrdinal,
            !isPronounOne(high)
        else {
            return nil
        }
        // "35 or 36", "two or three": alternatives make a range only when written alike, close
        // and rising; "10 bln or 10 tln" and "20 or 5" name two numbers.
        if alternative,
            high.isWords != low.isWords || high.value <= low.value || high.value > 2 * low.value
                || negative || highMoney
        {
            return nil
        }
        return (negative ? -high.value : high.value, high.end, high.isWords)
    }

    /// A product continuation after token `end` ("sets of two"): the factor and the token after it.
    private func product(after end: Int) -> (Double, Int)? {
        guard reader.has(end, .groupNoun), reader.has(end + 1, .of), reader.canBegin(end + 2) else {
            return nil
        }
        guard let factor = reader.read(from: end + 2, money: false), !factor.isOrdinal else {
            return nil
        }
        return (factor.value, factor.end)
    }

    /// The token after a percent sign or word at `end` ("%", "percent", "per cent"), if any.
    private func percentEnd(_ end: Int) -> Int? {
        if reader.isSymbol(end, .percent) || reader.wordClass(end) == .percent {
            return end + 1
        }
        if reader.wordClass(end) == .per && reader.has(end + 1, .cent) {
            return end + 2
        }
        return nil
    }

    /// Whether a currency follows token `end` ("10 $", "5 dollars", "10 us dollar").
    private func currencyAfter(_ end: Int, _ phrase: NumberPhrase) -> Bool {
        if reader.isSymbol(end, .dollar) || reader.isSymbol(end, .currency) {
            return true
        }
        var k = end
        if !reader.has(k, .currencyAfter) && end + 1 < tokens.count && tokens[end].isWord
            && !reader.has(end, .measure) && reader.wordClass(end) == .none
        {
            k = end + 1
        }
        guard reader.has(k, .currencyAfter) else {
            return false
        }
        // "pounds" is money after a big amount, weight otherwise.
        return !reader.has(k, .measure) || phrase.bigScale
    }

    /// Whether the number is an age ("85-year-old", "29 years old", "aged 9", "87 yo").
    private func isAge(_ startToken: Int, _ end: Int) -> Bool {
        var k = end
        if reader.isSymbol(k, .hyphen) {
            k += 1
        }
        if reader.has(k, .timeUnit) {
            k += 1
            if reader.isSymbol(k, .hyphen) {
                k += 1
            }
            if reader.has(k, .old) {
                return true
            }
            if reader.has(k, .of) && reader.has(k + 1, .ageBefore) {
                return true
            }
        }
        if reader.has(end, .ageAfter) {
            return true
        }
        var p = startToken - 1
        if reader.has(p, .between | .from) {
            p -= 1
        }
        return reader.has(p, .ageBefore) || (reader.has(p, .of) && reader.has(p - 1, .ageBefore))
    }

    /// Whether a day number sits next to a month ("October 7", "7 October", "Oct. 7").
    private func isDate(_ s: Int, _ end: Int, _ value: Double) -> Bool {
        guard tokens[s].isNumber, tokens[s].isPlainInteger, !tokens[s].format.has(.grouped),
            value >= 1, value <= 31, end == s + 1 || (end == s + 2 && tokens[s + 1].isWord)
        else {
            return false
        }
        var p = s - 1
        if reader.isSymbol(p, .period) {
            p -= 1
        }
        if reader.wordClass(p) == .month {
            return true
        }
        return reader.wordClass(end) == .month
            || (reader.has(end, .of) && reader.wordClass(end + 1) == .month)
    }

    /// Whether a small integer is a clock hour ("3 p.m.", "10 am", "5 o'clock").
    private func isTime(_ s: Int, _ end: Int, _ phrase: NumberPhrase) -> Bool {
        guard phrase.elements == 1, phrase.value >= 1, phrase.value <= 12,
            Double(Int(phrase.value)) == phrase.value
        else {
            return false
        }
        if tokens[s].isNumber && !tokens[s].isPlainInteger {
            return false
        }
        if reader.has(end, .clockSuffix) {
            return true
        }
        if (isLetter(end, 97) || isLetter(end, 112)) && reader.isSymbol(end + 1, .period)
            && isLetter(end + 2, 109)
        {
            return true
        }
        return isLetter(end, 111) && reader.isSymbol(end + 1, .apostrophe)
            && reader.has(end + 2, .clock)
    }

    /// Whether a four-digit number is a year ("in 2023", "1948"), not a count ("2000 people").
    private func isYear(_ s: Int, _ end: Int, _ phrase: NumberPhrase) -> Bool {
        let t = tokens[s]
        guard phrase.elements == 1, t.isNumber, t.format.rawValue == 0, t.digits == 4,
            t.value >= 1900,
            t.value <= 2100
        else {
            return false
        }
        if isLetter(end, 115) && !tokens[end].isSpaced {
            return true
        }
        if end < tokens.count {
            let next = tokens[end]
            if next.isSymbol {
                switch next.symbol {
                case .percent, .currency, .dollar, .degree:
                    return false
                default:
                    break
                }
            } else if next.isWord {
                switch reader.wordClass(end) {
                case .scale, .hundred, .abbreviation, .percent, .dozen:
                    return false
                default:
                    break
                }
                if reader.has(end, .measure | .currencyAfter) && !reader.has(end, .timeUnit) {
                    return false
                }
            }
        }
        let p = s - 1
        if reader.has(p, .yearCue) || reader.wordClass(p) == .month {
            return true
        }
        // "April 15, 2023 has …": the year after a month's day and its comma.
        if p >= 2, reader.isSymbol(p, .comma), tokens[p - 1].isNumber, tokens[p - 1].digits <= 2,
            reader.wordClass(p - 2) == .month
        {
            return true
        }
        if end < tokens.count && tokens[end].isWord && tokens[end].code == 0
            && tokens[end].flags & NumberToken.upperFirst == 0
        {
            return false
        }
        return true
    }

    /// Whether a unit follows token `end` ("10kg", "30 days", "four-day", "85°").
    private func isMeasure(_ end: Int) -> Bool {
        var k = end
        if reader.isSymbol(k, .hyphen) && k < tokens.count && !tokens[k].isSpaced {
            k += 1
        }
        if reader.has(k, .measure) {
            return true
        }
        return reader.isSymbol(end, .degree)
            || reader.isSymbol(end, .quote) && end > 0 && tokens[end - 1].isNumber
    }

    /// The token after a unit's exponent ("km2", "s-1", "m^2"), so the exponent is not read
    /// as a number; `end` when there is none.
    private func skipUnitTail(_ end: Int) -> Int {
        let n = tokens.count
        var k = end
        guard k < n, tokens[k].isWord, tokens[k].end - tokens[k].start <= 4 else {
            return end
        }
        k += 1
        /// Whether token `i` is a one-digit exponent glued to the unit.
        func isExponent(_ i: Int) -> Bool {
            guard i < n, !tokens[i].isSpaced, tokens[i].isPlainInteger, tokens[i].digits == 1 else {
                return false
            }
            return i + 1 == n || tokens[i + 1].isSpaced || tokens[i + 1].isSymbol
        }
        for _ in 0..<4 {
            guard k < n, !tokens[k].isSpaced else {
                break
            }
            if isExponent(k) {
                return k + 1
            }
            if (reader.isSymbol(k, .caret) || reader.isSymbol(k, .hyphen)) && isExponent(k + 1) {
                return k + 2
            }
            if reader.isSymbol(k, .slash) && k + 1 < n && !tokens[k + 1].isSpaced
                && tokens[k + 1].isWord
            {
                k += 2
                continue
            }
            break
        }
        return end
    }
}
