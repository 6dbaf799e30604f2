import Foundation
import GPSKit

#if canImport(Glibc)
    import Glibc
#endif

/// `:e` in the wizard: the answer so far in her own editor, as `git commit` does it. VISUAL
/// comes first, then EDITOR; the command may carry arguments ("code --wait"), so a shell runs
/// it. The text waits in a temporary file only she can read (0600), removed afterwards. Its
/// name carries gps's process id, so a file left by a gps that was killed (SIGKILL leaves no
/// time to clean up) is removed by the next one, with the editor's swap file beside it.
enum ExternalEditor {
    static let prefix = "gps-antwoord-"

    static var temporaryFolder: String { FileManager.default.temporaryDirectory.path }

    static func command(in environment: [String: String]) -> String? {
        for key in ["VISUAL", "EDITOR"] {
            if let value = environment[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return nil
    }

    static func edit(_ text: String, with editor: String) -> EditorOutcome {
        let folder = temporaryFolder
        removeLeftovers(in: folder)
        var template = Array((folder + "/" + prefix + "\(getpid())-XXXXXX.txt").utf8CString)
        let descriptor = mkstemps(&template, 4)
        guard descriptor >= 0 else { return .failed(detail: String(cString: strerror(errno))) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer { unlink(path) }
        // mkstemps already creates the file 0600; fchmod says so even under an odd umask.
        fchmod(descriptor, 0o600)
        let failure = DescriptorWrite.all(text.isEmpty ? "" : text + "\n", to: descriptor)
        close(descriptor)
        if let failure { return .failed(detail: String(cString: strerror(failure))) }

        switch run(editor, on: path) {
        case .failure(let failure): return .failed(detail: failure.detail)
        case .success:
            guard let data = FileManager.default.contents(atPath: path) else { return .failed(detail: path) }
            return .saved(String(decoding: data, as: UTF8.self))
        }
    }

    /// Removes her files of earlier gps processes that are gone: `gps-antwoord-PID-….txt` and
    /// the editor's files named after them (".gps-antwoord-PID-….txt.swp"). Another user's
    /// files, links and a running gps's files are left alone.
    static func removeLeftovers(in folder: String = temporaryFolder) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            let bare = name.hasPrefix(".") ? String(name.dropFirst()) : name
            let rest = bare.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isNumber }
            // "PID-": an older gps named its file without one; such a file is not this code's to judge.
            guard bare.hasPrefix(prefix), rest.dropFirst(digits.count).first == "-", let pid = Int32(digits),
                pid != getpid(), kill(pid, 0) == -1, errno == ESRCH
            else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_uid == getuid(), info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// Runs `sh -c 'EDITOR "$1"'` in the foreground with the terminal as is. The editor gets
    /// Ctrl-C back (gps ignores it while the editor is open, see `Interrupt.editing`).
    private static func run(_ editor: String, on path: String) -> Result<Void, Failure> {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGQUIT, SIGPIPE] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let arguments = ["sh", "-c", editor + " \"$1\"", "sh", path]
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var child = pid_t()
        let spawned = posix_spawn(&child, "/bin/sh", nil, &attributes, cArguments, environ)
        guard spawned == 0 else { return .failure(Failure(String(cString: strerror(spawned)))) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(Failure(String(cString: strerror(errno)))) }
        }
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else { return .failure(Failure(exited ? "\(editor): status \(code)" : "\(editor): signal \(status & 0x7f)")) }
        return .success(())
    }

    struct Failure: Error {
        let detail: String
        init(_ detail: String) { self.detail = detail }
    }
}
