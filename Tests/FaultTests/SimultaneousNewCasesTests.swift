import Foundation
import GPSKit
import Testing

/// Many `gps nieuw` started at the same moment in one data folder each get a case of their own:
/// every id is reserved (O_CREAT|O_EXCL) before anything is written, so no run overwrites
/// another's, whatever the random draws. `CaseIDReservationTests` forces equal draws in-process.
@Suite struct SimultaneousNewCasesTests {
    let folder = FaultGPS.freshDataFolder()

    @Test func twentyRunsAtOnceMakeTwentyCases() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = FaultGPS.environment(dataFolder: folder)
        let example = FaultGPS.packageRoot.appending(path: "Examples/zwartwerk/antwoorden.json").path
        let runs = 20
        let outputs = OutputBox()
        DispatchQueue.concurrentPerform(iterations: runs) { _ in
            let ending = try? FaultGPS.run(["nieuw", "--antwoorden", example], environment: environment)
            outputs.add(ending.map { ($0.status, $0.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) })
        }
        let ids = outputs.all.compactMap { $0 }
        #expect(ids.count == runs && ids.allSatisfy { $0.0 == 0 }, "\(ids)")
        #expect(Set(ids.map(\.1)).count == runs, "every run has its own id")
        let store = CaseStore(folder: folder.appending(path: "cases"))
        #expect(store.ids().count == runs)
        for (_, id) in ids { #expect(try store.load(id).id.rawValue == id) }
        let files = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
        #expect(files.filter { $0.hasSuffix(".tmp") }.isEmpty, "no temporary file stays behind: \(files)")
        // Each case keeps its lock file: it is the id's reservation, free while no gps holds it.
        #expect(Set(files.filter { $0.hasSuffix(".lock") }) == Set(ids.map { "\($0.1).lock" }))
    }

    private final class OutputBox: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [(Int32, String)?] = []
        func add(_ item: (Int32, String)?) { lock.withLock { items.append(item) } }
        var all: [(Int32, String)?] { lock.withLock { items } }
    }
}
