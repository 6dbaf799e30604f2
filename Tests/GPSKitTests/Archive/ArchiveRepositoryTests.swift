import Foundation
import Testing

@testable import GPSKit

/// The git steps of `deel` and `haal` against a scripted git: which commands run, in which
/// order, and what GPS makes of git's answers.
@Suite struct ArchiveRepositoryTests {
    /// Answers each git command by its first words; records every call.
    final class ScriptedGit: GitRunner, @unchecked Sendable {
        var answers: [(prefix: [String], results: [GitResult])]
        private(set) var calls: [[String]] = []
        private let lock = NSLock()

        init(_ answers: [(prefix: [String], results: [GitResult])]) {
            self.answers = answers
        }

        func run(_ arguments: [String], in folder: URL?) throws(ArchiveError) -> GitResult {
            lock.lock()
            defer { lock.unlock() }
            calls.append(arguments)
            guard let index = answers.firstIndex(where: { Array(arguments.prefix($0.prefix.count)) == $0.prefix }) else {
                return GitResult(status: 0)
            }
            let result = answers[index].results.first ?? GitResult(status: 0)
            if answers[index].results.count > 1 { answers[index].results.removeFirst() }
            return result
        }
    }

    func places() throws -> ArchivePlaces {
        let folder = FileManager.default.temporaryDirectory.appending(path: "gps-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "archief/.git"), withIntermediateDirectories: true)
        return ArchivePlaces(clone: folder.appending(path: "archief"), idMap: folder.appending(path: "ids"), config: folder.appending(path: "config"))
    }

    static let refused = GitResult(status: 1, errorOutput: " ! [rejected]        HEAD -> main (fetch first)\nerror: failed to push some refs\n")
    static let offline = GitResult(
        status: 128, errorOutput: "fatal: '/mnt/deel/archief.git' does not appear to be a git repository\nfatal: Could not read from remote repository.\n")

    @Test func aPushRefusedBecauseSomeoneWasFirstIsRebasedAndTriedAgain() throws {
        let git = ScriptedGit([
            (["symbolic-ref"], [GitResult(status: 0, output: "main\n")]),
            (["rev-list"], [GitResult(status: 0, output: "1\n")]),
            (["push"], [Self.refused, GitResult(status: 0)]),
        ])
        let repository = ArchiveRepository(places: try places(), git: git, environment: [:])
        #expect(try repository.pushPending() == .pushed)
        let steps = git.calls.map { $0[0] }.filter { ["push", "pull"].contains($0) }
        #expect(steps == ["push", "pull", "push"])
        #expect(git.calls.contains(["pull", "--rebase", "--autostash", "--quiet", "origin", "main"]))
    }

    @Test func anArchiveOutOfReachKeepsTheCommitHere() throws {
        let git = ScriptedGit([
            (["symbolic-ref"], [GitResult(status: 0, output: "main\n")]),
            (["rev-list"], [GitResult(status: 0, output: "2\n")]),
            (["push"], [Self.offline]),
        ])
        let repository = ArchiveRepository(places: try places(), git: git, environment: [:])
        #expect(try repository.pushPending() == .keptLocally(detail: "Could not read from remote repository."))
    }

    @Test func aPullThatCannotReachTheArchiveSaysSo() throws {
        let git = ScriptedGit([(["pull"], [Self.offline])])
        let repository = ArchiveRepository(places: try places(), git: git, environment: [:])
        #expect(throws: ArchiveError.self) { try repository.pull() }
    }

    @Test func aRebaseConflictIsAbortedAndReported() throws {
        let git = ScriptedGit([(["pull"], [GitResult(status: 1, errorOutput: "CONFLICT (add/add): Merge conflict in records/x.md\nerror: could not apply 1234567\n")])])
        let repository = ArchiveRepository(places: try places(), git: git, environment: [:])
        #expect(throws: ArchiveError.conflict(detail: "could not apply 1234567")) { try repository.pull() }
        #expect(git.calls.contains(["rebase", "--abort"]))
    }

    @Test func withoutAGitIdentityNothingIsWrittenOrCommitted() throws {
        let places = try places()
        let git = ScriptedGit([(["config"], [GitResult(status: 1)])])
        let repository = ArchiveRepository(places: places, git: git, environment: [:])
        let file = Fixtures.emptyCase()
        let record = ArchiveRecord(
            file, archiveID: "abcd12345678", questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), texts: .embedded(.nl))
        #expect(throws: ArchiveError.noIdentity) { try repository.share(record, of: file, today: nil) }
        #expect(!FileManager.default.fileExists(atPath: places.markdown("abcd12345678").path))
        #expect(!git.calls.contains { $0.first == "commit" })
    }

    @Test func aLeakStopsTheShareBeforeGitIsAsked() throws {
        let git = ScriptedGit([])
        let repository = ArchiveRepository(places: try places(), git: git, environment: ["GIT_AUTHOR_NAME": "An", "EMAIL": "an@x.be"])
        var file = Fixtures.emptyCase()
        file.answers["feiten"] = .list(["Bel haar op 0470 12 34 56."])
        let record = ArchiveRecord(
            file, archiveID: "abcd12345678", questionnaire: Fixtures.fullRoute, rulebook: try Rulebook.embedded(), texts: .embedded(.nl))
        #expect(throws: ArchiveError.self) { try repository.share(record, of: file, today: nil) }
        #expect(git.calls.isEmpty)
    }

    @Test func gitRunsWithoutPromptsEditorsOrTranslatedMessages() {
        let environment = ProcessGitRunner(environment: ["HOME": "/h", "GIT_ASKPASS": "/usr/bin/ksshaskpass", "LANG": "nl_BE.UTF-8"])
            .environment
        #expect(environment["GIT_TERMINAL_PROMPT"] == "0" && environment["GIT_ASKPASS"] == "" && environment["SSH_ASKPASS"] == "")
        #expect(environment["GIT_EDITOR"] == "true" && environment["GIT_SEQUENCE_EDITOR"] == "true")
        #expect(environment["LC_ALL"] == "C" && environment["HOME"] == "/h")
    }

    @Test func locationsThatAreFoldersAndThoseThatAreURLs() {
        #expect(ArchiveRepository.isLocalPath("/mnt/deel/archief.git"))
        #expect(ArchiveRepository.isLocalPath("archief.git"))
        #expect(ArchiveRepository.isLocalPath("./a:b"))
        #expect(ArchiveRepository.isLocalPath("file:///mnt/deel/archief.git"))
        #expect(!ArchiveRepository.isLocalPath("https://git.example.org/zorg/archief.git"))
        #expect(!ArchiveRepository.isLocalPath("git@git.example.org:zorg/archief.git"))
    }
}
