import FactLedgerCore

/// A line and range chart drawn as inline SVG, with no script: per day, the range of what was
/// said (a bar), the figure most statements agree on (a line), single statements (dots) and
/// marked claims (labelled circles). Only numbers, dates and escaped labels reach the output.
public struct SVGChart: Sendable {
    /// A labelled claim drawn large, coloured by its side.
    public struct Mark: Sendable {
        /// The day it is drawn at.
        public var day: Day
        /// Its value.
        public var value: Double
        /// A short label ("A", "B", …).
        public var label: String
        /// Its side (0, 1, …), which picks the colour.
        public var side: Int
        /// The tooltip.
        public var title: String

        /// Creates a mark.
        public init(day: Day, value: Double, label: String, side: Int, title: String) {
            self.day = day
            self.value = value
            self.label = label
            self.side = side
            self.title = title
        }
    }

    /// The chart's title.
    public var title: String
    /// Per day, the lowest and highest value said.
    public var ranges: [(day: Day, low: Double, high: Double)] = []
    /// The line: per day, the figure most statements agree on.
    public var line: [(day: Day, value: Double)] = []
    /// Single statements.
    public var dots: [(day: Day, value: Double, title: String)] = []
    /// Marked claims.
    public var marks: [Mark] = []
    /// Fixed value labels for the vertical axis (a stance chart: against, qualified, for).
    public var valueLabels: [(value: Double, label: String)]?
    /// The days the horizontal axis covers, when it should cover more than the days drawn.
    public var span: ClosedRange<Day>?

    /// Creates an empty chart with a title.
    public init(title: String) {
        self.title = title
    }

    /// The colours of sides 0, 1, 2, … (repeating).
    static let sideColours = ["#1f6fb2", "#c0392b", "#2e8b57", "#8e44ad", "#d35400"]

    /// Whether there is anything to draw.
    public var isEmpty: Bool { ranges.isEmpty && line.isEmpty && dots.isEmpty && marks.isEmpty }

