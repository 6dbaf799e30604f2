/// Breaks long lines at spaces for a terminal of a given width, keeping each line's indentation
/// on its continuation lines. Words longer than the width are left whole.
public enum LineWrapper {
    public static func wrap(_ text: String, width: Int) -> String {
        guard width > 20 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = ""
        for word in line.dropFirst(indent.count).split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += current.isEmpty ? indent + word : " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
