import Testing

@testable import GPSKit

/// Every archive error reaches her as a sentence in her language with the status the README
/// lists: 1 when GPS refuses or she has something to do, 74 when git or the archive fails.
@Suite struct ArchiveErrorTextTests {
    static let errors: [(ArchiveError, GPSKit.ExitStatus)] = [
        (.gitMissing, .ioError), (.notConnected, .failure), (.noIdentity, .failure),
        (.otherArchive(folder: "/d/archief", remote: "/mnt/oud.git"), .failure),
        (.unreachable(remote: "/mnt/deel.git", detail: "Could not read from remote repository."), .ioError),
        (.gitFailed(step: "commit", detail: "unable to write"), .ioError), (.conflict(detail: "records/x.md"), .failure),
        (.notAnonymous([ArchiveLeak(file: .record, line: 3, kind: .name, hint: "Ilse")]), .failure),
        (.unknownRecord("abcd1234"), .failure), (.notAnArchiveID("../x"), .failure),
        (.config(path: "/h/.config/gps/config", reason: "Permission denied"), .ioError),
    ]

    @Test func eachErrorHasItsSentenceAndStatusInBothLanguages() {
        for language in Language.allCases {
            for (error, status) in Self.errors {
                let report = ErrorReport(error, texts: .embedded(language))
                #expect(report.status == status, "\(error)")
                #expect(!report.message.isEmpty && !report.message.contains("ArchiveError") && !report.message.contains("{"))
            }
        }
        let offline = ErrorReport(Self.errors[4].0, texts: .embedded(.nl)).message
        #expect(offline == "Het archief /mnt/deel.git is niet bereikbaar: Could not read from remote repository. Je eigen kopie blijft doorzoekbaar.")
    }
}
