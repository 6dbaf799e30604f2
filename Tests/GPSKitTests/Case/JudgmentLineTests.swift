import Testing

@testable import GPSKit

@Suite struct JudgmentLineTests {
    @Test(arguments: [
        ("ja", JudgmentLine(.yes)),
        ("ja, ze zei het me zelf", JudgmentLine(.yes, why: "ze zei het me zelf")),
        ("Nee: hij is 17", JudgmentLine(.no, why: "hij is 17")),
        ("weet niet - nog niet gevraagd", JudgmentLine(.notSure, why: "nog niet gevraagd")),
        ("weet niet omdat niemand het zei", JudgmentLine(.notSure, why: "omdat niemand het zei")),
        ("ja omdat ze bang is", JudgmentLine(.yes, why: "omdat ze bang is")),
        ("yes, she said so", JudgmentLine(.yes, why: "she said so")),
        ("n,", JudgmentLine(.no)),
    ])
    func aJudgmentAndItsReasonOnOneLine(typed: String, expected: JudgmentLine) {
        #expect(JudgmentLine(typed) == expected)
    }

    @Test(arguments: ["", "misschien", "ze zei het zelf", "jawel, zeker"])
    func aLineWithoutAJudgmentIsNone(typed: String) {
        #expect(JudgmentLine(typed) == nil)
    }
}
