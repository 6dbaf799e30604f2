import Testing

@testable import GPSKit

/// POSIX order: `LC_ALL` overrides everything, then `LC_MESSAGES` (the category for messages),
/// then `LANG`; an empty variable counts as unset. `--taal` comes before all of them.
@Suite struct LanguageResolutionTests {
    @Test(arguments: [
        (["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "nl_BE.UTF-8", "LANG": "nl_BE.UTF-8"], Language.en),
        (["LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_BE.UTF-8"], .en),
        (["LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"], .nl),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_IE.UTF-8"], .en),
        (["LANG": "nl_NL"], .nl),
        (["LANG": "nl_BE@euro"], .nl),
        (["LANG": "en_US"], .en),
        // C and POSIX are locales too: set in LC_ALL they override LANG, and give the default.
        (["LC_ALL": "C", "LANG": "en_US.UTF-8"], .nl),
        (["LC_ALL": "POSIX"], .nl),
        (["LANG": "de_BE.UTF-8"], .nl),
        ([:], .nl),
    ])
    func theEnvironmentFollowsPOSIXPrecedence(environment: [String: String], expected: Language) {
        #expect(Language.resolve(option: nil, environment: environment) == expected)
    }

    @Test(arguments: [("nl", Language.nl), ("en", .en), ("EN", .en), ("nl_BE", .nl), ("english", .en), ("nederlands", .nl)])
    func theOptionWinsOverTheEnvironment(option: String, expected: Language) {
        #expect(Language.resolve(option: option, environment: ["LC_ALL": "fr_FR", "LANG": "en_US"]) == expected)
        #expect(Language.resolve(option: option, environment: ["LC_ALL": "nl_BE", "LANG": "nl_BE"]) == expected)
    }

    @Test(arguments: ["fr", "", "C", "de_DE"])
    func anOptionNamingNoLanguageOfGPSIsRefused(option: String) {
        #expect(Language.resolve(option: option, environment: [:]) == nil)
    }
}
