import Foundation
import Testing

/// The real binary on the worked example in which the baby Amber is in no list: the anonymous
/// export, Markdown and HTML, has no "Amber", says so on standard error (under `--stil` too)
/// and still succeeds.
@Suite struct UnlistedNamesEndToEndTests {
    let gps = GPSProcess()

    func blauwePlekken() throws -> String {
        let result = try gps.run(["nieuw", "--antwoorden", examplesFolder.appending(path: "blauwe-plekken/antwoorden.json").path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func theAnonymousExportOfBlauwePlekkenHasNoAmber() throws {
        let id = try blauwePlekken()
        for extra in [[], ["--html"]] {
            let result = try gps.run(["export", id, "--anoniem"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("Amber"), "Amber leaks into export \(extra)")
            #expect(result.stdout.contains("na de geboorte van persoon 1"))
            #expect(result.stderr.contains("je noemt mensen die niet bij je betrokkenen staan (1)"), "\(result.stderr)")
            #expect(result.stderr.contains("Feiten #5: „Am…” werd persoon 1"))
        }
    }

    @Test func theWarningStaysUnderStilAndTheExportStillSucceeds() throws {
        let id = try blauwePlekken()
        let result = try gps.run(["export", id, "--anoniem", "--stil"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("werd persoon 1"))
    }

    @Test func anExportThatIsNotAnonymousSaysNothingAboutIt() throws {
        let id = try blauwePlekken()
        let result = try gps.run(["export", id])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Amber"), "her own record keeps every name")
        #expect(!result.stderr.contains("persoon 1"))
    }
}
