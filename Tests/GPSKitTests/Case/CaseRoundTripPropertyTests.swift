import Foundation
import Testing

@testable import GPSKit

/// Random cases (every answer kind, hostile text) survive a save and a load unchanged, and
/// render as a Markdown record in both languages, an ecogram in every format and a set of
/// findings without a crash. Replay with
/// `GPS_CASE_SEED=<seed> swift test --filter CaseRoundTrip`; `GPS_CASE_SEED=random
/// GPS_CASE_COUNT=20000` searches longer.
@Suite struct CaseRoundTripPropertyTests {
    static let count = Int(ProcessInfo.processInfo.environment["GPS_CASE_COUNT"] ?? "") ?? 1_000
    static let defaultSeed: UInt64 = 0x6750_5343_2026

    static var seed: UInt64 { TestSeed.from("GPS_CASE_SEED", default: defaultSeed) }

    @Test func randomCasesLoadBackAsSavedAndRenderInBothLanguages() throws {
        let seed = Self.seed
        let root = FileManager.default.temporaryDirectory.appending(path: "gps-roundtrip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = CaseStore(folder: root)
        let renderers = Dictionary(uniqueKeysWithValues: RandomCase.routes.flatMap { route in
            [Language.nl, .en].map { language in
                ("\(route.id)-\(language)", MarkdownRecordRenderer(questionnaire: route, texts: MessageTable.embedded(language)))
            }
        })
        var failures: [String] = []
        for index in 0..<Self.count {
            let caseFile = RandomCase.make(seed: seed, index: index)
            let where_ = "seed \(seed), case \(index) (GPS_CASE_SEED=\(seed))"
            do {
                // The bytes the store writes, decoded as the store reads them; every 25th case
                // goes through the disk too (each save syncs twice, which is most of the time).
                let decoded = try CaseCoding.decode(try CaseCoding.encode(caseFile), path: where_)
                if decoded != caseFile { failures.append("\(where_): decoded case differs") }
                if index % 25 == 0 {
                    try store.save(caseFile)
                    if try store.load(caseFile.id.rawValue) != caseFile { failures.append("\(where_): loaded case differs") }
                    try FileManager.default.removeItem(at: store.url(for: caseFile.id))
                }
            } catch {
                failures.append("\(where_): \(error)")
            }
            for language in [Language.nl, .en] {
                let record = renderers["\(caseFile.route)-\(language)"]!.render(caseFile)
                if !record.hasPrefix("# ") { failures.append("\(where_): record in \(language) has no title") }
            }
            // Every other form a case is shown in; the ecogram's own escaping has its own tests.
            let texts = MessageTable.embedded(index % 2 == 0 ? .nl : .en)
            let ecogram = Ecogram(case: caseFile)
            for format in EcogramFormat.allCases where format.render(ecogram, texts: texts).isEmpty {
                failures.append("\(where_): empty \(format) ecogram")
            }
            let findings = CaseChecks.run(caseFile, questionnaire: RandomCase.route(of: caseFile))
            if findings.isEmpty { failures.append("\(where_): no findings at all") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.count) failed, first: \(failures.prefix(3))")
    }

    @Test func theSameSeedBuildsTheSameCase() {
        #expect(RandomCase.make(seed: 7, index: 3) == RandomCase.make(seed: 7, index: 3))
        #expect(RandomCase.make(seed: 7, index: 3) != RandomCase.make(seed: 7, index: 4))
    }
}
