import Foundation

extension ArchiveRepository {
    /// What sharing needs besides an anonymous record: her clone and a git identity.
    public func prepareToShare() throws(ArchiveError) {
        try ensureClone()
        guard try hasIdentity() else { throw .noIdentity }
    }

    /// `gps archief deel`: refuses (`.notAnonymous`, nothing written) while `ArchiveGate` finds
    /// a leak; checks her git identity; writes the record's two files, commits them and pushes.
    public func share(_ record: ArchiveRecord, of caseFile: CaseFile, today: CaseDay?) throws(ArchiveError) -> ShareOutcome {
        let leaks = ArchiveGate.leaks(in: record, of: caseFile, today: today)
        guard leaks.isEmpty else { throw .notAnonymous(leaks) }
        try prepareToShare()
        let isNew = !FileManager.default.fileExists(atPath: places.summary(record.archiveID).path)
        let files = [(places.markdown(record.archiveID), record.markdown), (places.summary(record.archiveID), record.summaryJSON)]
        do {
            try PrivateFile.makeFolder(places.records)
            for (url, text) in files where (try? String(contentsOf: url, encoding: .utf8)) != text {
                try PrivateFile.write(Data(text.utf8), to: url)
            }
        } catch {
            throw .gitFailed(step: "write", detail: places.records.path)
        }
        let paths = files.map { "records/" + $0.0.lastPathComponent }
        let added = try run(["add", "--"] + paths)
        guard added.succeeded else { throw .gitFailed(step: "add", detail: Self.detail(added)) }
        let unchanged = try run(["diff", "--cached", "--quiet", "--"] + paths).succeeded
        if !unchanged {
            let verb = isNew ? "Add" : "Update"
            let message = "\(verb) archive record \(record.archiveID)"
            let committed = try run(["commit", "--quiet", "--no-verify", "-m", message, "--"] + paths)
            guard committed.succeeded else {
                if committed.errorOutput.contains("tell me who you are") { throw .noIdentity }
                throw .gitFailed(step: "commit", detail: Self.detail(committed))
            }
        }
        return ShareOutcome(archiveID: record.archiveID, isNew: isNew, changed: !unchanged, push: try pushPending())
    }

    /// Her name and e-mail address as git will sign with them: from the environment
    /// (`GIT_AUTHOR_NAME`, `GIT_AUTHOR_EMAIL`, `EMAIL`) or `git config user.name/email`.
    func hasIdentity() throws(ArchiveError) -> Bool {
        func configured(_ key: String, _ variables: [String]) throws(ArchiveError) -> Bool {
            if variables.contains(where: { !(environment[$0] ?? "").isEmpty }) { return true }
            let result = try run(["config", "--get", key])
            return result.succeeded && !result.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        let name = try configured("user.name", ["GIT_AUTHOR_NAME"])
        let email = try configured("user.email", ["GIT_AUTHOR_EMAIL", "EMAIL"])
        return name && email
    }

    /// Sends her commits that the archive does not have yet. A push refused because a colleague
    /// pushed first is rebased on theirs and tried again; every record is its own file, so the
    /// rebase never meets a conflict of two caregivers. An archive out of reach keeps them here.
    func pushPending() throws(ArchiveError) -> PushOutcome {
        guard try hasCommits() else { return .nothingToPush }
        let branch = try branch()
        for _ in 0..<5 {
            guard try unpushedCount(branch: branch) > 0 else { return .nothingToPush }
            let pushed = try run(["push", "--quiet", "origin", "HEAD:refs/heads/" + branch])
            // A push moves `origin/<branch>` along, so the count above stays right.
            if pushed.succeeded { return .pushed }
            let text = pushed.errorOutput
            // "[rejected]": a colleague pushed first; "[remote rejected] … failed to update ref" or
            // "cannot lock ref": she is pushing at this very moment.
            let refused = ["rejected", "fetch first", "non-fast-forward", "cannot lock ref", "failed to update ref"]
            guard refused.contains(where: text.contains) else {
                return .keptLocally(detail: Self.detail(pushed))
            }
            switch try pullRebase(branch: branch) {
            case .unreachable(let detail): return .keptLocally(detail: detail)
            case .done: continue
            }
        }
        return .keptLocally(detail: "push refused five times")
    }

    enum PullResult { case done, unreachable(String) }

    /// `git pull --rebase` from the archive. An archive that has no commits yet is not an error.
    func pullRebase(branch: String) throws(ArchiveError) -> PullResult {
        let pulled = try run(["pull", "--rebase", "--autostash", "--quiet", "origin", branch])
        if pulled.succeeded { return .done }
        if pulled.errorOutput.contains("couldn't find remote ref") { return .done }
        if pulled.errorOutput.contains("CONFLICT") || pulled.errorOutput.contains("could not apply") {
            _ = try run(["rebase", "--abort"])
            throw .conflict(detail: Self.detail(pulled))
        }
        if Self.isUnreachable(pulled) { return .unreachable(Self.detail(pulled)) }
        throw .gitFailed(step: "pull", detail: Self.detail(pulled))
    }

    /// How many of her commits the archive does not have, as far as the clone knows.
    func unpushedCount(branch: String) throws(ArchiveError) -> Int {
        let remote = "refs/remotes/origin/" + branch
        let known = try run(["rev-parse", "--quiet", "--verify", remote]).succeeded
        let counted = try run(["rev-list", "--count", known ? remote + "..HEAD" : "HEAD"])
        return Int(counted.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
