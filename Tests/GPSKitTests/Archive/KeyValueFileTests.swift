import Foundation
import Testing

@testable import GPSKit

@Suite struct KeyValueFileTests {
    @Test func readsKeysAndValuesAndSkipsCommentsAndNoise() {
        let file = KeyValueFile(parsing: "# mijn instellingen\narchief = /mnt/deel/archief.git\n\nkapot\n  taal=en  \n")
        #expect(file["archief"] == "/mnt/deel/archief.git")
        #expect(file["taal"] == "en")
        #expect(file["kapot"] == nil)
    }

    @Test func settingAKeyKeepsTheOthers() {
        var file = KeyValueFile(parsing: "taal = en\narchief = oud\n")
        file["archief"] = "nieuw"
        #expect(file.text == "taal = en\narchief = nieuw\n")
        file["archief"] = nil
        #expect(file.text == "taal = en\n")
    }

    @Test func savedPrivatelyAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "gps-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appending(path: "gps/config")
        #expect(try KeyValueFile.load(from: url) == KeyValueFile())
        var file = KeyValueFile()
        file[ArchivePlaces.archiveKey] = "git@example.org:zorg/archief.git"
        try file.save(to: url)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try KeyValueFile.load(from: url)[ArchivePlaces.archiveKey] == "git@example.org:zorg/archief.git")
    }

    @Test func theConfigFileFollowsXDG() {
        #expect(ArchivePlaces.configFile(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).path == "/x/gps/config")
        #expect(ArchivePlaces.configFile(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"]).path == "/h/.config/gps/config")
        let places = ArchivePlaces(environment: ["GPS_DATA_DIR": "/d", "HOME": "/h"])
        #expect(places.clone.path == "/d/archief" && places.idMap.path == "/d/archief-ids")
        #expect(!places.idMap.path.hasPrefix(places.clone.path + "/"))
    }
}
