import Testing
@testable import GPSKit

@Suite struct EmbeddedDataTests {
    @Test func embeddedFilesMatchTheFilesOnDisk() throws {
        #expect(!EmbeddedData.paths.isEmpty)
        for path in EmbeddedData.paths {
            #expect(EmbeddedData.text(at: path) == (try PackageRoot.text(path)), "\(path) is stale")
        }
    }
}
