/// Reads compound numbers ("two hundred and forty", "2.3 million", "one and a half") from tokens.
struct NumberPhraseReader {
    /// The tokens.
    let tokens: UnsafeBufferPointer<NumberToken>
    /// The lexicon facts, indexed by word token code.
    let infos: UnsafeBufferPointer<NumberWordInfo>

    /// The lexicon facts of token `i` (the unknown word for non-words).
    @inline(__always) func info(_ i: Int) -> NumberWordInfo {
        let t = tokens[i]
        return infos[t.isWord ? Int(t.code) : 0]
    }

    /// The word class of token `i` (`.none` for non-words and past the end).
    @inline(__always) func wordClass(_ i: Int) -> NumberWordClass {
        guard i >= 0 && i < tokens.count else {
            return .none
        }
        let t = tokens[i]
        return t.isWord ? infos[Int(t.code)].wordClass : .none
    }

    /// Whether token `i` is a word with any of `flags`.
    @inline(__always) func has(_ i: Int, _ flags: NumberWordFlags) -> Bool {
        guard i >= 0 && i < tokens.count else {
            return false
        }
        let t = tokens[i]
        return t.isWord && infos[Int(t.code)].flags.has(flags)
    }

    /// Whether token `i` is the symbol `symbol`.
    @inline(__always) func isSymbol(_ i: Int, _ symbol: NumberSymbol) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isSymbol && tokens[i].code == symbol.rawValue
    }

    /// Whether token `i` can begin a number phrase.
    func canBegin(_ i: Int) -> Bool {
        guard i < tokens.count else {
            return false
        }
        let t = tokens[i]
        switch t.kind {
        case .number:
            return true
        case .symbol:
            return false
        case .word:
            switch infos[Int(t.code)].wordClass {
            case .unit, .teen, .tens, .tensUnit, .hundred, .scale, .dozen, .ordinal:
                return true
            case .half, .quarter, .article, .point:
                return true
            default:
                return false
            }
        }
    }

    /// Reads the longest number phrase starting at token `start`.
    ///
    /// `money` tells whether a currency precedes (it lets "b" and "T" mean billion/trillion).
    func read(from start: Int, money: Bool) -> NumberPhrase? {
        let n = tokens.count
        if let plain = plainDigits(start) {
            return plain
        }
        var st = NumberPhraseState()
        st.end = start
        var afterHundred: NumberPhraseState?
        var afterScale: NumberPhraseState?
        var i = start
        loop: while i < n {
            var conn = NumberPhraseConnector.none
            var j = i
            if st.last != .none {
                let t = tokens[j]
                if t.isWord {
                    if infos[Int(t.code)].wordClass == .and {
                        conn = .and
                        j += 1
                        if isSymbol(j, .hyphen) && !tokens[j].isSpaced {
                            j += 1
                        }
                    }
                } else if t.isSymbol {
                    switch t.symbol {
                    case .ampersand:
                        conn = .and
                        j += 1
                    case .comma:
                        conn = .comma
                        j += 1
                    case .hyphen:
                        conn = .hyphen
                        j += 1
                        if wordClass(j) == .and {
                            conn = .and
                            j += 1
                            if isSymbol(j, .hyphen) {
                                j += 1
                            }
                        }
                    default:
                        break
                    }
                }
                if j >= n {
                    break
                }
                switch conn {
                case .none:
                    break
                case .and:
                    if st.last != .hundred && st.last != .scale && !fractionFollows(j) {
                        break loop
                    }
                case .comma:
                    if !(st.last == .scale && st.lastScale >= 1000 && tokens[j].isWord
                        && tokens[j].isSpaced)
                    {
                        break loop
                    }
                case .hyphen:
                    if !(st.last.isWord && tokens[j].isWord) {
                        break loop
                    }
                }
            }
            switch step(st, at: j, conn, money: money, start: start) {
            case .attached(let next):
                st = next
                i = next.end
                if st.last == .hundred {
                    afterHundred = st
                } else if st.last == .scale {
                    afterScale = st
                    afterHundred = nil
                }
            case .ordinal(let next):
                st = next
                break loop
            case .stop:
                break loop
            case .revertHundred:
                if let saved = afterHundred {
                    st = saved
                }
                break loop
            case .revertScale:
                if let saved = afterScale {
                    st = saved
                }
                break loop
            }
        }
        if !st.isOrdinal && (st.last == .none || st.last == .article) {
            return nil
        }
        var value = st.total + st.group
        if st.last == .fraction && st.hasJoint && st.jointAfterBigScale && st.lastScale >= 1e6 {
            value = st.total + st.group * st.lastScale
        }
        return NumberPhrase(
            value: value, first: start, end: st.end, isWords: st.isWords, isOrdinal: st.isOrdinal,
            elements: st.elements, last: st.last, bigScale: st.bigScale, hasDigits: st.hasDigits)
    }

    /// The phrase for a lone digits token that nothing after it can extend (the common case),
    /// or nil when the full grammar is needed.
    @inline(__always)
    private func plainDigits(_ start: Int) -> NumberPhrase? {
        guard start < tokens.count else {
            return nil
        }
        let t = tokens[start]
        guard t.isNumber, !t.format.has(.notPlainAmount) else {
            return nil
        }
        let k = start + 1
        if k < tokens.count {
            let next = tokens[k]
            if next.isNumber {
                return nil
            }
            if next.isWord && next.code != 0 {
                let word = infos[Int(next.code)]
                switch word.wordClass {
                case .hundred, .scale, .abbreviation, .dozen, .half, .quarter, .ordinal, .point,
                    .and:
                    return nil
                default:
                    if word.flags.has(.ordinalSuffix) {
                        return nil
                    }
                }
            }
        }
        return NumberPhrase(
            value: t.value, first: start, end: k, isWords: false, isOrdinal: false, elements: 1,
            last: .digits, bigScale: false, hasDigits: true)
    }

    /// Whether a fraction phrase ("a half", "three fifths", "fifty-four hundredths") starts at `k`.
    private func fractionFollows(_ start: Int) -> Bool {
        let n = tokens.count
        var k = start
        guard k < n else {
            return false
        }
        let t = tokens[k]
        if t.isNumber {
            guard t.isPlainInteger else {
                return false
            }
            k += 1
        } else {
            switch wordClass(k) {
            case .article, .unit, .teen, .tensUnit:
                k += 1
            case .tens:
                k += 1
                if isSymbol(k, .hyphen) && wordClass(k + 1) == .unit {
                    k += 2
                } else if wordClass(k) == .unit {
                    k += 1
                }
            default:
                return false
            }
        }
        if isSymbol(k, .hyphen) {
            k += 1
        }
        switch wordClass(k) {
        case .half, .quarter:
            return true
        case .ordinal:
            return has(k, .fraction)
        default:
            return false
        }
    }

    /// Whether a "one twenty" style colloquial hundred may start at `start`: the unit is not
    /// part of a list of number words.
    private func colloquialAllowed(_ start: Int) -> Bool {
        let p = start - 1
        guard p >= 0 else {
            return true
        }
        let t = tokens[p]
        if t.isNumber {
            return false
        }
        switch wordClass(p) {
        case .unit, .teen, .tens, .tensUnit, .hundred, .scale:
            return false
        default:
            return true
        }
    }

    /// Reads decimal digits after "point" at `k`: the fraction and the token after it.
    private func decimalDigits(_ start: Int) -> (Double, Int)? {
        let n = tokens.count
        var k = start
        guard k < n else {
            return nil
        }
        let t = tokens[k]
        if t.isNumber {
            guard t.isPlainInteger && !t.format.has(.grouped) && t.digits > 0 else {
                return nil
            }
            return (t.value / ByteScanner.pow10(Int(t.digits)), k + 1)
        }
        guard t.isWord else {
            return nil
        }
        let i = infos[Int(t.code)]
        switch i.wordClass {
        case .unit:
            var digits = 0.0
            var count = 0
            while k < n && wordClass(k) == .unit && count < 15 {
                digits = digits * 10 + info(k).value
                count += 1
                k += 1
            }
            return (digits / ByteScanner.pow10(count), k)
        case .teen, .tensUnit:
            return (i.value / 100, k + 1)
        case .tens:
            var v = i.value
            k += 1
            if isSymbol(k, .hyphen) && wordClass(k + 1) == .unit {
                v += info(k + 1).value
                k += 2
            } else if wordClass(k) == .unit && info(k).value > 0 {
                v += info(k).value
                k += 1
            }
            return (v / 100, k)
        default:
            return nil
        }
    }

    /// Whether the word before `j` makes a lone "half"/"quarter" a noun ("the second half").
    private func determinerBefore(_ j: Int) -> Bool {
        j > 0 && (has(j - 1, .determiner) || wordClass(j - 1) == .ordinal)
    }

    /// Offers the element at token `j`, joined by `conn`, to the phrase in state `st`.
    private func step(
        _ st: NumberPhraseState, at j: Int, _ conn: NumberPhraseConnector, money: Bool, start: Int
    ) -> NumberPhraseStep {
        let t = tokens[j]
        var nx = st
        nx.elements += 1
        nx.end = j + 1
        if conn == .and || conn == .comma {
            nx.hasJoint = true
            nx.groupAtJoint = st.group
            nx.jointAfterBigScale = st.last == .scale
        }
        // After "hundred" or a big scale, or after an "and" before a fraction, a smaller term adds.
        let additive = st.last == .scale || (st.last == .hundred && conn != .comma) || conn == .and
        if t.isNumber {
            if t.format.has(.date) || t.format.has(.clock) {
                return .stop
            }
            let v = t.value
            nx.hasDigits = true
            nx.digitsDecimal = t.format.has(.decimal) || t.format.has(.exponent)
            switch st.last {
            case .none:
                nx.group = v
                let isFraction =
                    t.format.has(.slashFraction) || (t.format.has(.glyphFraction) && t.digits == 0)
                nx.last = isFraction ? .fraction : .digits
            case .hundred, .scale:
                let limit = st.last == .hundred ? 100 : st.lastScale
                guard conn == .none || conn == .and, v > 0, v < limit, !t.format.has(.slashFraction)
                else {
                    return .stop
                }
                nx.group += v
                nx.last = .digits
            case .digits:
                guard conn == .none, t.format.has(.slashFraction), v < 1, t.isSpaced,
                    !st.digitsDecimal,
                    st.elements == 1
                else {
                    return .stop
                }
                nx.group += v
                nx.last = .fraction
            default:
                return .stop
            }
            return .attached(nx)
        }
        guard t.isWord else {
            return .stop
        }
        let word = infos[Int(t.code)]
        if word.flags.has(.ordinalSuffix) {
            guard st.last == .digits, conn == .none, !t.isSpaced, !st.digitsDecimal,
                st.elements == 1
            else {
                return .stop
            }
            nx.isOrdinal = true
            return .ordinal(nx)
        }
        let v = word.value
        let plural = word.flags.has(.plural)
        if word.wordClass != .abbreviation {
            nx.isWords = true
        }
        switch word.wordClass {
        case .unit, .teen:
            let kind: NumberPhraseElement = word.wordClass == .unit ? .unit : .teen
            if st.last == .none {
                nx.group = v
            } else if kind == .unit && st.last == .tens && (conn == .none || conn == .hyphen) {
                nx.group += v
                nx.last = .tensUnit
                return .attached(nx)
            } else if additive && v > 0 {
                nx.group += v
            } else {
                return .stop
            }
            nx.last = kind
        case .tens, .tensUnit:
            if word.wordClass == .tens && (conn == .none || conn == .hyphen) {
                switch st.last {
                case .unit, .teen, .tens, .tensUnit, .article, .digits, .couple:
                    // "one twenty-fifth", "twenty twenty fifths": a compound denominator.
                    var k = j + 1
                    if isSymbol(k, .hyphen) {
                        k += 1
                    }
                    if wordClass(k) == .ordinal && has(k, .fraction) && info(k).value < 10
                        && !(st.last == .digits && st.digitsDecimal)
                    {
                        nx = st
                        nx.elements += 2
                        nx.isWords = true
                        nx.applyFraction(v + info(k).value)
                        nx.end = k + 1
                        return .attached(nx)
                    }
                default:
                    break
                }
            }
            if st.last == .none {
                nx.group = v
            } else if additive {
                nx.group += v
            } else if st.last == .unit && conn == .none && st.elements == 1 && st.group >= 1
                && word.wordClass == .tens && colloquialAllowed(start)
            {
                nx.group = st.group * 100 + v
                nx.groupHasHundred = true
            } else {
                return .stop
            }
            nx.last = word.wordClass == .tens ? .tens : .tensUnit
        case .hundred:
            if st.last == .none {
                if plural {
                    return .stop
                }
                nx.group = 100
            } else if conn == .none || conn == .hyphen {
                switch st.last {
                case .unit, .teen, .tens, .tensUnit, .digits, .article, .couple, .decimal:
                    if st.groupHasHundred {
                        return .revertHundred
                    }
                    nx.group = st.group * 100
                default:
                    return .stop
                }
            } else {
                return .stop
            }
            nx.groupHasHundred = true
            nx.last = .hundred
        case .scale:
            if st.last == .none {
                if plural {
                    return .stop
                }
                nx.total = v
            } else if st.last == .scale {
                guard conn == .none && v > st.lastScale && st.group == 0 else {
                    return .stop
                }
                nx.total = st.total * v
            } else if conn == .none || conn == .hyphen {
                switch st.last {
                case .digits, .unit, .teen, .tens, .tensUnit, .hundred, .article, .couple,
                    .fraction,
                    .decimal, .dozen:
                    if v < st.lastScale {
                        nx.total = st.total + st.group * v
                    } else {
                        return .revertScale
                    }
                default:
                    return .stop
                }
            } else {
                return .stop
            }
            nx.group = 0
            nx.groupHasHundred = false
            nx.hasJoint = false
            nx.jointAfterBigScale = false
            nx.lastScale = v
            nx.last = .scale
            if v >= 1e6 {
                nx.bigScale = true
            }
        case .abbreviation:
            guard st.last == .digits, conn == .none, v > 0 else {
                return .stop
            }
            let upper = t.flags & NumberToken.allUpper != 0
            if word.flags.has(.upperOnly) && !upper && !(money && word.flags.has(.lowerForMoney)) {
                return .stop
            }
            if word.flags.has(.moneyOrDecimal) && !(money || st.digitsDecimal) {
                return .stop
            }
            if word.flags.has(.moneyOnly) && !money {
                return .stop
            }
            if v == 1e3 && upper && st.digitsDecimal && !money {
                return .stop
            }
            nx.group = st.group * v
            nx.last = .abbreviation
            if v >= 1e6 {
                nx.bigScale = true
            }
        case .dozen:
            if st.last == .none {
                if plural {
                    return .stop
                }
                nx.group = 12
            } else if conn == .none || conn == .hyphen {
                switch st.last {
                case .unit, .teen, .tens, .tensUnit, .hundred, .digits, .article, .fraction,
                    .couple:
                    if st.hasJoint {
                        nx.group = st.groupAtJoint + (st.group - st.groupAtJoint) * 12
                    } else {
                        nx.group = st.group * 12
                    }
                default:
                    return .stop
                }
            } else {
                return .stop
            }
            nx.last = .dozen
        case .half, .quarter:
            if st.last == .none {
                if plural || determinerBefore(j) {
                    return .stop
                }
                nx.group = 1 / v
                nx.last = .fraction
            } else if conn == .none || conn == .hyphen {
                switch st.last {
                case .article, .unit, .teen, .tens, .tensUnit, .couple:
                    nx.applyFraction(v)
                case .digits:
                    guard !plural || st.numerator == 1 else {
                        return .stop
                    }
                    nx.applyFraction(v)
                default:
                    return .stop
                }
            } else {
                return .stop
            }
        case .ordinal:
            let canFraction = word.flags.has(.fraction)
            if st.last == .none {
                if plural {
                    return .stop
                }
                nx.group = v
                nx.isOrdinal = true
                return .ordinal(nx)
            }
            if conn == .comma {
                return .stop
            }
            let numeratorIsOne =
                st.last == .article
                || ((st.last == .unit || st.last == .digits) && st.numerator == 1)
            if canFraction && (conn == .none || conn == .hyphen) {
                if plural {
                    switch st.last {
                    case .unit, .teen, .tens, .tensUnit, .digits, .article, .hundred, .scale,
                        .couple:
                        nx.applyFraction(v)
                        return .attached(nx)
                    default:
                        break
                    }
                } else if numeratorIsOne {
                    nx.applyFraction(v)
                    return .attached(nx)
                }
            }
            if !plural && v < 10 && st.last == .tens && (conn == .none || conn == .hyphen) {
                nx.group = st.group + v
                nx.isOrdinal = true
                return .ordinal(nx)
            }
            if !plural && v < 100 && !st.hasDigits
                && (st.last == .hundred || (st.last == .scale && conn != .none))
            {
                nx.group = st.group + v
                nx.isOrdinal = true
                return .ordinal(nx)
            }
            if !plural && v >= 100 && conn == .none {
                switch st.last {
                case .unit, .teen, .tens, .tensUnit, .hundred:
                    nx.group = (st.total + st.group) * v
                    nx.total = 0
                    nx.isOrdinal = true
                    return .ordinal(nx)
                default:
                    break
                }
            }
            if canFraction && !plural && (conn == .none || conn == .hyphen) {
                switch st.last {
                case .unit, .teen, .tensUnit:
                    nx.applyFraction(v)
                    return .attached(nx)
                default:
                    break
                }
            }
            return .stop
        case .article:
            let k = j + 1
            let nextClass = wordClass(k)
            let nextPlural = has(k, .plural)
            var fits: Bool
            switch nextClass {
            case .hundred, .scale, .half, .quarter:
                fits = !nextPlural
            case .dozen, .couple:
                fits = true
            case .ordinal:
                fits = !nextPlural && has(k, .fraction)
            default:
                fits = false
            }
            guard fits else {
                return .stop
            }
            if st.last == .none {
                nx.group = 1
            } else if conn == .and {
                nx.group = st.group + 1
            } else if st.last == .fraction && conn == .none
                && (nextClass == .dozen || nextClass == .scale || nextClass == .hundred)
            {
                nx = st
                nx.end = j + 1
                return .attached(nx)
            } else {
                return .stop
            }
            nx.last = .article
        case .couple:
            guard st.last == .article, conn == .none else {
                return .stop
            }
            nx.group = st.group + 1
            nx.last = .couple
        case .point:
            guard conn == .none else {
                return .stop
            }
            switch st.last {
            case .none, .unit, .teen, .tens, .tensUnit, .hundred:
                break
            case .digits:
                if st.digitsDecimal {
                    return .stop
                }
            default:
                return .stop
            }
            guard let (fraction, after) = decimalDigits(j + 1) else {
                return .stop
            }
            nx.group = st.group + fraction
            nx.end = after
            nx.last = .decimal
        default:
            return .stop
        }
        return .attached(nx)
    }
}
