import Foundation
import GPSKit
import GPSTesting

/// An Examples case (`antwoorden.json`, or `kort.json` for the short route) as the wizard would
/// be typed to fill it.
enum ExampleCase {
    static func read(_ name: String, file: String = "antwoorden.json") throws
        -> (questionnaire: Questionnaire, caseFile: CaseFile, title: String)
    {
        try TypingPlan.read(FaultGPS.packageRoot.appending(path: "Examples/\(name)/\(file)"))
    }
}

struct MissingValue: Error {}

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingValue() }
    return value
}
