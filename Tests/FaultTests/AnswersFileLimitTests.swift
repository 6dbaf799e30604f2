import Foundation
import GPSKit
import Testing

/// Every list an answers file can grow a case by has the same limit as the answers themselves;
/// earlier ecograms went around it, so one answers file could make a case of hundreds of MB.
@Suite struct AnswersFileLimitTests {
    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }

    private func importing(_ document: [String: Any]) throws -> LiveGPS.Ending {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "antwoorden.json")
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        return try FaultGPS.run(["nieuw", "--antwoorden", file.path], environment: environment)
    }

    private func ecogram(_ date: String, people: Int) -> [String: Any] {
        ["date": date, "stakeholders": (0..<people).map { ["name": "persoon \($0)"] }]
    }

    @Test func anEarlierEcogramWithMoreStakeholdersThanTheLimitIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let ending = try importing([
            "date": "2026-11-20", "earlierEcograms": [ecogram("2026-11-01", people: InputLimits.entries + 1)],
        ])
        #expect(ending.status == 65, "\(ending.stderr)")
        #expect(ending.stderr.contains("1000"), "\(ending.stderr)")
        let saved = (try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "cases").path)) ?? []
        #expect(!saved.contains { $0.hasSuffix(".json") }, "nothing is saved")
    }

    @Test func moreEarlierEcogramsThanTheLimitAreRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let dates = (0...InputLimits.earlierEcograms).map { index in
            let day = Calendar(identifier: .gregorian).date(byAdding: .day, value: -index - 1, to: Date(timeIntervalSince1970: 1_795_000_000))!
            return ISO8601DateFormatter.string(from: day, timeZone: .gmt, formatOptions: [.withFullDate])
        }
        let ending = try importing(["date": "2026-11-20", "earlierEcograms": dates.map { ecogram($0, people: 1) }])
        #expect(ending.status == 65, "\(ending.stderr)")
    }
}