    /// The SVG element.
    public func svg(width: Int = 760, height: Int = 280) -> String {
        let drawn = ranges.map(\.day) + line.map(\.day) + dots.map(\.day) + marks.map(\.day)
        let days = drawn.isEmpty ? [] : drawn + (span.map { [$0.lowerBound, $0.upperBound] } ?? [])
        let values =
            ranges.flatMap { [$0.low, $0.high] } + line.map(\.value) + dots.map(\.value)
            + marks.map(\.value) + (valueLabels?.map(\.value) ?? [])
        let escapedTitle = HTML.escape(title)
        guard let firstDay = days.min(), let lastDay = days.max(),
            let lowest = values.filter(\.isFinite).min(),
            let highest = values.filter(\.isFinite).max()
        else {
            return
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"40\" role=\"img\"><title>\(escapedTitle)</title><text x=\"10\" y=\"25\" font-size=\"13\">no figures to chart</text></svg>"
        }
        let (left, right, top, bottom) = (64.0, 44.0, 30.0, 34.0)
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let minValue = valueLabels == nil ? min(0, lowest) : lowest - 0.2
        var maxValue = valueLabels == nil ? highest * 1.1 : highest + 0.2
        if maxValue <= minValue { maxValue = minValue + 1 }
        // Half a day of room on either side keeps the first and last points off the axes.
        let span = Double(lastDay.ordinal - firstDay.ordinal) + 1
        func x(_ day: Day) -> String {
            let offset = (Double(day.ordinal - firstDay.ordinal) + 0.5) / span
            return Self.number(left + offset * plotWidth)
        }
        func y(_ value: Double) -> String {
            let clamped = value.isFinite ? value : maxValue
            return Self.number(
                top + (1 - (clamped - minValue) / (maxValue - minValue)) * plotHeight)
        }
        var out =
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" font-family=\"sans-serif\">"
        out += "<title>\(escapedTitle)</title>"
        out +=
            "<text x=\"\(Int(left))\" y=\"18\" font-size=\"13\" font-weight=\"600\">\(escapedTitle)</text>"
        // Axes and value labels.
        let ticks =
            valueLabels
            ?? [minValue, (minValue + highest) / 2, highest].map {
                (value: $0, label: Self.label($0))
            }
        for tick in ticks {
            out +=
                "<line x1=\"\(Int(left))\" x2=\"\(Int(left + plotWidth))\" y1=\"\(y(tick.value))\" y2=\"\(y(tick.value))\" stroke=\"#e3e6ea\"/>"
            out +=
                "<text x=\"\(Int(left) - 6)\" y=\"\(y(tick.value))\" font-size=\"11\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTML.escape(tick.label))</text>"
        }
        out +=
            "<line x1=\"\(Int(left))\" x2=\"\(Int(left))\" y1=\"\(Int(top))\" y2=\"\(Int(top + plotHeight))\" stroke=\"#8a94a3\"/>"
        out +=
            "<line x1=\"\(Int(left))\" x2=\"\(Int(left + plotWidth))\" y1=\"\(Int(top + plotHeight))\" y2=\"\(Int(top + plotHeight))\" stroke=\"#8a94a3\"/>"
        var labelled = [firstDay, lastDay]
        if lastDay.ordinal - firstDay.ordinal >= 4 {
            labelled.insert(Day(ordinal: (firstDay.ordinal + lastDay.ordinal) / 2), at: 1)
        }
        for day in Set(labelled.map(\.ordinal)).sorted().map(Day.init(ordinal:)) {
            out +=
                "<text x=\"\(x(day))\" y=\"\(Int(top + plotHeight) + 16)\" font-size=\"11\" text-anchor=\"middle\">\(day)</text>"
        }
        for range in ranges {
            out +=
                "<line x1=\"\(x(range.day))\" x2=\"\(x(range.day))\" y1=\"\(y(range.low))\" y2=\"\(y(range.high))\" stroke=\"#b8c4d6\" stroke-width=\"6\" stroke-linecap=\"round\"><title>\(range.day): \(NumberFormatting.plain(range.low)) to \(NumberFormatting.plain(range.high))</title></line>"
        }
        for dot in dots {
            out +=
                "<circle cx=\"\(x(dot.day))\" cy=\"\(y(dot.value))\" r=\"2.5\" fill=\"#7b8798\"><title>\(HTML.escape(dot.title))</title></circle>"
        }
        if line.count >= 2 {
            let points = line.sorted { $0.day < $1.day }.map { "\(x($0.day)),\(y($0.value))" }
            out +=
                "<polyline fill=\"none\" stroke=\"#1f3a5f\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>"
        }
        for point in line {
            out +=
                "<circle cx=\"\(x(point.day))\" cy=\"\(y(point.value))\" r=\"2.5\" fill=\"#1f3a5f\"><title>\(point.day): \(NumberFormatting.plain(point.value))</title></circle>"
        }
        for mark in marks {
            let colour = Self.sideColours[mark.side % Self.sideColours.count]
            out +=
                "<g><title>\(HTML.escape(mark.title))</title><circle cx=\"\(x(mark.day))\" cy=\"\(y(mark.value))\" r=\"9\" fill=\"\(colour)\" fill-opacity=\"0.85\"/>"
            out +=
                "<text x=\"\(x(mark.day))\" y=\"\(y(mark.value))\" font-size=\"10\" fill=\"#fff\" text-anchor=\"middle\" dominant-baseline=\"central\">\(HTML.escape(mark.label))</text></g>"
        }
        return out + "</svg>"
    }

    /// A value label: whole numbers from 10 up, one decimal below.
    static func label(_ value: Double) -> String {
        NumberFormatting.plain(abs(value) >= 10 ? value.rounded() : (value * 10).rounded() / 10)
    }

    /// A coordinate with one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
