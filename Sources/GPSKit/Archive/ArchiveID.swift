import Foundation

/// The name of a record in the archive: random, so it says nothing about the case, the
/// caregiver or the day. Case ids are never shared; the map from one to the other stays on her
/// laptop (`ArchiveIDMap`).
public enum ArchiveID {
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
    static let length = 12

    public static func make(using generator: inout some RandomNumberGenerator) -> String {
        String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Letters and digits only, so a typed id can never point outside the records folder.
    public static func isValid(_ text: String) -> Bool {
        (4...64).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
    }
}

/// Which archive record each of her cases became, kept in the data folder (`archief-ids`),
/// so sharing a case again updates its own record and never another's.
public struct ArchiveIDMap: Sendable {
    public let url: URL
    private var file: KeyValueFile

    public init(url: URL) throws(ArchiveError) {
        self.url = url
        file = try KeyValueFile.load(from: url)
    }

    public func archiveID(for caseID: CaseID) -> String? {
        file[caseID.rawValue].flatMap { ArchiveID.isValid($0) ? $0 : nil }
    }

    public mutating func remember(_ archiveID: String, for caseID: CaseID) throws(ArchiveError) {
        file[caseID.rawValue] = archiveID
        try file.save(to: url)
    }
}
