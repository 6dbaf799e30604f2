import Foundation
import Testing

/// `gps wet` through the real binary: the list, one provision, a mis-citation, an unknown
/// article, `--zoek` on text, a file and standard input, `--bron`, `--regelboek`, English.
@Suite struct LawEndToEndTests {
    let gps = GPSProcess()
    static let disclaimer = "GPS geeft geen juridisch advies; twijfel je, vraag het je organisatie of een jurist."

    func expectOnce(_ needle: String, in text: String) {
        #expect(text.components(separatedBy: needle).count == 2, "\(needle) in \(text)")
    }

    @Test func theListShowsEveryProvisionWithItsNumbersAndConfidence() throws {
        let result = try gps.run(["wet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("art-458bis  Spreekrecht"))
        #expect(result.stdout.contains("art. 458bis Sw. 1867 [bevestigd] → nieuw nummer in Sw. 2024 nog te verifiëren [niet geverifieerd]"))
        expectOnce("stand van zaken: 22 november 2026", in: result.stdout)
        expectOnce(Self.disclaimer, in: result.stdout)
        #expect(try gps.run(["law"]).stdout == result.stdout)
    }

    @Test func oneProvisionShowsItsFactsTextConditionsPenaltyAndSources() throws {
        let result = try gps.run(["wet", "458bis"])
        #expect(result.status == 0, "\(result.stderr)")
        for part in ["Nummers", "Geldigheid", "Tekst", "Voorwaarden", "Straf", "Bronnen", "  > Art. 458bis.", "één van deze:", "vanaf 8 april 2026 ["] {
            #expect(result.stdout.contains(part), "\(part)")
        }
        expectOnce(Self.disclaimer, in: result.stdout)
    }

    /// Display rule 7 in the reference too: the long label is explained once, under the status
    /// date; every fact still carries its own mark, short.
    @Test func theMarksAreExplainedOnceAndEveryFactKeepsItsShortMark() throws {
        for arguments in [["wet"], ["wet", "458bis"], ["wet", "noodtoestand"]] {
            let result = try gps.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            expectOnce("waarschijnlijk — niet in de officiële tekst nagekeken", in: result.stdout)
            expectOnce("merken: bevestigd; waarschijnlijk — niet in de officiële tekst nagekeken; niet geverifieerd", in: result.stdout)
            #expect(result.stdout.contains("[waarschijnlijk]"), "\(arguments)")
        }
        let english = try gps.run(["wet", "458bis", "--taal", "en"]).stdout
        #expect(english.contains("marks: confirmed; likely"))
        #expect(english.contains("[likely]"))
        let conditions = try gps.run(["wet", "458bis"]).stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  [ ] ") }
        #expect(conditions.count > 5 && conditions.allSatisfy { $0.hasSuffix("]") }, "each condition ends with its mark")
    }

    @Test func aMisCitationSaysWhatIsMeant() throws {
        let result = try gps.run(["wet", "422"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\"422\": waarschijnlijk bedoel je art. 422bis Sw. 1867."))
        #expect(result.stdout.contains("art. 422bis Sw. 1867 — Schuldig hulpverzuim"))
    }

    @Test func anUnknownArticleNamesTheNearestWithStatus1() throws {
        let result = try gps.run(["wet", "459"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Bedoel je misschien art. 458 Sw. 1867? Dat is een ander artikel."))
    }

    @Test(arguments: ["458quater", "458quinquies", "422quater", "art. 458quater Sw.", "art. 9 AVG", "Kinderrechtenverdrag art. 19", "art. 29 Sv."])
    func whatIsNotInTheRulebookExitsWithStatus1(query: String) throws {
        let result = try gps.run(["wet", query])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(!result.stdout.contains("Voorwaarden"))
        #expect(result.stdout.contains("staat niet in het regelboek") || result.stdout.contains("hoort niet bij het Strafwetboek"))
        expectOnce(Self.disclaimer, in: result.stdout)
    }

    @Test func quaterIsSuggestedAsTerNeverShownAsIt() throws {
        let result = try gps.run(["wet", "458quater"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("art. 458quater staat niet in het regelboek;"))
        #expect(result.stdout.contains("Bedoel je misschien art. 458ter Sw. 1867? Zie: gps wet art-458ter"))
        #expect(!result.stdout.contains("Casusoverleg"))
    }

    @Test func searchingTextPrintsEachReferenceWithLineAndColumn() throws {
        let result = try gps.run(["wet", "--zoek", "Volgens art. 458bis Sw.\nen artikel 422, op 17/11/2026"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1:9\tart. 458bis Sw.\tart. 458bis Sw. 1867\n"))
        #expect(result.stdout.contains("2:4\tartikel 422\tbedoeld is wellicht art. 422bis Sw. 1867 (zie toelichting 1)\n"))
        #expect(result.stdout.contains("Verwijzingen naar de wet gevonden: 2."))
        expectOnce(Self.disclaimer, in: result.stdout)
    }

    @Test func searchingAFileOrStandardInputReadsIt() throws {
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        let file = gps.dataFolder.appending(path: "notities.txt")
        try "Niets.\nIk denk aan het spreekrecht en art. 459.\n".write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try gps.run(["wet", "--zoek", file.path])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.contains("2:17\tspreekrecht\tart. 458bis Sw. 1867\n"))
        #expect(fromFile.stdout.contains("2:32\tart. 459\tlet op (zie toelichting 1)\n"))
        let fromInput = try gps.run(["wet", "--zoek", "-"], input: ["Niets.", "Ik denk aan het spreekrecht en art. 459."])
        #expect(fromInput.stdout == fromFile.stdout)
    }

    @Test func theSourcesAreListed() throws {
        let result = try gps.run(["wet", "--bron"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Bronnen\nstand van zaken: 22 november 2026\n"))
        #expect(result.stdout.contains("https://etaamb.openjustice.be/"))
    }

    @Test func inEnglish() throws {
        let result = try gps.run(["wet", "458bis", "--taal", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Conditions"))
        #expect(result.stdout.contains("as of: 22 November 2026"))
        #expect(result.stdout.contains("GPS gives no legal advice"))
        #expect(result.stdout.contains("new number in Sw. 2024 still to be verified [unverified]"))
    }

    @Test func aBrokenExtraRulebookNamesFileEntryAndFieldWithStatus65() throws {
        try FileManager.default.createDirectory(at: gps.dataFolder, withIntermediateDirectories: true)
        let file = gps.dataFolder.appending(path: "code.json")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../..")
        var text = try String(contentsOf: root.appending(path: "Sources/GPSKit/Rulebook/Data/rulebook.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"statusDate\": \"2026-11-22\"", with: "\"statusDate\": \"22/11/2026\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try gps.run(["wet", "--regelboek", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("Het regelboek \(file.path) klopt niet:"))
        #expect(result.stderr.contains("rulebook, veld statusDate: not a date (YYYY-MM-DD)"))
        #expect(result.stdout.isEmpty)
        let missing = try gps.run(["wet", "--rulebook", gps.dataFolder.appending(path: "nergens.json").path])
        #expect(missing.status == 74)
    }
}

/// `gps wet ARTIKEL --casus ID`: the provision as it stands for one case, on its facts' day.
extension LawEndToEndTests {
    func imported(_ example: String) throws -> String {
        let created = try gps.run(["nieuw", "--antwoorden", examplesFolder.appending(path: "\(example)/antwoorden.json").path])
        #expect(created.status == 0, "\(created.stderr)")
        return created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func forACaseItShowsHerJudgmentsTheVerdictAndWhatIsUnverifiedOnItsDay() throws {
        let id = try imported("partnergeweld")
        let result = try gps.run(["wet", "458bis", "--casus", id])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("In casus \(id) (Ilse vertrouwt me toe dat haar partner haar slaat)"))
        #expect(result.stdout.contains("Wet op de dag van de feiten: 17 november 2026: Nieuw Strafwetboek"))
        #expect(result.stdout.contains("  4. een minderjarig of kwetsbaar slachtoffer (niet geverifieerd): voldaan — kwetsbaar door partnergeweld"))
        #expect(result.stdout.contains("Oordeel: niet gedekt — niet voldaan: punt 5 (niet zelf of met anderen kunnen beschermen)"))
        #expect(result.stdout.contains("voor feiten vanaf de start van het nieuwe Strafwetboek: Geldt dit onder het nieuwe Strafwetboek ook bij partnergeweld?"))
        let steps = try gps.run(["wet", "toestemming", "--casus", id])
        #expect(steps.stdout.contains("Stap 4 rust hierop: gedekt — elk punt is voldaan"))
        #expect(try gps.run(["wet", "458bis", "--casus", "2026-01-01-zzz"]).status == 1)
        let all = try gps.run(["wet", "--casus", id])
        #expect(all.status == 0)
        #expect(all.stdout.contains("  Gezamenlijk beroepsgeheim: open — nog niet zeker: punt 3 (de cliënt kent het team) · stap 1: open; stap 5: open"))
        expectOnce(Self.disclaimer, in: all.stdout)
    }
}
