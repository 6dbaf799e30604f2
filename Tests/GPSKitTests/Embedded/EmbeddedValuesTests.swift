import Foundation
import Testing

@testable import GPSKit

/// The rulebook, the routes and the reasoning's word lists are compiled as Swift values
/// (`EmbeddedValues+Generated.swift`), so no command decodes JSON for them at start-up. The JSON
/// files stay the one source of truth: this test decodes them and proves the generated file is
/// exactly what they give today. After editing a data file run
/// `GPS_UPDATE_GOLDEN=1 swift test --filter EmbeddedValuesTests`, read the diff, build again.
@Suite struct EmbeddedValuesTests {
    static let generatedPath = "Sources/GPSKit/Embedded/EmbeddedValues+Generated.swift"

    struct Decoded {
        var rulebook: Rulebook
        var library: QuestionnaireLibrary
        var signals: TextSignals
        var rules: SecrecyRules
        var grounds: GroundCatalogue
    }

    static func decodedFromTheDataFiles() throws -> Decoded {
        let rulebook = try Rulebook.decode(try PackageRoot.text(Rulebook.embeddedPath), file: Rulebook.embeddedPath)
        let files = try EmbeddedData.paths.filter { $0.hasPrefix("Questionnaires/") }.map { (name: $0, text: try PackageRoot.text($0)) }
        return Decoded(
            rulebook: rulebook, library: try QuestionnaireLibrary(files: files),
            signals: TextSignals(json: try PackageRoot.text(TextSignals.dataPath)),
            rules: try SecrecyRules(json: try PackageRoot.text(SecrecyRules.dataPath)),
            grounds: try JSONValueDecoder().decode(GroundCatalogue.self, from: try PackageRoot.text(GroundCatalogue.dataPath)))
    }

    static func source(_ decoded: Decoded) -> String {
        let writer = SwiftValueSource()
        return """
            // Generated from the data files by EmbeddedValuesTests; do not edit. After changing a data
            // file: GPS_UPDATE_GOLDEN=1 swift test --filter EmbeddedValuesTests

            enum EmbeddedValues {
                static let rulebook: GPSKit.Rulebook = \(writer.expression(decoded.rulebook, depth: 1))

                static let questionnaires: GPSKit.QuestionnaireLibrary = \(writer.expression(decoded.library, depth: 1))

                static let signals: GPSKit.TextSignals = \(writer.expression(decoded.signals, depth: 1))

                static let rules: GPSKit.SecrecyRules = \(writer.expression(decoded.rules, depth: 1))

                static let grounds: GPSKit.GroundCatalogue = \(writer.expression(decoded.grounds, depth: 1))
            }

            """
    }

    @Test func theGeneratedValuesAreWhatTheDataFilesSayToday() throws {
        Golden.check(Self.source(try Self.decodedFromTheDataFiles()), against: Self.generatedPath)
    }

    @Test func theCompiledValuesReadBackAsTheDecodedOnes() throws {
        let decoded = try Self.decodedFromTheDataFiles()
        let writer = SwiftValueSource()
        #expect(writer.expression(try Rulebook.embedded()) == writer.expression(decoded.rulebook))
        #expect(writer.expression(try QuestionnaireLibrary.embedded()) == writer.expression(decoded.library))
        #expect(writer.expression(TextSignals.embedded) == writer.expression(decoded.signals))
        #expect(writer.expression(SecrecyRules.embedded) == writer.expression(decoded.rules))
        #expect(writer.expression(GroundCatalogue.embedded) == writer.expression(decoded.grounds))
    }
}
