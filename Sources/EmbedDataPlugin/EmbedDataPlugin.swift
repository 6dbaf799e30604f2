import Foundation
import PackagePlugin

/// Compiles the project's data files (questionnaires, message tables, rulebook) into GPSKit,
/// so a copied binary runs with no source tree beside it.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = try EmbeddedDataFiles.list(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles+Generated.swift")
        var arguments = [root.path(percentEncoded: false), output.path(percentEncoded: false)]
        arguments += inputs.map { relativePath(of: $0, under: root) }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files into \(target.name)",
                executable: try context.tool(named: "gps-embed").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func relativePath(of file: URL, under root: URL) -> String {
        String(file.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
    }
}

/// Which files are data: every questionnaire except its schema, and every JSON file in a
/// `Data` folder of GPSKit.
enum EmbeddedDataFiles {
    static func list(under root: URL) throws -> [URL] {
        let questionnaires = try jsonFiles(in: root.appending(path: "Questionnaires"))
            .filter { !$0.lastPathComponent.contains("schema") }
        return (questionnaires + dataFolderFiles(under: root.appending(path: "Sources/GPSKit")))
            .sorted { $0.path < $1.path }
    }

    private static func jsonFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
    }

    private static func dataFolderFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return walker.compactMap { $0 as? URL }.filter {
            $0.pathExtension == "json" && $0.deletingLastPathComponent().lastPathComponent == "Data"
        }
    }
}
