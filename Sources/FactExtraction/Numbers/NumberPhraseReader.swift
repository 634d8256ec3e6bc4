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
                    let digitsTimesScale =
                        st.last == .digits && !tokens[j].isSpaced && wordClass(j) == .scale
                    if !(st.last.isWord && tokens[j].isWord) && !digitsTimesScale {
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
            value = st.total + Self.scaled(st.group, by: st.lastScale)
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
            // "12-million": a scale word joined by a hyphen multiplies the digits.
            if next.isSymbol, next.symbol == .hyphen, !next.isSpaced, wordClass(k + 1) == .scale {
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

    /// Whether the word before `j` makes a lone "half"/"quarter" a noun ("the second half"),
    /// unless a scale follows it ("said that half a million fled" is still 500,000).
    private func determinerBefore(_ j: Int) -> Bool {
        guard j > 0 && (has(j - 1, .determiner) || wordClass(j - 1) == .ordinal) else {
            return false
        }
        guard wordClass(j + 1) == .article else { return true }
        switch wordClass(j + 2) {
        case .scale, .hundred, .dozen: return false
        default: return true
        }
    }

    /// Offers the element at token `index`, joined by `connector`, to the phrase in `state`:
    /// the state after it, or why the phrase cannot take it.
    private func step(
        _ state: NumberPhraseState, at index: Int, _ connector: NumberPhraseConnector,
        money: Bool, start: Int
    ) -> NumberPhraseStep {
        let token = tokens[index]
        var next = state
        next.elements += 1
        next.end = index + 1
        if connector == .and || connector == .comma {
            next.hasJoint = true
            next.groupAtJoint = state.group
            next.jointAfterBigScale = state.last == .scale
            next.jointIsComma = connector == .comma
        }
        if token.isNumber {
            return digits(token, after: state, connector, next: next)
        }
        guard token.isWord else { return .stop }
        let word = infos[Int(token.code)]
        if word.flags.has(.ordinalSuffix) {
            return ordinalSuffix(after: state, connector, next: next)
        }
        if word.wordClass != .abbreviation { next.isWords = true }
        let value = word.value
        let plural = word.flags.has(.plural)
        // After "hundred" or a big scale, or after an "and" before a fraction, a smaller term adds.
        let additive =
            state.last == .scale || (state.last == .hundred && connector != .comma)
            || connector == .and
        switch word.wordClass {
        case .unit, .teen:
            return unitOrTeen(
                value, isUnit: word.wordClass == .unit, after: state, connector,
                additive: additive, next: next)
        case .tens, .tensUnit:
            return tens(
                value, isRound: word.wordClass == .tens, at: index, after: state, connector,
                additive: additive, start: start, next: next)
        case .hundred:
            return hundred(plural: plural, after: state, connector, next: next)
        case .scale:
            return scale(value, plural: plural, after: state, connector, next: next)
        case .abbreviation:
            return abbreviation(
                value, word: word, token: token, money: money, after: state, connector,
                next: next)
        case .dozen:
            return dozen(plural: plural, after: state, connector, next: next)
        case .half, .quarter:
            return fractionWord(
                value, plural: plural, at: index, after: state, connector, next: next)
        case .ordinal:
            return ordinal(
                value, plural: plural, isFraction: word.flags.has(.fraction), after: state,
                connector, next: next)
        case .article:
            return article(at: index, after: state, connector, next: next)
        case .couple:
            guard state.last == .article, connector == .none else { return .stop }
            next.group = state.group + 1
            next.last = .couple
            return .attached(next)
        case .point:
            return decimalPoint(at: index, after: state, connector, next: next)
        default:
            return .stop
        }
    }

    /// A digits token: a first figure, the small part after "hundred" or a scale, or a
    /// fraction after a whole number ("2 1/4").
    private func digits(
        _ token: NumberToken, after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        if token.format.has(.date) || token.format.has(.clock) { return .stop }
        var next = next
        let value = token.value
        next.hasDigits = true
        next.digitsDecimal = token.format.has(.decimal) || token.format.has(.exponent)
        switch state.last {
        case .none:
            next.group = value
            let isFraction =
                token.format.has(.slashFraction)
                || (token.format.has(.glyphFraction) && token.digits == 0)
            next.last = isFraction ? .fraction : .digits
        case .hundred, .scale:
            let limit = state.last == .hundred ? 100 : state.lastScale
            guard connector == .none || connector == .and, value > 0, value < limit,
                !token.format.has(.slashFraction)
            else { return .stop }
            next.group += value
            next.last = .digits
        case .digits:
            guard connector == .none, token.format.has(.slashFraction), value < 1,
                token.isSpaced, !state.digitsDecimal, state.elements == 1
            else { return .stop }
            next.group += value
            next.last = .fraction
        default:
            return .stop
        }
        return .attached(next)
    }

    /// An ordinal suffix written apart from its digits ("21 st").
    private func ordinalSuffix(
        after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        guard state.last == .digits, connector == .none, !state.digitsDecimal,
            state.elements == 1
        else { return .stop }
        var next = next
        next.isOrdinal = true
        return .ordinal(next)
    }

    /// "one" … "nine", "ten" … "nineteen": a first term, the unit after a tens word, or a term
    /// added after "hundred", a scale or "and".
    private func unitOrTeen(
        _ value: Double, isUnit: Bool, after state: NumberPhraseState,
        _ connector: NumberPhraseConnector, additive: Bool, next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if state.last == .none {
            next.group = value
        } else if isUnit && state.last == .tens && (connector == .none || connector == .hyphen) {
            next.group += value
            next.last = .tensUnit
            return .attached(next)
        } else if additive && value > 0 {
            next.group += value
        } else {
            return .stop
        }
        next.last = isUnit ? .unit : .teen
        return .attached(next)
    }

    /// "twenty" … "ninety" (and one-word "twenty-one"): a term, a compound denominator ("one
    /// twenty-fifth"), or a colloquial hundreds ("nineteen eighty").
    private func tens(
        _ value: Double, isRound: Bool, at index: Int, after state: NumberPhraseState,
        _ connector: NumberPhraseConnector, additive: Bool, start: Int, next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if isRound && (connector == .none || connector == .hyphen) {
            switch state.last {
            case .unit, .teen, .tens, .tensUnit, .article, .digits, .couple:
                // "one twenty-fifth", "twenty twenty fifths": a compound denominator.
                var following = index + 1
                if isSymbol(following, .hyphen) { following += 1 }
                if wordClass(following) == .ordinal && has(following, .fraction)
                    && info(following).value < 10
                    && !(state.last == .digits && state.digitsDecimal)
                {
                    next = state
                    next.elements += 2
                    next.isWords = true
                    next.applyFraction(value + info(following).value)
                    next.end = following + 1
                    return .attached(next)
                }
            default:
                break
            }
        }
        if state.last == .none {
            next.group = value
        } else if additive {
            next.group += value
        } else if state.last == .unit && connector == .none && state.elements == 1
            && state.group >= 1 && isRound && colloquialAllowed(start)
        {
            next.group = state.group * 100 + value
            next.groupHasHundred = true
        } else {
            return .stop
        }
        next.last = isRound ? .tens : .tensUnit
        return .attached(next)
    }

    /// "hundred": a multiplier of the group before it, or a lone "hundred".
    private func hundred(
        plural: Bool, after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if state.last == .none {
            if plural { return .stop }
            next.group = 100
        } else if connector == .none || connector == .hyphen {
            switch state.last {
            case .unit, .teen, .tens, .tensUnit, .digits, .article, .couple, .decimal:
                if state.groupHasHundred { return .revertHundred }
                next.group = state.group * 100
            default:
                return .stop
            }
        } else {
            return .stop
        }
        next.groupHasHundred = true
        next.last = .hundred
        return .attached(next)
    }

    /// A decimal times a scale, without the binary fraction's error: "8.2 million" is
    /// 8,200,000, not 8,199,999.999999999.
    static func scaled(_ value: Double, by scale: Double) -> Double {
        let product = value * scale
        let whole = product.rounded()
        return abs(product - whole) <= 1e-9 * abs(product) ? whole : product
    }

    /// "thousand", "million" …: a multiplier that flushes the group into the total.
    private func scale(
        _ value: Double, plural: Bool, after state: NumberPhraseState,
        _ connector: NumberPhraseConnector, next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if state.last == .none {
            if plural { return .stop }
            next.total = value
        } else if state.last == .scale {
            guard connector == .none && value > state.lastScale && state.group == 0 else {
                return .stop
            }
            next.total = Self.scaled(state.total, by: value)
        } else if connector == .none || connector == .hyphen {
            switch state.last {
            case .digits, .unit, .teen, .tens, .tensUnit, .hundred, .article, .couple, .fraction,
                .decimal, .dozen:
                guard value < state.lastScale else { return .revertScale }
                next.total = state.total + Self.scaled(state.group, by: value)
            default:
                return .stop
            }
        } else {
            return .stop
        }
        next.group = 0
        next.groupHasHundred = false
        next.hasJoint = false
        next.jointAfterBigScale = false
        next.lastScale = value
        next.last = .scale
        if value >= 1e6 { next.bigScale = true }
        return .attached(next)
    }

    /// "k", "M", "bn" right after digits, where the spelling and a money context allow it.
    private func abbreviation(
        _ value: Double, word: NumberWordInfo, token: NumberToken, money: Bool,
        after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        guard state.last == .digits, connector == .none, value > 0 else { return .stop }
        let upper = token.flags & NumberToken.allUpper != 0
        if word.flags.has(.upperOnly) && !upper && !(money && word.flags.has(.lowerForMoney)) {
            return .stop
        }
        if word.flags.has(.moneyOrDecimal) && !(money || state.digitsDecimal) { return .stop }
        if word.flags.has(.moneyOnly) && !money { return .stop }
        if value == 1e3 && upper && state.digitsDecimal && !money { return .stop }
        var next = next
        next.group = Self.scaled(state.group, by: value)
        next.last = .abbreviation
        if value >= 1e6 { next.bigScale = true }
        return .attached(next)
    }

    /// "dozen": twelve, or twelve times the group before it.
    private func dozen(
        plural: Bool, after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if state.last == .none {
            if plural { return .stop }
            next.group = 12
        } else if connector == .none || connector == .hyphen {
            switch state.last {
            case .unit, .teen, .tens, .tensUnit, .hundred, .digits, .article, .fraction, .couple:
                if state.hasJoint {
                    next.group = state.groupAtJoint + (state.group - state.groupAtJoint) * 12
                } else {
                    next.group = state.group * 12
                }
            default:
                return .stop
            }
        } else {
            return .stop
        }
        next.last = .dozen
        return .attached(next)
    }

    /// "half", "quarter": a fraction alone, or the denominator of the number before it.
    private func fractionWord(
        _ value: Double, plural: Bool, at index: Int, after state: NumberPhraseState,
        _ connector: NumberPhraseConnector, next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if state.last == .none {
            if plural || determinerBefore(index) { return .stop }
            next.group = 1 / value
            next.last = .fraction
        } else if connector == .none || connector == .hyphen {
            if state.hasJoint && state.jointIsComma { return .revertScale }
            switch state.last {
            case .article, .unit, .teen, .tens, .tensUnit, .couple:
                next.applyFraction(value)
            case .digits:
                guard !plural || state.numerator == 1 else { return .stop }
                next.applyFraction(value)
            default:
                return .stop
            }
        } else {
            return .stop
        }
        return .attached(next)
    }

    /// An ordinal word: the end of an ordinal ("twenty-first", "hundredth") or a denominator
    /// ("three fifths", "a third").
    private func ordinal(
        _ value: Double, plural: Bool, isFraction: Bool, after state: NumberPhraseState,
        _ connector: NumberPhraseConnector, next: NumberPhraseState
    ) -> NumberPhraseStep {
        var next = next
        if state.last == .none {
            if plural { return .stop }
            next.group = value
            next.isOrdinal = true
            return .ordinal(next)
        }
        if connector == .comma { return .stop }
        let closeJoin = connector == .none || connector == .hyphen
        // A fraction never ends a number written in comma-parted groups: the part after the
        // comma is a number of its own ("nine million, two thirds of them").
        if isFraction && state.hasJoint && state.jointIsComma { return .revertScale }
        let numeratorIsOne =
            state.last == .article
            || ((state.last == .unit || state.last == .digits) && state.numerator == 1)
        if isFraction && closeJoin {
            if plural {
                switch state.last {
                case .unit, .teen, .tens, .tensUnit, .digits, .article, .hundred, .scale, .couple:
                    next.applyFraction(value)
                    return .attached(next)
                default:
                    break
                }
            } else if numeratorIsOne {
                next.applyFraction(value)
                return .attached(next)
            }
        }
        if !plural && value < 10 && state.last == .tens && closeJoin {
            next.group = state.group + value
            next.isOrdinal = true
            return .ordinal(next)
        }
        if !plural && value < 100 && !state.hasDigits
            && (state.last == .hundred || (state.last == .scale && connector != .none))
        {
            next.group = state.group + value
            next.isOrdinal = true
            return .ordinal(next)
        }
        if !plural && value >= 100 && connector == .none {
            switch state.last {
            case .unit, .teen, .tens, .tensUnit, .hundred:
                next.group = (state.total + state.group) * value
                next.total = 0
                next.isOrdinal = true
                return .ordinal(next)
            default:
                break
            }
        }
        if isFraction && !plural && closeJoin {
            switch state.last {
            case .unit, .teen, .tensUnit:
                next.applyFraction(value)
                return .attached(next)
            default:
                break
            }
        }
        return .stop
    }

    /// "a"/"an" standing for one before "hundred", a scale, "half", "dozen", "couple" or a
    /// denominator ("a third").
    private func article(
        at index: Int, after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        let following = index + 1
        let followingClass = wordClass(following)
        let followingPlural = has(following, .plural)
        let fits: Bool
        switch followingClass {
        case .hundred, .scale, .half, .quarter:
            fits = !followingPlural
        case .dozen, .couple:
            fits = true
        case .ordinal:
            fits = !followingPlural && has(following, .fraction)
        default:
            fits = false
        }
        guard fits else { return .stop }
        var next = next
        if state.last == .none {
            next.group = 1
        } else if connector == .and {
            next.group = state.group + 1
        } else if state.last == .fraction && connector == .none
            && (followingClass == .dozen || followingClass == .scale || followingClass == .hundred)
        {
            next = state
            next.end = index + 1
            return .attached(next)
        } else {
            return .stop
        }
        next.last = .article
        return .attached(next)
    }

    /// "point" followed by spelt-out decimal digits ("two point five").
    private func decimalPoint(
        at index: Int, after state: NumberPhraseState, _ connector: NumberPhraseConnector,
        next: NumberPhraseState
    ) -> NumberPhraseStep {
        guard connector == .none else { return .stop }
        switch state.last {
        case .none, .unit, .teen, .tens, .tensUnit, .hundred:
            break
        case .digits:
            if state.digitsDecimal { return .stop }
        default:
            return .stop
        }
        guard let (fraction, after) = decimalDigits(index + 1) else { return .stop }
        var next = next
        next.group = state.group + fraction
        next.end = after
        next.last = .decimal
        return .attached(next)
    }
}
