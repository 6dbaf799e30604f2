import GPSKit

/// `gps lijst`: her cases, oldest first, with how far each one is. `--ids` prints only the ids,
/// one a line, for scripts and shell completion.
struct ListCommand {
    let context: CommandContext
    let invocation: Invocation

    func run() -> ExitStatus {
        if invocation.has(.ids) {
            context.terminal.write(context.store.ids().map { $0.rawValue + "\n" }.joined())
            return .success
        }
        let results = CaseListing(store: context.store).rows(describe: row)
        guard !results.isEmpty else {
            context.say(.noCasesYet)
            return .success
        }
        var rows: [[String]] = []
        for result in results {
            switch result {
            case .success(let row): rows.append([row.id.rawValue, row.date, row.progress, row.title])
            case .failure(let error): context.terminal.error(ErrorReport(error, texts: context.texts).message + "\n")
            }
        }
        let headers = [MessageKey.listColumnID, .listColumnDate, .listColumnProgress, .listColumnTitle].map { context.texts($0) }
        context.terminal.write(TextTable(headers: headers, rows: rows).rendered)
        return .success
    }

    private func row(for caseFile: CaseFile) -> CaseListing.Row {
        let route = try? context.route(caseFile.route)
        let questions = (route?.questions ?? []).filter { $0.applies(to: caseFile) }
        let settled = questions.filter { route?.isSettled($0, in: caseFile) ?? false }.count
        return CaseListing.Row(
            id: caseFile.id, date: caseFile.date.description, progress: "\(settled)/\(questions.count)", title: caseFile.title)
    }
}
