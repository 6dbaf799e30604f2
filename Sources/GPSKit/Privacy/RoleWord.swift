/// Words in a relation ("oudste zoon", "school van Tom") that name a role and can stand in for
/// a name. Each maps to how it reads alone: services get their article ("de school",
/// "het OCMW"); numbered, the article goes ("school 2").
enum RoleWord {
    static func role(in text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        for word in words {
            if let form = forms[word] { return form }
            for ending in ["tje", "je", "ke"] where word.hasSuffix(ending) {
                if let form = forms[String(word.dropLast(ending.count))] { return form }
            }
        }
        return nil
    }

    static func isRole(_ word: String) -> Bool { forms[word.lowercased()] != nil }

    /// How one word reads alone when it is exactly a role: "huisarts" gives "de huisarts".
    static func form(of word: String) -> String? { forms[word.lowercased()] }

    /// The form used when several people share the role: the article dropped.
    static func bare(_ form: String) -> String {
        for article in ["de ", "het ", "the "] where form.hasPrefix(article) {
            return String(form.dropFirst(article.count))
        }
        return form
    }

    private static let people = """
        moeder mama mam moeke vader papa pap vake stiefmoeder stiefvader plusmama pluspapa partner vriend \
        vriendin echtgenoot echtgenote zoon dochter kind baby broer zus zuster oma opa grootmoeder \
        grootvader meme pepe bomma bompa tante nonkel oom neef nicht kleinzoon kleindochter kleinkind \
        schoonmoeder schoonvader schoonzoon schoondochter pleegmoeder pleegvader pleegkind pleegzoon \
        pleegdochter pleegouder buurman buurvrouw buurjongen buurmeisje kennis vrijwilliger cliënt client \
        zorgvrager mantelzorger collega mother mum mom father dad husband wife son daughter child brother \
        sister grandmother grandfather grandma grandpa aunt uncle cousin nephew niece neighbour neighbor \
        friend volunteer colleague
        """
    private static let withArticle = """
        de:huisarts de:dokter de:arts de:psychiater de:psycholoog de:therapeut de:kinesist \
        de:verpleegkundige de:thuisverpleging de:school de:juf de:meester de:leerkracht de:directeur \
        de:directie de:kinderopvang de:crèche de:onthaalouder de:mutualiteit de:consulent de:gezinszorg \
        de:thuiszorg de:verantwoordelijke de:teamleider de:coördinator de:politie de:wijkagent \
        de:jeugdrechter de:rechter de:advocaat de:bewindvoerder de:huisbaas de:verhuurder de:werkgever \
        de:apotheker de:pastoor de:imam de:begeleider de:vroedvrouw het:OCMW het:CLB het:CAW het:CGG \
        het:JAC het:ziekenhuis het:parket het:ziekenfonds het:vertrouwenscentrum het:rusthuis \
        het:woonzorgcentrum the:doctor the:GP the:nurse the:teacher the:police the:judge \
        the:lawyer the:landlord the:employer the:manager the:hospital the:therapist the:school
        """

    private static let forms: [String: String] = {
        var table: [String: String] = [:]
        for word in people.split(separator: " ") { table[String(word)] = String(word) }
        for entry in withArticle.split(separator: " ") {
            let parts = entry.split(separator: ":")
            // The Dutch entry comes first and wins for words both languages share ("school").
            table[parts[1].lowercased()] = table[parts[1].lowercased()] ?? "\(parts[0]) \(parts[1])"
        }
        return table
    }()
}
