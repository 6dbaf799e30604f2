import Foundation
import GPSKit
import Testing

/// Numbers at the edge of 64 bits, typed wherever GPS reads a number: `--vanaf`, the numbers of
/// people in a step, an ecogram choice, a choice question, a removal `-N`, a deadline read as a
/// day. Each gets the normal "that is not one of them" answer, never an arithmetic trap.
@Suite struct HostileNumbersTests {
    static let numbers = ["-9223372036854775808", "9223372036854775807", "99999999999999999999", "-1", "0"]

    let folder = FaultGPS.freshDataFolder()
    var environment: [String: String] { FaultGPS.environment(dataFolder: folder) }

    private func importedCase(_ answers: URL = FaultGPS.packageRoot.appending(path: "Examples/partnergeweld/antwoorden.json")) throws
        -> String
    {
        let made = try FaultGPS.run(["nieuw", "--antwoorden", answers.path], environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        return made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func expectNoTrap(_ ending: LiveGPS.Ending, _ comment: String) {
        #expect(ending.reason == .exit, "\(comment): \(ending.stderr)")
        #expect(!ending.stderr.contains("overflow"), "\(comment): \(ending.stderr)")
    }

    @Test(arguments: numbers)
    func fromAQuestionNumberOutOfRangeIsAUsageError(number: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let ending = try FaultGPS.run(["verder", id, "--vanaf", number], environment: environment)
        expectNoTrap(ending, number)
        #expect(ending.status == 64, "\(number): \(ending.stderr)")
        #expect(ending.stderr.contains("deze route heeft geen vraag \(number)"), "\(ending.stderr)")
    }

    @Test(arguments: numbers)
    func thePeopleOfAStepTakeOnlyListedNumbers(number: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let ending = try FaultGPS.run(
            ["verder", id, "--vanaf", "actieplan"], input: ["mail", "ik", "maandag", "", number, ":stop"], environment: environment)
        expectNoTrap(ending, number)
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(ending.stdout.contains("Dat lees ik niet als nummers uit de lijst: \(number)"), "\(ending.stdout.suffix(600))")
    }

    @Test(arguments: numbers)
    func anEcogramChoiceTakesOnlyAListedNumber(number: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let ending = try FaultGPS.run(
            ["verder", id, "--vanaf", "betrokkenen"], input: ["Oma", "buur", "rust", "hulp", "a", number, ":stop"],
            environment: environment)
        expectNoTrap(ending, number)
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(ending.stdout.contains("Dat ken ik niet. Kies een nummer of een woord uit de lijst."), "\(ending.stdout.suffix(900))")
    }

    @Test(arguments: numbers)
    func aChoiceQuestionAndARemovalTakeOnlyListedNumbers(number: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = try importedCase()
        let values = try FaultGPS.run(["verder", id, "--vanaf", "waarden"], input: [number, ":stop"], environment: environment)
        expectNoTrap(values, number)
        #expect(values.status == 0, "\(values.stderr)")
        let facts = try FaultGPS.run(["verder", id, "--vanaf", "feiten"], input: ["-" + number, ":stop"], environment: environment)
        expectNoTrap(facts, number)
        #expect(facts.status == 0, "\(facts.stderr)")
    }

    @Test(arguments: ["1/-9223372036854775808", "-9223372036854775808/1", "99999999999999999999/12", "31/9223372036854775807"])
    func aDeadlineThatLooksLikeADayButIsNoneIsReadAsText(due: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var answers = try #require(
            JSONSerialization.jsonObject(
                with: Data(contentsOf: FaultGPS.packageRoot.appending(path: "Examples/partnergeweld/antwoorden.json")))
                as? [String: Any])
        var given = try #require(answers["answers"] as? [String: Any])
        var plan = try #require(given["actieplan"] as? [[String: Any]])
        plan[0]["due"] = due
        given["actieplan"] = plan
        answers["answers"] = given
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appending(path: "antwoorden.json")
        try JSONSerialization.data(withJSONObject: answers).write(to: file)
        let id = try importedCase(file)
        for command in ["rapport", "toets"] {
            let ending = try FaultGPS.run([command, id], environment: environment)
            expectNoTrap(ending, "\(command) \(due)")
            #expect(command == "toets" || ending.status == 0, "\(command): \(ending.stderr)")
            #expect(command == "toets" || ending.stdout.contains(due), "the deadline is shown as typed")
        }
    }
}
