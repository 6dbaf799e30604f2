/// First names that are also ordinary Dutch or English words. Such a name is only replaced
/// where it is written with a capital ("Hoop kwam langs", not "ik hoop dat"). A capital at the
/// start of a sentence still counts as the name: leaking a name is worse than an odd sentence.
enum CommonWordName {
    static func contains(_ name: String) -> Bool { words.contains(name.lowercased()) }

    private static let words: Set<String> = Set(
        """
        hoop zon roos wil mark ben an els lot toon staf rob leen lies pol fien koen kaat roel mees \
        vink valk wolf beer vos haas bloem lente zomer storm hemel vrede geluk maan ster liefde fleur \
        iris lelie linde margriet jade noor ward bas kim sam guy joy hope faith grace may rose will \
        bill pat sky summer dawn frank hazel olive ivy violet daisy holly jet mei juni april august \
        sterre dirk hein
        """.split { $0 == " " || $0 == "\n" }.map(String.init)
    )
}
