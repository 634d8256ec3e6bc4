// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FactLedger",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factledger", targets: ["factledger"]),
        .library(name: "FactLedgerCore", targets: ["FactLedgerCore"]),
        .library(name: "FactExtraction", targets: ["FactExtraction"]),
        .library(name: "FactStore", targets: ["FactStore"]),
        .library(name: "FactRules", targets: ["FactRules"]),
        .library(name: "FactReports", targets: ["FactReports"]),
        .library(name: "FactIngest", targets: ["FactIngest"]),
        .library(name: "FactPipeline", targets: ["FactPipeline"]),
        .library(name: "FactEvaluation", targets: ["FactEvaluation"]),
        .library(name: "FactBench", targets: ["FactBench"]),
        .library(name: "FactDesk", targets: ["FactDesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(name: "FactLedgerCore"),
        .target(name: "StrictYAML", dependencies: ["FactLedgerCore", "Yams"]),
        .target(name: "BuiltInRules", dependencies: ["StrictYAML"]),
        .target(name: "FactIngest", dependencies: ["FactLedgerCore", "StrictYAML", "Yams"]),
        .target(
            name: "FactExtraction",
            dependencies: ["FactLedgerCore", "StrictYAML"]
        ),
        .target(
            name: "FactStore",
            dependencies: [
                "FactLedgerCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "FactRules",
            dependencies: ["FactLedgerCore", "StrictYAML"]
        ),
        .target(name: "FactReports", dependencies: ["FactLedgerCore"]),
        .target(
            name: "FactPipeline",
            dependencies: [
                "FactLedgerCore", "FactIngest", "FactExtraction", "FactStore", "FactRules",
                "FactReports", "StrictYAML",
            ]
        ),
        .target(
            name: "FactEvaluation",
            dependencies: [
                "FactLedgerCore", "FactIngest", "FactExtraction", "FactStore", "FactRules",
                "FactPipeline", "StrictYAML",
            ]
        ),
        .target(
            name: "FactBench",
            dependencies: [
                "FactLedgerCore", "FactIngest", "FactExtraction", "FactStore", "FactReports",
                "FactPipeline", "FactEvaluation",
            ]
        ),
        .target(
            name: "FactDesk",
            dependencies: [
                "FactLedgerCore", "FactIngest", "FactExtraction", "FactStore", "FactReports", "FactPipeline",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "factledger",
            dependencies: [
                "FactLedgerCore", "FactIngest", "FactExtraction", "FactStore", "FactRules",
                "FactReports", "FactPipeline", "FactEvaluation", "FactBench", "BuiltInRules",
                "FactDesk",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["FactLedgerCore", "FactIngest", "FactExtraction", "FactPipeline"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "FactLedgerCoreTests", dependencies: ["FactLedgerCore"]),
        .testTarget(name: "StrictYAMLTests", dependencies: ["StrictYAML"]),
        .testTarget(name: "FactIngestTests", dependencies: ["FactIngest", "TestSupport"]),
        .testTarget(
            name: "FactExtractionTests", dependencies: ["FactExtraction", "FactIngest", "TestSupport"]),
        .testTarget(name: "FactStoreTests", dependencies: ["FactStore", "TestSupport"]),
        .testTarget(name: "FactRulesTests", dependencies: ["FactRules", "TestSupport"]),
        .testTarget(
            name: "FactReportsTests", dependencies: ["FactReports", "TestSupport"],
            exclude: ["Snapshots"]),
        .testTarget(
            name: "FactPipelineTests", dependencies: ["FactPipeline", "FactIngest", "TestSupport"]),
        .testTarget(
            name: "FactEvaluationTests",
            dependencies: ["FactEvaluation", "FactBench", "FactPipeline", "FactIngest", "TestSupport"]),
        .testTarget(
            name: "FactBenchTests",
            dependencies: ["FactBench", "FactEvaluation", "FactPipeline", "TestSupport"]),
        .testTarget(
            name: "RulesTests",
            dependencies: ["FactPipeline", "FactEvaluation", "BuiltInRules", "TestSupport"]),
        .testTarget(name: "FactDeskTests", dependencies: ["FactDesk", "FactIngest", "TestSupport"]),
        .testTarget(name: "factledgerTests", dependencies: ["factledger", "TestSupport"]),
    ]
)
