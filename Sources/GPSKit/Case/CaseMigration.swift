import Foundation

/// Brings a case file of an older format up to the current one.
///
/// Format 1 did not promise the ecogram: files written before the ecogram existed have
/// stakeholders without category, tie or support, and no `ecograms` history, while later
/// format-1 files have both. Format 2 promises them. Reading a format-1 file guesses the
/// missing fields (as the wizard would) and starts the history on the case's day; the file on
/// disk changes only at the next save, which first keeps the old bytes as `<id>.v1.json.bak`.
/// Reading alone (`rapport`, `lijst`) never writes.
///
/// Format 2 knew per step only with whom it "shares" something; format 3 tells apart with whom
/// a step happens (participants) and who learns something (recipients). A format-2 step's
/// "shares with" becomes its recipients, and its participants are found as the wizard would
/// propose them: the people named in "who" and "what", and the family members it shared with.
enum CaseMigration {
    static let oldestReadable = 1

    /// The case as the current format holds it; `formatVersion` still says where it came from,
    /// so the save that writes it knows to keep a backup first.
    static func upgrade(_ caseFile: CaseFile) -> CaseFile {
        var caseFile = caseFile
        if caseFile.formatVersion < 2, caseFile.ecograms.isEmpty, !caseFile.stakeholders.isEmpty {
            caseFile.recordEcogram(on: caseFile.date)
        }
        if caseFile.formatVersion < 3 {
            let people = StepPeople(stakeholders: caseFile.stakeholders)
            for (id, answer) in caseFile.answers {
                if case .actions(let items) = answer { caseFile.answers[id] = .actions(items.map(people.migrated)) }
            }
            for (id, answer) in caseFile.drafts {
                if case .actions(let items) = answer { caseFile.drafts[id] = .actions(items.map(people.migrated)) }
            }
        }
        return caseFile
    }

    static func backupURL(for url: URL, version: Int) -> URL {
        url.deletingPathExtension().appendingPathExtension("v\(version).json.bak")
    }
}
