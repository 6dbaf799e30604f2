import GPSKit

/// `gps lijst`: her cases, oldest first, with how far each one is. `--ids` prints only the ids,
/// one a line, for scripts and shell completion.
struct ListCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() -> ExitStatus {
        let results = context.store.all()
        if invocation.has(.ids) {
            let ids = results.compactMap { try? $0.get().id.rawValue }
            context.terminal.write(ids.map { $0 + "\n" }.joined())
            return .success
        }
        guard !results.isEmpty else {
            context.say(.noCasesYet)
            return .success
        }
        var rows: [[String]] = []
        for result in results {
            switch result {
            case .success(let caseFile): rows.append(row(for: caseFile))
            case .failure(let error): context.terminal.error(ErrorReport(error, texts: context.texts).message + "\n")
            }
        }
        let headers = [MessageKey.listColumnID, .listColumnDate, .listColumnProgress, .listColumnTitle].map { context.texts($0) }
        context.terminal.write(TextTable(headers: headers, rows: rows).rendered)
        return .success
    }

    private func row(for caseFile: CaseFile) -> [String] {
        let route = try? context.route(caseFile.route)
        let questions = (route?.questions ?? []).filter { $0.applies(to: caseFile) }
        let settled = questions.filter { route?.isSettled($0, in: caseFile) ?? false }.count
        return [caseFile.id.rawValue, caseFile.date.description, "\(settled)/\(questions.count)", caseFile.title]
    }
}
