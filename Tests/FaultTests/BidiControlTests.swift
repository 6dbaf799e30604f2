import Foundation
import GPSKit
import Testing

/// Bidirectional controls (U+202E and its kin) can make a terminal show text in another order
/// than it was typed. On her screen GPS shows each one as `<U+202E>`; in files (the case, `-o`,
/// a redirected standard output) they stay as typed.
@Suite struct BidiControlTests {
    static let controls = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}"]
    static let title = "Gezin \u{202E}tseo\u{202C} en \u{2066}buren\u{2069}"

    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }

    private func caseWithControls() throws -> String {
        var answers = try #require(
            JSONSerialization.jsonObject(
                with: Data(contentsOf: FaultGPS.packageRoot.appending(path: "Examples/partnergeweld/antwoorden.json")))
                as? [String: Any])
        answers["title"] = Self.title
        var given = try #require(answers["answers"] as? [String: Any])
        given["hamvraag"] = "Wat doe ik? " + Self.controls.joined(separator: "x")
        answers["answers"] = given
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "antwoorden.json")
        try JSONSerialization.data(withJSONObject: answers).write(to: file)
        let made = try FaultGPS.run(["nieuw", "--antwoorden", file.path], environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        return made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func expectEscaped(_ shown: String, _ comment: String) {
        for control in Self.controls {
            #expect(!shown.unicodeScalars.contains(control.unicodeScalars.first!), "\(comment): raw \(control.unicodeScalars.first!.value)")
        }
    }

    @Test func onHerScreenEveryControlIsShownAsItsCodePoint() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try caseWithControls()
        let record = try TerminalGPS.run(["rapport", id], environment: environment)
        #expect(record.status == 0)
        expectEscaped(record.shown, "rapport")
        #expect(record.shown.contains("Gezin <U+202E>tseo<U+202C> en <U+2066>buren<U+2069>"), "\(record.shown.prefix(400))")
        #expect(record.shown.contains(
            "<U+202A>x<U+202B>x<U+202C>x<U+202D>x<U+202E>x<U+2066>x<U+2067>x<U+2068>x<U+2069>x<U+200E>x<U+200F>x<U+061C>"))

        let list = try TerminalGPS.run(["lijst"], environment: environment)
        expectEscaped(list.shown, "lijst")
        #expect(list.shown.contains("<U+202E>tseo<U+202C>"))

        let error = try TerminalGPS.run(["rapport", "2026-01-01-\u{202E}abc"], environment: environment)
        #expect(error.status == 1)
        expectEscaped(error.shown, "error")
        #expect(error.shown.contains("2026-01-01-<U+202E>abc"), "\(error.shown)")
    }

    @Test func inFilesEveryControlStaysAsTyped() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try caseWithControls()
        let saved = try String(contentsOf: folder.appending(path: "cases/\(id).json"), encoding: .utf8)
        #expect(saved.contains(Self.title))

        let output = folder.appendingPathExtension("uitvoer").appending(path: "verslag.md")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let written = try FaultGPS.run(["rapport", id, "-o", output.path], environment: environment)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains(Self.title))

        let piped = try FaultGPS.run(["rapport", id], environment: environment)
        #expect(piped.stdout.contains(Self.title), "a redirected standard output is a file too")
    }
}
