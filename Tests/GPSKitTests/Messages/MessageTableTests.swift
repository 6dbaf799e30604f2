import Foundation
import Testing

@testable import GPSKit

@Suite struct MessageTableTests {
    @Test func everyKeyInCodeHasDutchAndEnglishTextAndNoTextIsUnused() throws {
        let entries = try MessageTable.decode(try PackageRoot.text(MessageTable.embeddedPath))
        #expect(Set(entries.keys) == Set(MessageKey.allCases.map(\.rawValue)))
        for (key, text) in entries {
            #expect(!text.nl.isEmpty && !text.en.isEmpty, "\(key) lacks a language")
        }
    }

    @Test func theCompiledTableIsTheFileOnDisk() throws {
        #expect(MessageTable.embeddedEntries == (try MessageTable.decode(try PackageRoot.text(MessageTable.embeddedPath))))
    }

    @Test func placeholdersAreTheSameInBothLanguages() throws {
        let entries = try MessageTable.decode(try PackageRoot.text(MessageTable.embeddedPath))
        let regex = try NSRegularExpression(pattern: #"\{[a-z]+\}"#)
        func placeholders(_ text: String) -> Set<String> {
            Set(regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range) })
        }
        for (key, text) in entries {
            #expect(placeholders(text.nl) == placeholders(text.en), "\(key)")
        }
    }

    @Test func fillingIsOnePassSoTypedBracesStayAsTyped() {
        #expect(MessageTable.fill("a {x} b {y}", with: ["x": "{y}", "y": "2"]) == "a {y} b 2")
        #expect(MessageTable.fill("{open", with: [:]) == "{open")
    }

    @Test func theCaregiverIsAddressedAsJe() throws {
        let entries = try MessageTable.decode(try PackageRoot.text(MessageTable.embeddedPath))
        let formal = entries.filter { $0.value.nl.range(of: #"\b(u|uw)\b"#, options: [.regularExpression, .caseInsensitive]) != nil }
        #expect(formal.isEmpty, "formal address in \(formal.keys.sorted())")
    }
}

@Suite struct LanguageTests {
    @Test(arguments: [
        (nil, [String: String](), Language.nl), ("en", [:], .en), (nil, ["LANG": "en_GB.UTF-8"], .en),
        (nil, ["LANG": "nl_BE.UTF-8"], .nl), (nil, ["LC_ALL": "en_US", "LANG": "nl_BE"], .en), (nil, ["LANG": "C"], .nl),
        (nil, ["LANG": "fr_BE.UTF-8"], .nl), ("nl", ["LANG": "en_US"], .nl),
    ])
    func theLanguageComesFromTheOptionThenTheEnvironment(option: String?, environment: [String: String], expected: Language) {
        #expect(Language.resolve(option: option, environment: environment) == expected)
    }

    @Test func anUnknownLanguageOptionIsRefused() {
        #expect(Language.resolve(option: "fr", environment: [:]) == nil)
    }
}
