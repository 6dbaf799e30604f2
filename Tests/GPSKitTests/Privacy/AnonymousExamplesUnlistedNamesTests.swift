import Foundation
import Testing

@testable import GPSKit

/// No worked example's anonymous export, Markdown or HTML, holds a person she mentions who is
/// in no list of the case, such as the baby Amber of blauwe-plekken.
@Suite struct AnonymousExamplesUnlistedNamesTests {
    @Test func blauwePlekkenMentionsAmberWhoIsInNoList() throws {
        let (file, _) = try ExamplesTests().caseFile(of: "blauwe-plekken")
        #expect(UnlistedNames(file).names.map(\.name) == ["Amber"])
        #expect(!AnonymousExamplesTests.names(in: file).contains("Amber"), "she is no stakeholder")
    }

    @Test(arguments: ExamplesTests.names)
    func theExportHoldsNoUnlistedName(example: String) throws {
        let (file, route) = try ExamplesTests().caseFile(of: example)
        let unlisted = UnlistedNames(file).names.map(\.name)
        let (anonymous, records) = try AnonymousExamplesTests().exports(of: file, route: route)
        #expect(anonymous.unlistedNames.names.map(\.name) == unlisted)
        for record in records {
            let words = Set(record.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
            for name in unlisted {
                #expect(!words.contains(name) && !words.contains(name + "s"), "\(example): \(name) is still in the export")
            }
            #expect(!record.contains("Amber"), "\(example)")
            #expect(anonymous.remainingNames(in: record).isEmpty, "\(example): \(anonymous.remainingNames(in: record))")
        }
    }
}
