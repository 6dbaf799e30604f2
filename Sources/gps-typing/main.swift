import Foundation
import GPSTesting

// gps-typing ANSWERS.json: the lines she would type into `gps nieuw` (the answers file's route,
// title first) to give those answers, as a JSON array on standard output. For
// Scripts/route-cost.sh, which types them into the real binary and counts what it costs.
let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: gps-typing ANSWERS.json\n".utf8))
    exit(64)
}
do {
    let example = try TypingPlan.read(URL(fileURLWithPath: path))
    let lines = TypingPlan.allLines(of: example)
    let data = try JSONSerialization.data(withJSONObject: ["route": example.questionnaire.id, "lines": lines], options: [.prettyPrinted])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
} catch {
    FileHandle.standardError.write(Data("gps-typing: \(error)\n".utf8))
    exit(65)
}
