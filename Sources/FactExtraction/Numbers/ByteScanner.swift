/// Splits UTF-8 bytes into tokens in one forward pass, parsing digit numbers on the way.
///
/// Words are packed into fixed-size keys while they are scanned and looked up in
/// `NumberWords`; no `String` is created.
struct ByteScanner {
    /// The text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The lexicon.
    let words: NumberWords

    /// Byte classes: 0 other ASCII, 1 space, 2 letter, 3 digit, 4 non-ASCII.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 {
            switch b {
            case 9, 10, 11, 12, 13, 32: table[b] = 1
            case 65...90, 97...122: table[b] = 2
            case 48...57: table[b] = 3
            case 128...255: table[b] = 4
            default: table[b] = 0
            }
        }
        return table
    }()

    /// Powers of ten exactly representable as `Double`.
    private static let powers: [Double] = (0...22).map { e in
        var v = 1.0
        for _ in 0..<e {
            v *= 10
        }
        return v
    }

    /// Ten to the power `e` (exact up to 1e22, then in 1e22 steps).
    static func pow10(_ e: Int) -> Double {
        if e >= 0 && e <= 22 {
            return powers[e]
        }
        if e < 0 && e >= -22 {
            return 1 / powers[-e]
        }
        var v = 1.0
        var rest = abs(e)
        while rest > 22 {
            v *= powers[22]
            rest -= 22
        }
        v *= powers[rest]
        return e > 0 ? v : 1 / v
    }

    /// `mantissa` times ten to the power `exponent` (0 for a zero mantissa).
    static func scaled(_ mantissa: UInt64, _ exponent: Int) -> Double {
        if mantissa == 0 {
            return 0
        }
        if exponent < 0 && exponent >= -22 {
            return Double(mantissa) / powers[-exponent]
        }
        return Double(mantissa) * pow10(max(-400, min(400, exponent)))
    }

    /// Whether `b` is an ASCII digit.
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

    /// The byte at `i`, or 0 past the end.
    @inline(__always) private func at(_ i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

    /// Appends the tokens of the whole text to `tokens`.
    func tokenize(into tokens: inout NumberTokenBuffer) {
        let n = bytes.count
        let classes = Self.classes
        var p = 0
        var spaced: UInt8 = NumberToken.spaceBefore
        while p < n {
            let b = bytes[p]
            switch classes[Int(b)] {
            case 1:
                spaced = NumberToken.spaceBefore
                p += 1
            case 2:
                // Words; a single space between two words is taken without leaving the loop.
                while true {
                    let first = bytes[p]
                    var q = p
                    var k0: UInt64 = 0
                    var k1: UInt64 = 0
                    var upper = 0
                    var short = false
                    if p &+ 8 <= n {
                        // Eight bytes at a time: find the letters, lower-case them, count capitals.
                        let x = UInt64(
                            littleEndian: UnsafeRawPointer(bytes.baseAddress! + p).loadUnaligned(
                                as: UInt64.self))
                        let lowered = x | 0x2020_2020_2020_2020
                        let seven = lowered & 0x7F7F_7F7F_7F7F_7F7F
                        let atLeastA = seven &+ 0x1F1F_1F1F_1F1F_1F1F
                        let pastZ = seven &+ 0x0505_0505_0505_0505
                        let letters = atLeastA & ~pastZ & ~x & 0x8080_8080_8080_8080
                        let stops = ~letters & 0x8080_8080_8080_8080
                        if stops != 0 {
                            let length = stops.trailingZeroBitCount &>> 3
                            let keep = (UInt64(1) &<< UInt64(length &<< 3)) &- 1
                            k0 = lowered & keep
                            let capitals = ~x & 0x2020_2020_2020_2020 & keep
                            upper = capitals == 0x2020_2020_2020_2020 & keep ? length : 0
                            q = p &+ length
                            short = true
                        }
                    }
                    while !short && q < n {
                        let c = bytes[q]
                        let l = c | 0x20
                        if l &- 97 >= 26 {
                            break
                        }
                        let len = q &- p
                        if len < 8 {
                            k0 |= UInt64(l) &<< UInt64(len &<< 3)
                        } else if len < 16 {
                            k1 |= UInt64(l) &<< UInt64((len &- 8) &<< 3)
                        }
                        if c < 97 {
                            upper &+= 1
                        }
                        q &+= 1
                    }
                    let len = q &- p
                    let code = words.lookup(k0, k1, length: len)
                    var flags = spaced
                    if first < 97 {
                        flags |= NumberToken.upperFirst
                        if upper == len {
                            flags |= NumberToken.allUpper
                        }
                    }
                    tokens.append(
                        NumberToken(
                            start: p, end: q, kind: .word, flags: flags, code: code, digits: 0,
                            value: 0))
                    if q &+ 1 < n && bytes[q] == 32 && (bytes[q &+ 1] | 0x20) &- 97 < 26 {
                        spaced = NumberToken.spaceBefore
                        p = q &+ 1
                        continue
                    }
                    spaced = 0
                    p = q
                    break
                }
            case 3:
                p = scanNumber(at: p, spaced: spaced, into: &tokens)
                spaced = 0
            case 0:
                if b == 46 && Self.isDigit(at(p + 1)) && !(p > 0 && Self.isDigit(bytes[p - 1])) {
                    p = scanNumber(at: p, spaced: spaced, into: &tokens)
                } else {
                    tokens.append(
                        NumberToken(
                            start: (p), end: (p + 1), kind: .symbol, flags: spaced,
                            code: Self.asciiSymbol(b).rawValue, digits: 0, value: 0))
                    p += 1
                }
                spaced = 0
            default:
                let (symbol, length, fraction) = Self.nonASCII(bytes, p)
                if symbol == nil && fraction == 0 {
                    spaced = NumberToken.spaceBefore
                    p += length
                } else if fraction > 0 {
                    tokens.append(
                        NumberToken(
                            start: (p), end: (p + length), kind: .number, flags: spaced,
                            code: DigitFormat.glyphFraction.rawValue, digits: 0, value: fraction))
                    p += length
                    spaced = 0
                } else {
                    tokens.append(
                        NumberToken(
                            start: (p), end: (p + length), kind: .symbol, flags: spaced,
                            code: symbol!.rawValue, digits: 0, value: 0))
                    p += length
                    spaced = 0
                }
            }
        }
    }

    /// The symbol of an ASCII punctuation byte.
    private static func asciiSymbol(_ b: UInt8) -> NumberSymbol {
        switch b {
        case 36: return .dollar
        case 37: return .percent
        case 45: return .hyphen
        case 126: return .tilde
        case 44: return .comma
        case 46: return .period
        case 47: return .slash
        case 94: return .caret
        case 58: return .colon
        case 39, 96: return .apostrophe
        case 34: return .quote
        case 43: return .plus
        case 60: return .less
        case 62: return .greater
        case 61: return .equals
        case 38: return .ampersand
        case 40, 91, 123: return .open
        case 41, 93, 125: return .close
        default: return .other
        }
    }

    /// Classifies the non-ASCII character at `p`: a symbol (nil for whitespace), its byte
    /// length, and its value when it is a vulgar fraction (else 0).
    private static func nonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ p: Int) -> (
        NumberSymbol?, Int, Double
    ) {
        let b0 = bytes[p]
        let n = bytes.count
        var length = 1
        if b0 >= 0xF0 {
            length = 4
        } else if b0 >= 0xE0 {
            length = 3
        } else if b0 >= 0xC0 {
            length = 2
        }
        if p + length > n {
            return (.other, n - p, 0)
        }
        if length == 2 && b0 == 0xC2 {
            switch bytes[p + 1] {
            case 0xA0: return (nil, 2, 0)
            case 0xA2, 0xA3, 0xA4, 0xA5: return (.currency, 2, 0)
            case 0xB0, 0xBA: return (.degree, 2, 0)
            case 0xBC: return (nil, 2, 0.25)
            case 0xBD: return (nil, 2, 0.5)
            case 0xBE: return (nil, 2, 0.75)
            case 0xAB, 0xBB: return (.quote, 2, 0)
            default: return (.other, 2, 0)
            }
        }
        if length == 3 && b0 == 0xE2 {
            let b1 = bytes[p + 1]
            let b2 = bytes[p + 2]
            if b1 == 0x80 {
                switch b2 {
                case 0x80...0x8A, 0xAF: return (nil, 3, 0)
                case 0x90, 0x91: return (.hyphen, 3, 0)
                case 0x92, 0x93, 0x94, 0x95: return (.dash, 3, 0)
                case 0x98, 0x99, 0x9A, 0x9B, 0xB2: return (.apostrophe, 3, 0)
                case 0x9C, 0x9D, 0x9E, 0x9F, 0xB3: return (.quote, 3, 0)
                default: return (.other, 3, 0)
                }
            }
            if b1 == 0x82 && b2 >= 0xA0 && b2 <= 0xCF {
                return (.currency, 3, 0)
            }
            if b1 == 0x85 && b2 >= 0x90 && b2 <= 0x9E {
                let fractions: [Double] = [
                    1.0 / 7, 1.0 / 9, 0.1, 1.0 / 3, 2.0 / 3, 0.2, 0.4, 0.6, 0.8, 1.0 / 6, 5.0 / 6,
                    0.125,
                    0.375,
                    0.625, 0.875,
                ]
                return (nil, 3, fractions[Int(b2 - 0x90)])
            }
            if b1 == 0x88 && b2 == 0x92 {
                return (.minusSign, 3, 0)
            }
            if b1 == 0x84 && (b2 == 0x83 || b2 == 0x89) {
                return (.degree, 3, 0)
            }
        }
        if length == 3 && b0 == 0xE3 && bytes[p + 1] == 0x80 && bytes[p + 2] == 0x80 {
            return (nil, 3, 0)
        }
        if length == 3 && b0 == 0xE5 && bytes[p + 1] == 0x85 && bytes[p + 2] == 0x83 {
            return (.currency, 3, 0)
        }
        return (.other, length, 0)
    }

    /// The byte length of a thousands-separator space at `p` (space, no-break or thin space), or 0.
    @inline(__always) private func groupSpace(_ p: Int) -> Int {
        let b = at(p)
        if b == 32 {
            return 1
        }
        if b == 0xC2 && at(p + 1) == 0xA0 {
            return 2
        }
        if b == 0xE2 && at(p + 1) == 0x80 && (at(p + 2) == 0xAF || at(p + 2) == 0x89) {
            return 3
        }
        return 0
    }

    /// The end of the digit run starting at `p`.
    @inline(__always) private func digitRun(_ p: Int) -> Int {
        var q = p
        while q < bytes.count && Self.isDigit(bytes[q]) {
            q += 1
        }
        return q
    }

    /// The integer value of the digits in `p..<q` (at most 18 digits are meaningful).
    @inline(__always) private func intValue(_ p: Int, _ q: Int) -> Int {
        var v = 0
        var i = p
        while i < q && i < p + 18 {
            v = v &* 10 &+ Int(bytes[i] &- 48)
            i += 1
        }
        return v
    }

    /// Parses the number starting at `p` (a digit, or a "." before a digit), appends its
    /// token(s) and returns the position after it.
    private func scanNumber(at p: Int, spaced: UInt8, into tokens: inout NumberTokenBuffer) -> Int {
        let n = bytes.count
        let runEnd = digitRun(p)
        let runLength = runEnd - p
        var format: DigitFormat = []

        // Dates and clock times.
        if runLength == 4 && (at(runEnd) == 45 || at(runEnd) == 47) {
            let sep = at(runEnd)
            let mEnd = digitRun(runEnd + 1)
            if mEnd - runEnd - 1 >= 1 && mEnd - runEnd - 1 <= 2 && at(mEnd) == sep {
                let dEnd = digitRun(mEnd + 1)
                let month = intValue(runEnd + 1, mEnd)
                let day = intValue(mEnd + 1, dEnd)
                if dEnd - mEnd - 1 >= 1 && dEnd - mEnd - 1 <= 2 && (1...12).contains(month)
                    && (1...31).contains(day)
                {
                    tokens.append(
                        NumberToken(
                            start: (p), end: (dEnd), kind: .number, flags: spaced,
                            code: DigitFormat.date.rawValue, digits: 4, value: Double(day)))
                    return dEnd
                }
            }
        }
        if runLength >= 1 && runLength <= 2 && at(runEnd) == 47 {
            let bEnd = digitRun(runEnd + 1)
            let bLength = bEnd - runEnd - 1
            if bLength >= 1 && bLength <= 2 && at(bEnd) == 47 {
                let yEnd = digitRun(bEnd + 1)
                let yLength = yEnd - bEnd - 1
                let a = intValue(p, runEnd)
                let b = intValue(runEnd + 1, bEnd)
                if (yLength == 2 || yLength == 4) && a >= 1 && b >= 1 && a <= 31 && b <= 31
                    && (a <= 12 || b <= 12)
                {
                    let day = a > 12 ? a : b
                    tokens.append(
                        NumberToken(
                            start: (p), end: (yEnd), kind: .number, flags: spaced,
                            code: DigitFormat.date.rawValue, digits: UInt16(runLength),
                            value: Double(day)))
                    return yEnd
                }
            }
        }
        if runLength >= 1 && runLength <= 2 && at(runEnd) == 58 {
            let mEnd = digitRun(runEnd + 1)
            let hour = intValue(p, runEnd)
            let minute = intValue(runEnd + 1, mEnd)
            if mEnd - runEnd - 1 == 2 && hour <= 24 && minute <= 59 {
                var end = mEnd
                var value = Double(hour) + Double(minute) / 60
                if at(mEnd) == 58 {
                    let sEnd = digitRun(mEnd + 1)
                    let second = intValue(mEnd + 1, sEnd)
                    if sEnd - mEnd - 1 == 2 && second <= 59 {
                        value += Double(second) / 3600
                        end = sEnd
                    }
                }
                tokens.append(
                    NumberToken(
                        start: (p), end: (end), kind: .number, flags: spaced,
                        code: DigitFormat.clock.rawValue, digits: UInt16(runLength), value: value))
                return end
            }
        }

        // The integer part, with optional separators.
        var acc = DigitAccumulator()
        var q = runEnd
        var intDigits = runLength
        acc.add(bytes, p, runEnd, fraction: false)
        if runLength > 1 && bytes[p] == 48 {
            format.add(.leadingZero)
        }
        if runLength >= 1 && runLength <= 3 && at(q) == 44 && Self.isDigit(at(q + 1)) {
            // Comma groups: Western 1,234,567 or Indian 12,34,567.
            var g = q
            var count = 0
            var lastLength = 0
            var allThree = true
            var middleTwo = true
            while at(g) == 44 && Self.isDigit(at(g + 1)) {
                let e = digitRun(g + 1)
                let length = e - g - 1
                if count > 0 && lastLength != 2 {
                    middleTwo = false
                }
                if length != 3 {
                    allThree = false
                }
                lastLength = length
                count += 1
                g = e
            }
            let indian = runLength <= 2 && count >= 2 && middleTwo && lastLength == 3
            if allThree || indian {
                while at(q) == 44 && Self.isDigit(at(q + 1)) {
                    let e = digitRun(q + 1)
                    acc.add(bytes, q + 1, e, fraction: false)
                    intDigits += e - q - 1
                    q = e
                }
                format.add(.grouped)
            }
        } else if runLength >= 1 && runLength <= 3 {
            // Space groups: 1 234 567, 40 000 (also no-break and thin spaces).
            while true {
                let sep = groupSpace(q)
                if sep == 0 {
                    break
                }
                let e = digitRun(q + sep)
                if e - q - sep != 3 {
                    break
                }
                let after = at(e)
                if after == 47 || after == 58 || after == 45 || (after | 0x20) &- 97 < 26
                    || (after == 44 && Self.isDigit(at(e + 1)))
                {
                    break
                }
                acc.add(bytes, q + sep, e, fraction: false)
                intDigits += 3
                q = e
                format.add(.grouped)
            }
        }
        if at(q) == 46 && Self.isDigit(at(q + 1)) {
            let e = digitRun(q + 1)
            acc.add(bytes, q + 1, e, fraction: true)
            format.add(.decimal)
            q = e
        }
        // Exponent: 1e10, 12.32e+14, -12e-1 (kept only when the value stays finite).
        var value = Self.scaled(acc.mantissa, acc.exponent)
        if at(q) | 0x20 == 101 {
            var e = q + 1
            var negative = false
            if at(e) == 43 || at(e) == 45 {
                negative = at(e) == 45
                e += 1
            }
            if Self.isDigit(at(e)) {
                let eEnd = digitRun(e)
                let power = eEnd - e <= 3 ? intValue(e, eEnd) : 1000
                let scaled = Self.scaled(acc.mantissa, acc.exponent + (negative ? -power : power))
                if scaled.isFinite && (scaled != 0 || acc.mantissa == 0) {
                    value = scaled
                    format.add(.exponent)
                    q = eEnd
                }
            }
        }
        // A vulgar fraction glued to an integer: 2½.
        if format.rawValue & ~DigitFormat.leadingZero.rawValue == 0, q < n, bytes[q] >= 0xC2 {
            let (_, length, fraction) = Self.nonASCII(bytes, q)
            if fraction > 0 {
                value += fraction
                format.add(.glyphFraction)
                q += length
            }
        }
        // A digit fraction: 3/4, 20/100.
        if format.rawValue & ~DigitFormat.leadingZero.rawValue == 0, at(q) == 47,
            Self.isDigit(at(q + 1))
        {
            let e = digitRun(q + 1)
            let denominator = intValue(q + 1, e)
            // Proper fractions only: "2022/23" and "24/7" are two numbers.
            if denominator > 0 && Double(denominator) > value && e - q - 1 <= 6
                && !(at(e) == 47 && Self.isDigit(at(e + 1)))
                && !(at(e) == 46 && Self.isDigit(at(e + 1)))
            {
                value /= Double(denominator)
                format.add(.slashFraction)
                q = e
            }
        }
        tokens.append(
            NumberToken(
                start: (p), end: (q), kind: .number, flags: spaced, code: format.rawValue,
                digits: UInt16(min(intDigits, 65535)), value: value))
        return q
    }
}

/// Collects decimal digits into a 19-digit mantissa and a power-of-ten exponent.
struct DigitAccumulator {
    /// The significant digits.
    var mantissa: UInt64 = 0
    /// The power of ten to scale the mantissa by.
    var exponent = 0
    /// How many significant digits the mantissa holds.
    var significant = 0

    /// Adds the digits in `from..<to`; fraction digits lower the exponent.
    @inline(__always)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, fraction: Bool) {
        var i = from
        while i < to {
            let d = UInt64(bytes[i] &- 48)
            if significant < 19 {
                if mantissa != 0 || d != 0 {
                    significant += 1
                }
                mantissa = mantissa &* 10 &+ d
                if fraction {
                    exponent -= 1
                }
            } else if !fraction {
                exponent += 1
            }
            i += 1
        }
    }
}
