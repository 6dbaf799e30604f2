/// The data files compiled into the binary, by path relative to the package root.
public enum EmbeddedData {
    public static func text(at path: String) -> String? { EmbeddedFiles.contents[path] }

    public static var paths: [String] { EmbeddedFiles.contents.keys.sorted() }
}
