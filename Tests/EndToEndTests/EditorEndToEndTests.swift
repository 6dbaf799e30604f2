import Foundation
import Testing

/// `:e` with the real binary and a real editor program: the answer so far goes into a temporary
/// file only she can read, what she saves becomes the answer, and the file is gone afterwards.
@Suite struct EditorEndToEndTests {
    /// An "editor" that notes the file's mode, name and contents, then writes two lines.
    static let editorScript = """
        #!/bin/sh
        dir=$(dirname "$0")
        stat -c '%a' "$1" > "$dir/mode"
        printf '%s' "$1" > "$dir/path"
        cp "$1" "$dir/before"
        printf 'Ik schrok van de blauwe plek.\\nEn ik voelde me machteloos.\\n' > "$1"
        """

    @Test func anAnswerWrittenInTheEditorIsSavedAndTheTemporaryFileIsGone() throws {
        var gps = GPSProcess()
        let tools = gps.dataFolder.appending(path: "tools")
        let temporary = gps.dataFolder.appending(path: "tmp")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let editor = tools.appending(path: "editor.sh")
        try Self.editorScript.write(to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        gps.extraEnvironment = ["EDITOR": editor.path, "TMPDIR": temporary.path]

        let run = try gps.run(["nieuw", "--titel", "Blauwe plek"], input: ["Ik schrok.", ":e", ":stop"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Je editor opent (\(editor.path))"))
        let id = try #require(resumeID(in: run.stdout))
        #expect((try gps.answers(id)["trigger"] as? [String: Any])?["text"] as? String == "Ik schrok van de blauwe plek.\nEn ik voelde me machteloos.")

        let read = { (name: String) in try String(contentsOf: tools.appending(path: name), encoding: .utf8) }
        #expect(try read("mode").trimmingCharacters(in: .whitespacesAndNewlines) == "600")
        #expect(try read("before") == "Ik schrok.\n", "the editor opens on what she typed so far")
        let path = try read("path")
        #expect(path.hasPrefix(temporary.path + "/"))
        #expect(!FileManager.default.fileExists(atPath: path), "the temporary file is removed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }

    /// A gps killed while the editor was open (SIGKILL) leaves its file behind; the next gps
    /// removes it, and the editor's swap file, but never a running gps's file.
    @Test func aFileLeftByAKilledGpsIsRemovedByTheNextOne() throws {
        var gps = GPSProcess()
        let temporary = gps.dataFolder.appending(path: "tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        gps.extraEnvironment = ["TMPDIR": temporary.path]
        // A process that has ended: its id is free, so a file named after it is a leftover.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let dead = "gps-antwoord-\(ended.processIdentifier)-a1b2c3.txt"
        let alive = "gps-antwoord-\(ProcessInfo.processInfo.processIdentifier)-d4e5f6.txt"
        for name in [dead, "." + dead + ".swp", alive, "ander-bestand.txt"] {
            try "Wat ik schreef.".write(to: temporary.appending(path: name), atomically: false, encoding: .utf8)
        }
        let run = try gps.run(["nieuw", "--titel", "Na een crash"], input: [":stop"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).sorted() == [alive, "ander-bestand.txt"].sorted())
    }

    @Test func anEditorThatFailsKeepsTheAnswerAndSaysSo() throws {
        var gps = GPSProcess()
        gps.extraEnvironment = ["VISUAL": "false", "EDITOR": "cat"]
        let run = try gps.run(["nieuw", "--titel", "Mislukt"], input: ["Ik schrok.", ":e", "", ":stop"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("De editor sloot af met een fout (false: status 1)"), "VISUAL comes before EDITOR")
        let id = try #require(resumeID(in: run.stdout))
        #expect((try gps.answers(id)["trigger"] as? [String: Any])?["text"] as? String == "Ik schrok.")
    }
}
