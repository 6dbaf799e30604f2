import Foundation

/// The one JSON form of a case file: sorted keys, ISO 8601 dates, LF endings.
enum CaseCoding {
    static func encode(_ caseFile: CaseFile) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(caseFile)
        data.append(0x0A)
        return data
    }

    static func decode(_ data: Data, path: String) throws(CaseStoreError) -> CaseFile {
        let version: Int
        let value: JSONValue
        do {
            value = try JSONValueDecoder().decode(JSONValue.self, from: data)
            version = try JSONValueDecoder().decode(VersionProbe.self, from: value).formatVersion
        } catch {
            throw .corrupt(path: path, detail: DecodingErrorText.describe(error))
        }
        guard version <= CaseFile.currentFormatVersion else {
            throw .newerFormat(path: path, version: version)
        }
        guard version >= CaseMigration.oldestReadable else {
            throw .corrupt(path: path, detail: "formatVersion \(version)")
        }
        do {
            return CaseMigration.upgrade(try JSONValueDecoder(dateDecoding: .iso8601).decode(CaseFile.self, from: value))
        } catch {
            throw .corrupt(path: path, detail: DecodingErrorText.describe(error))
        }
    }

    private struct VersionProbe: Decodable {
        var formatVersion: Int
    }
}
