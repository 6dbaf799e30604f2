import Foundation
import Testing

@testable import GPSKit

/// One example's record as printable HTML: a golden file, and a real browser printing it.
/// `GPS_UPDATE_GOLDEN=1 swift test --filter HTMLExampleTests` rewrites the golden file.
@Suite struct HTMLExampleTests {
    static let example = "blauwe-plekken"
    static let golden = "Examples/\(example)/record.html"

    @Test func theExampleMatchesItsGoldenHTMLAndParses() throws {
        let (caseFile, route) = try ExamplesTests().caseFile(of: Self.example)
        let html = HTMLRecordRenderer(questionnaire: route, texts: .embedded(.nl)).render(caseFile)
        #expect(HTMLReadback.read(html).reading != nil, "\(HTMLReadback.read(html).error ?? "")")
        Golden.check(html, against: Self.golden)
    }

    /// Chromium prints the golden file to PDF, headless, as a coach's browser would (about 1.5 s).
    @Test(.enabled(if: ExternalTool.path(of: "chromium") != nil && ExternalTool.path(of: "pdfinfo") != nil,
                   "chromium and pdfinfo (poppler-utils) are not installed"))
    func chromiumPrintsTheExampleOnA4Pages() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "gps-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appending(path: "record.pdf")
        // `timeout`, so a browser that hangs in an odd sandbox fails this test instead of CI.
        let print = try #require(try ExternalTool.run("timeout", [
            "120", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
            "--user-data-dir=" + folder.appending(path: "profile").path,
            "--print-to-pdf=" + pdf.path, PackageRoot.file(Self.golden).path,
        ], input: ""))
        #expect(print.status == 0, "\(print.stderr)")
        let info = try #require(try ExternalTool.run("pdfinfo", [pdf.path], input: ""))
        #expect(info.status == 0, "\(info.stderr)")
        let pages = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
        #expect((pages ?? 0) >= 5, "one page or more per step: \(info.stdout)")
        #expect(info.stdout.contains("(A4)"))
    }
}
