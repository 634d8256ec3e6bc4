import FactLedgerCore
import Foundation
import GRDB

/// The `dispute` table: one dispute a row, unique by identity, with its review status. Rows are
/// written and read through prepared statements, so the table is described by its columns and
/// statements.
enum DisputeRecord {
    /// The columns a flag is read from, in select order: a column's position is its raw value.
    enum Column: Int32, CaseIterable {
        case id, identity, ruleID, kind, level, reviewStatus, state, supersededBy, topic, facets
        case tally, scope, article, episodeFrom, episodeThrough, episodeLabel, message
        case explanation, knownOn, raisedRun, signature

        /// The column's name.
        var name: String {
            switch self {
            case .id: return "id"
            case .identity: return "identity"
            case .ruleID: return "rule_id"
            case .kind: return "kind"
            case .level: return "level"
            case .reviewStatus: return "review_status"
            case .state: return "state"
            case .supersededBy: return "superseded_by"
            case .topic: return "topic"
            case .facets: return "facets"
            case .tally: return "tally"
            case .scope: return "scope"
            case .article: return "article"
            case .episodeFrom: return "episode_from"
            case .episodeThrough: return "episode_through"
            case .episodeLabel: return "episode_label"
            case .message: return "message"
            case .explanation: return "explanation"
            case .knownOn: return "known_on"
            case .raisedRun: return "raised_run"
            case .signature: return "signature"
            }
        }
    }

    /// The select list of `Column`, in order.
    static let columns = Column.allCases.map { "dispute." + $0.name }.joined(separator: ", ")

    /// A flag query without its conditions.
    static let select = "SELECT \(columns) FROM dispute"

    /// Inserts one dispute.
    static let insertSQL = """
        INSERT INTO dispute (identity, rule_id, kind, level, state, superseded_by, topic, facets,
            tally, scope, article, episode_from, episode_through, episode_label, message,
            explanation, known_on, signature, raised_run, changed_run)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The values for `insertSQL`.
    static func insertValues(_ dispute: Dispute, signature: Int64, runID: Int64?)
        -> [DatabaseValue]
    {
        [
            dispute.identity.databaseValue, dispute.ruleID.databaseValue,
            dispute.kind.databaseValue, dispute.level.rawValue.databaseValue,
            dispute.state.rawValue.databaseValue, dispute.supersededBy.databaseValue,
            dispute.topic.databaseValue, dispute.facets.canonical.databaseValue,
            (dispute.tally?.rawValue).databaseValue, dispute.scope.databaseValue,
            dispute.article.databaseValue, dispute.episode.from.description.databaseValue,
            dispute.episode.through.description.databaseValue,
            dispute.episode.label.databaseValue, dispute.message.databaseValue,
            json(dispute.explanation).databaseValue, dispute.knownOn.description.databaseValue,
            signature.databaseValue, runID.databaseValue, runID.databaseValue,
        ]
    }

    /// Rewrites what the claims decide about a stored dispute.
    static let updateSQL = """
        UPDATE dispute SET level = ?, state = ?, superseded_by = ?, message = ?, explanation = ?,
            known_on = ?, signature = ?, changed_run = ?
        WHERE id = ?
        """

    /// The values for `updateSQL`.
    static func updateValues(_ dispute: Dispute, id: Int64, signature: Int64, runID: Int64?)
        -> [DatabaseValue]
    {
        [
            dispute.level.rawValue.databaseValue, dispute.state.rawValue.databaseValue,
            dispute.supersededBy.databaseValue, dispute.message.databaseValue,
            json(dispute.explanation).databaseValue, dispute.knownOn.description.databaseValue,
            signature.databaseValue, runID.databaseValue, id.databaseValue,
        ]
    }

    /// Reads the current row of a `select` query in place, without its members; a value the
    /// schema cannot hold is an error.
    static func flag(_ handle: OpaquePointer) throws -> Flag {
        typealias C = RawColumn
        func text(_ column: Column) -> String { C.text(handle, column.rawValue) }
        func optionalText(_ column: Column) -> String? { C.optionalText(handle, column.rawValue) }
        let id = C.int(handle, Column.id.rawValue)
        func value<T>(_ column: Column, _ parse: (String) -> T?) throws -> T {
            let raw = text(column)
            guard let value = parse(raw) else {
                throw LedgerError.badValue(
                    table: "dispute", column: column.name, id: id, value: raw)
            }
            return value
        }
        let dispute = Dispute(
            ruleID: text(.ruleID), kind: text(.kind), level: try value(.level, Level.init),
            topic: text(.topic), facets: Facets(canonical: text(.facets)),
            tally: try optionalText(.tally).map { _ in try value(.tally, Tally.init) },
            scope: optionalText(.scope), article: optionalText(.article),
            episode: Episode(
                from: try value(.episodeFrom) { Day(iso: $0) },
                through: try value(.episodeThrough) { Day(iso: $0) }, label: text(.episodeLabel)),
            members: [], message: text(.message),
            explanation: try value(.explanation) { try? explanation($0) },
            knownOn: try value(.knownOn) { Day(iso: $0) },
            state: try value(.state, Dispute.State.init),
            supersededBy: C.optionalInt(handle, Column.supersededBy.rawValue))
        let reviewStatus = try value(.reviewStatus, FlagStatus.init)
        return Flag(
            id: id, dispute: dispute, reviewStatus: reviewStatus,
            runID: C.optionalInt(handle, Column.raisedRun.rawValue))
    }

    /// A digest of everything the claims decide about a dispute: when it is unchanged, the
    /// stored row is left alone.
    static func signature(_ dispute: Dispute) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
        }
        add(dispute.level.rawValue)
        add(dispute.state.rawValue)
        add(dispute.supersededBy.map(String.init) ?? "")
        add(dispute.knownOn.description)
        add(dispute.message)
        let explanation = dispute.explanation
        for parameter in explanation.parameters {
            add(parameter.name)
            add(parameter.value)
        }
        for line in explanation.compared { add(line) }
        add("")
        for line in explanation.adjustments { add(line) }
        for member in dispute.members {
            for value in [UInt64(bitPattern: member.claimID), UInt64(member.side)] {
                hash = (hash ^ value) &* 0x100_0000_01b3
            }
        }
        return Int64(bitPattern: hash)
    }

    /// The explanation as stored: a JSON object of `parameters` (name, value), `compared` and
    /// `adjustments`, written by hand (it is written for every dispute derived).
    static func json(_ explanation: Explanation) -> String {
        var out = "{\"parameters\":["
        for (index, parameter) in explanation.parameters.enumerated() {
            if index > 0 { out += "," }
            out += "{\"name\":" + quoted(parameter.name) + ",\"value\":" + quoted(parameter.value)
            out += "}"
        }
        out += "],\"compared\":[" + explanation.compared.map(quoted).joined(separator: ",")
        out += "],\"adjustments\":[" + explanation.adjustments.map(quoted).joined(separator: ",")
        return out + "]}"
    }

    /// Reads a stored explanation.
    static func explanation(_ json: String) throws -> Explanation {
        try JSONDecoder().decode(Explanation.self, from: Data(json.utf8))
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
