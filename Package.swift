// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "GPS",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gps", targets: ["gps"]),
        .library(name: "GPSKit", targets: ["GPSKit"]),
    ],
    targets: [
        .target(
            name: "GPSKit",
            exclude: ["Privacy/Data", "Messages/Data", "Ecogram/Data", "Reasoning/Data", "Rulebook/Data", "Rulebook/rulebook.schema.json"],
            plugins: ["EmbedDataPlugin"]
        ),
        .executableTarget(name: "gps", dependencies: ["GPSKit"]),
        .executableTarget(name: "gps-embed", path: "Sources/gps-embed"),
        // How an answers file is typed into the wizard: for the fault tests and Scripts/route-cost.sh.
        .target(name: "GPSTesting", dependencies: ["GPSKit"]),
        .executableTarget(name: "gps-typing", dependencies: ["GPSTesting"]),
        .plugin(
            name: "EmbedDataPlugin",
            capability: .buildTool(),
            dependencies: ["gps-embed"],
            path: "Sources/EmbedDataPlugin"
        ),
        .testTarget(
            name: "GPSKitTests", dependencies: ["GPSKit"],
            exclude: ["Snapshots", "Privacy/identifiers.tsv", "Privacy/names.tsv", "Reasoning/Scenarios", "Case/Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["GPSKit", "gps"]),
        // Signals, locks, full disks, hostile input and strace on the real binary; slower.
        .testTarget(name: "FaultTests", dependencies: ["GPSKit", "GPSTesting", "gps"]),
    ],
    swiftLanguageModes: [.v6]
)
