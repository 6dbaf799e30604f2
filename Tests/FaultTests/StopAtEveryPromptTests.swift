import Foundation
import GPSKit
import GPSTesting
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The partnergeweld example typed into the real wizard, on the full route and on the short
/// route, killed (SIGKILL: no chance to save anything more) after every single line she types
/// — answers, each field of a stakeholder or step, who confided, every judgment of a walk and
/// its why, every offer of another ground. After each kill `gps verder` must open at the very
/// prompt she was at, so that typing the next line goes on as if nothing happened: the case
/// at the end is the case of an uninterrupted run, with nothing lost.
@Suite(.serialized) struct StopAtEveryPromptTests {
    struct Route: CustomTestStringConvertible {
        var file: String
        var arguments: [String]
        var testDescription: String { file }
    }

    static let routes = [
        Route(file: "kort.json", arguments: ["nieuw", "--kort"]), Route(file: "antwoorden.json", arguments: ["nieuw"]),
    ]

    @Test(arguments: routes)
    func killedAfterEveryLineTheCaseEndsAsIfNeverStopped(_ route: Route) throws {
        let example = try ExampleCase.read("partnergeweld", file: route.file)
        let lines = TypingPlan.allLines(of: example)
        let expected = try straightRun(route, lines: lines)
        let folder = FaultGPS.freshDataFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = FaultGPS.environment(dataFolder: folder)
        var id: String?
        var kills = 0
        for (number, line) in lines.enumerated() {
            let live = try LiveGPS(id.map { ["verder", $0] } ?? route.arguments, environment: environment)
            let file = id.map { folder.appending(path: "cases/\($0).json") }
            if id == nil { #expect(live.waitFor("Geef je casus een korte titel") != nil) }
            // A resumed walk may save on its own before it asks: that is not this line's save.
            live.waitUntilReading()
            let before = file.flatMap { try? Data(contentsOf: $0) }
            live.send([line])
            let changed = Self.waitForChange(of: file, from: before, folder: folder, live: live)
            if live.process.isRunning {
                #expect(changed, "line \(number) (\(line)) saved nothing")
                live.signal(SIGKILL)
                kills += 1
            }
            let ending = live.finish(closingInput: false)
            if id == nil {
                id = String(try #require(ending.stdout.firstMatch(of: /Casus ([0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+)/)?.1))
            }
            if number % 25 == 0, let id {
                let path = folder.appending(path: "cases/\(id).json").path
                #expect(FaultGPS.mode(of: path) == 0o600)
                #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))) != nil)
            }
        }
        let saved = try CaseStore(folder: folder.appending(path: "cases")).load(try #require(id))
        #expect(kills > lines.count / 2)
        #expect(saved.answers == expected.answers, "answers differ from the uninterrupted run")
        #expect(saved.conditionJudgments == expected.conditionJudgments, "judgments differ from the uninterrupted run")
        #expect(saved.drafts.isEmpty && saved.resumePoint == nil)
    }

    /// The same lines without a stop, for what the case must hold at the end.
    private func straightRun(_ route: Route, lines: [String]) throws -> CaseFile {
        let folder = FaultGPS.freshDataFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ending = try FaultGPS.run(route.arguments, input: lines, environment: FaultGPS.environment(dataFolder: folder))
        #expect(ending.status == 0, "\(ending.stderr)")
        let id = String(try #require(ending.stdout.firstMatch(of: /Casus ([0-9]{4}-[0-9]{2}-[0-9]{2}-[a-z0-9]+)/)?.1))
        let caseFile = try CaseStore(folder: folder.appending(path: "cases")).load(id)
        #expect(caseFile.drafts.isEmpty, "the straight run finishes every question")
        return caseFile
    }

    /// Waits until the line has been saved (the case file changed, or a new case appeared) or the
    /// run ended, then a moment for the next prompt.
    private static func waitForChange(of file: URL?, from before: Data?, folder: URL, live: LiveGPS) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, live.process.isRunning {
            if let file {
                if let now = try? Data(contentsOf: file), now != before {
                    usleep(20_000)
                    return true
                }
            } else if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "cases").path),
                let name = names.first(where: { $0.hasSuffix(".json") }),
                let text = try? String(contentsOf: folder.appending(path: "cases/\(name)"), encoding: .utf8),
                text.contains("\"title\" : ")
            {
                usleep(20_000)
                return true
            }
            usleep(5_000)
        }
        return !live.process.isRunning
    }
}
