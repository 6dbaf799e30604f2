// Generated from the data files by EmbeddedValuesTests; do not edit. After changing a data
// file: GPS_UPDATE_GOLDEN=1 swift test --filter EmbeddedValuesTests

enum EmbeddedValues {
    static let rulebook: GPSKit.Rulebook = GPSKit.Rulebook(
        formatVersion: 1,
        statusDate: "2026-11-22",
        builtOn: "2026-11-23",
        disclaimer: GPSKit.LocalizedText(
            nl: "GPS geeft geen juridisch advies; twijfel je, vraag het je organisatie of een jurist.",
            en: "GPS gives no legal advice; when in doubt, ask your organisation or a lawyer."
        ),
        confidenceLabels: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
            ("CONFIRMED", GPSKit.LocalizedText(nl: "bevestigd", en: "confirmed")),
            ("LIKELY", GPSKit.LocalizedText(
                nl: "waarschijnlijk — niet in de officiële tekst nagekeken",
                en: "likely — not checked in the official text"
            )),
            ("UNVERIFIED", GPSKit.LocalizedText(nl: "niet geverifieerd", en: "unverified"))
        ),
        codes: Swift.Array<GPSKit.CriminalCode>([
            GPSKit.CriminalCode(
                id: GPSKit.CodeVersion.sw1867,
                name: GPSKit.LocalizedText(
                    nl: "Strafwetboek van 8 juni 1867 (Sw. 1867)",
                    en: "Criminal Code of 8 June 1867 (Sw. 1867)"
                ),
                identifier: GPSKit.Sourced<Swift.String>(
                    value: "1867060850",
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["justel-sw1867"]),
                    note: GPSKit.LocalizedText(
                        nl: "Numac uit het Justel-adres; niet zelf op Justel geopend.",
                        en: "Numac from the Justel address; not opened on Justel itself."
                    )
                ),
                validity: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                    value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839"]),
                    note: GPSKit.LocalizedText(
                        nl: "Geldt nog voor feiten tot en met 7 april 2026; is de nieuwe wet milder, dan geldt die.",
                        en: "Still governs facts up to 7 April 2026; if the new law is milder, that applies."
                    )
                )
            ),
            GPSKit.CriminalCode(
                id: GPSKit.CodeVersion.sw2024,
                name: GPSKit.LocalizedText(
                    nl: "Nieuw Strafwetboek (wetten van 29 februari 2024, Sw. 2024)",
                    en: "New Criminal Code (laws of 29 February 2024, Sw. 2024)"
                ),
                identifier: GPSKit.Sourced<Swift.String>(
                    value: "2024002088",
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["etaamb-book2"]),
                    note: GPSKit.LocalizedText(
                        nl: "Numac van boek II; boek I (2024002052) waarschijnlijk.",
                        en: "Numac of Book II; Book I (2024002052) likely."
                    )
                ),
                validity: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                    value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839", "refli-book2", "prebes", "tvl-postponement"]),
                    note: GPSKit.LocalizedText(
                        nl: "Sommige bronnen noemen 9 april 2026; geen aangenomen uitstel gevonden.",
                        en: "Some sources give 9 April 2026; no adopted postponement found."
                    )
                )
            )
        ]),
        provisions: Swift.Array<GPSKit.Provision>([
            GPSKit.Provision(
                id: "art-458",
                kind: GPSKit.Provision.Kind.article,
                role: GPSKit.Provision.Role.offence,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(nl: "Schending van het beroepsgeheim", en: "Breach of professional secrecy"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["rechtenkrant", "weliswaar"]),
                    note: GPSKit.LocalizedText(
                        nl: "Naam uit de rechtsleer; geen opschrift gezien in de officiële tekst.",
                        en: "Name used in commentary; no heading seen in the official text."
                    )
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: "458",
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["emis-85303", "e2law-458"]),
                    note: nil
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839"]),
                        note: GPSKit.LocalizedText(
                            nl: "Geldt nog voor feiten van vóór 8 april 2026.",
                            en: "Still applies to facts from before 8 April 2026."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839", "refli-book2", "prebes"]),
                        note: GPSKit.LocalizedText(
                            nl: "Sommige bronnen noemen 9 april 2026.",
                            en: "Some sources give 9 April 2026."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: wie geheimen kent omdat hij ze door zijn staat of beroep toevertrouwd kreeg en ze bekendmaakt, is strafbaar. Het artikel noemt artsen, heelkundigen, officieren van gezondheid, apothekers en vroedvrouwen, en daarnaast iedereen die zo geheimen bewaart. Uitgezonderd: getuigen in rechte of voor een parlementaire onderzoekscommissie, en gevallen waarin een wet, decreet of ordonnantie de bekendmaking verplicht (en volgens de versie die vermoedelijk geldt ook toelaat).",
                            en: "Paraphrase in our own words: whoever holds secrets entrusted to them through their status or profession and reveals them is punishable. The article names physicians, surgeons, health officers, pharmacists and midwives, and then everyone else who holds secrets in that way. Excepted: giving evidence in court or before a parliamentary inquiry committee, and cases where a law, decree or ordinance requires (and, in the wording that appears current, allows) disclosure."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["e2law-458", "lleqa-458", "rechtenkrant"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "De officiële Nederlandse tekst is niet opgehaald; er circuleren twee Franse versies (verplicht / verplicht of toelaat).",
                    en: "The official Dutch wording was not retrieved; two French versions circulate (requires / requires or allows)."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Het misdrijf bestaat alleen als elk punt klopt en geen uitzondering geldt.",
                        en: "The offence exists only if every point holds and no exception applies."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "bound",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je bent door je staat of beroep een noodzakelijke vertrouwenspersoon (gebonden aan het beroepsgeheim).",
                                en: "Through your status or profession you are a necessary confidant (bound by secrecy)."
                            ),
                            short: GPSKit.LocalizedText(nl: "gebonden aan het beroepsgeheim", en: "bound by secrecy"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "secret",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het gaat om een geheim: wat je werd toevertrouwd of wat je door je werk te weten kwam, ook wat je zag of hoorde in het gezin.",
                                en: "It is a secret: what was confided to you or what you learned through your work, including what you saw or heard in the home."
                            ),
                            short: GPSKit.LocalizedText(nl: "een geheim", en: "a secret"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "disclosure",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je gaf het door aan iemand anders, op welke manier ook; ook aan een andere hulpverlener als geen uitzondering of kader het dekt.",
                                en: "You passed it on to someone else, by any means; also to another professional unless an exception or sharing framework covers it."
                            ),
                            short: GPSKit.LocalizedText(nl: "doorgegeven aan een ander", en: "passed on to someone"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "knowingly",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je deed het bewust; de bedoeling om te schaden is niet nodig.",
                                en: "You did it knowingly; no intention to harm is needed."
                            ),
                            short: GPSKit.LocalizedText(nl: "bewust", en: "knowingly"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["droitsquotidiens"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "exception-testimony",
                            kind: GPSKit.Condition.Kind.exception,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Uitzondering: getuigen in rechte of voor een parlementaire onderzoekscommissie.",
                                en: "Exception: giving evidence in court or before a parliamentary inquiry committee."
                            ),
                            short: GPSKit.LocalizedText(nl: "getuigen in rechte", en: "giving evidence in court"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["e2law-458"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "exception-statute",
                            kind: GPSKit.Condition.Kind.exception,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Uitzondering: een wettelijke regel verplicht of laat de bekendmaking toe (voor thuiszorg vooral art. 458bis en 458ter).",
                                en: "Exception: a statutory rule requires or allows disclosure (for home care mainly art. 458bis and 458ter)."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "een wet laat het toe (458bis, 458ter)",
                                en: "a statute allows it (458bis, 458ter)"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["rechtenkrant"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>(["art-458bis", "art-458ter"])
                        ),
                        GPSKit.Condition(
                            id: "exception-necessity",
                            kind: GPSKit.Condition.Kind.exception,
                            group: nil,
                            text: GPSKit.LocalizedText(nl: "Uitzondering: noodtoestand.", en: "Exception: state of necessity."),
                            short: GPSKit.LocalizedText(nl: "noodtoestand", en: "state of necessity"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>(["noodtoestand"])
                        ),
                        GPSKit.Condition(
                            id: "exception-duty-to-help",
                            kind: GPSKit.Condition.Kind.exception,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Uitzondering: je handelt om je plicht tot hulp aan iemand in groot gevaar na te komen (art. 422bis).",
                                en: "Exception: you act to fulfil the duty to help a person in great danger (art. 422bis)."
                            ),
                            short: GPSKit.LocalizedText(nl: "hulpplicht (422bis)", en: "duty to help (422bis)"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-422bis"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>(["art-422bis"])
                        ),
                        GPSKit.Condition(
                            id: "exception-shared",
                            kind: GPSKit.Condition.Kind.exception,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Uitzondering: delen binnen gedeeld of gezamenlijk beroepsgeheim (een praktijkkader, geen wetsartikel).",
                                en: "Exception: sharing within shared or joint professional secrecy (a practice framework, not a statute)."
                            ),
                            short: GPSKit.LocalizedText(nl: "gedeeld of gezamenlijk beroepsgeheim", en: "shared or joint secrecy"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>(["gedeeld-beroepsgeheim", "gezamenlijk-beroepsgeheim"])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "1 tot 3 jaar cel en een geldboete van 100 tot 1.000 euro, of één van beide (vermenigvuldigd met de opdeciemen)",
                                en: "1 to 3 years' imprisonment and a fine of €100 to €1,000, or one of the two (multiplied by the legal surcharge)"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["legalworld-potpourri5", "rechtenkrant"]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "vóór 2017: 8 dagen tot 6 maanden en 100 tot 500 euro (verouderd)",
                                en: "before 2017: 8 days to 6 months and €100 to €500 (outdated)"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["legalworld-potpourri5"]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw2024,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "strafniveau van het opvolgende artikel: onbekend",
                                en: "penalty level of the successor article: unknown"
                            ),
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "beroepsgeheim",
                    "schending van het beroepsgeheim",
                    "secret professionnel",
                    "violation du secret professionnel",
                    "art. 458",
                    "artikel 458",
                    "458 Sw",
                    "458 SW",
                    "art. 458 Sw.",
                    "art. 458 Sw. 1867",
                    "art. 458 Strafwetboek",
                    "artikel 458 van het Strafwetboek",
                    "secret professionnel (art. 458 C.p.)"
                ])
            ),
            GPSKit.Provision(
                id: "art-458bis",
                kind: GPSKit.Provision.Kind.article,
                role: GPSKit.Provision.Role.permission,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(
                        nl: "Spreekrecht bij misdrijven tegen minderjarigen of kwetsbare personen",
                        en: "Right to inform the public prosecutor of offences against minors or vulnerable persons"
                    ),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["compsy-458bis"]),
                    note: GPSKit.LocalizedText(nl: "Naam uit de rechtsleer.", en: "Name used in commentary.")
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: "458bis",
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                    note: nil
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839"]),
                        note: GPSKit.LocalizedText(
                            nl: "Geldt nog voor feiten van vóór 8 april 2026.",
                            en: "Still applies to facts from before 8 April 2026."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839", "refli-book2", "prebes"]),
                        note: GPSKit.LocalizedText(
                            nl: "Sommige bronnen noemen 9 april 2026.",
                            en: "Some sources give 9 April 2026."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 458bis Sw. 1867",
                        language: "nl",
                        body: "Art. 458bis.[1 Eenieder, die uit hoofde van zijn staat of beroep houder is van geheimen en hierdoor kennis heeft van een misdrijf zoals omschreven [4 in de artikelen 371/1 tot]4 [5 377, 377quater, 379, 380, 383bis, §§ 1 en 2, 392 tot 394, 396 tot 405ter, 409, 423, 425, 426 en 433quinquies]5, gepleegd op een minderjarige of op een persoon die kwetsbaar is ten gevolge van zijn leeftijd, zwangerschap, [2 partnergeweld,]2 een ziekte dan wel een lichamelijk of geestelijk gebrek of onvolwaardigheid kan, onverminderd de verplichtingen hem opgelegd door artikel 422bis, het misdrijf ter kennis brengen van de procureur des Konings, hetzij wanneer er een ernstig en dreigend gevaar bestaat voor de fysieke of psychische integriteit van de minderjarige of de bedoelde kwetsbare persoon en hij deze integriteit niet zelf of met hulp van anderen kan beschermen, hetzij wanneer er aanwijzingen zijn van een gewichtig en reëel gevaar dat andere minderjarigen of bedoelde kwetsbare personen het slachtoffer worden van de in voormelde artikelen bedoelde misdrijven en hij deze integriteit niet zelf of met hulp van anderen kan beschermen.]1",
                        source: "elfri-omzendbrief",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(
                            nl: "Woorden bevestigd, versiedatum niet geverifieerd: een versie van vóór 8 april 2026, niet noodzakelijk de laatste. De lijst van misdrijven kan door de wet van 21 maart 2022 gewijzigd zijn (nog te verifiëren).",
                            en: "Wording confirmed, version date unverified: a version from before 8 April 2026, not necessarily the last. The list of offences may have been changed by the law of 21 March 2022 (still to be verified)."
                        )
                    )),
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 79 Sw. 2024 (definities)",
                        language: "nl",
                        body: "Art. 79.Algemene definities Voor de toepassing van dit Wetboek wordt verstaan onder: 1° minderjarige: elke persoon die de leeftijd van achttien jaar nog niet heeft bereikt;2° persoon in een kwetsbare toestand: elke persoon van wie de kwetsbare toestand ten gevolge van zijn leeftijd, een zwangerschap, een ziekte dan wel een lichamelijk of geestelijk gebrek duidelijk was of de dader bekend was;3° partner: de persoon waarmee de dader of het slachtoffer is gehuwd of een duurzame affectieve en intieme lichamelijke relatie heeft, alsook de persoon waarmee de dader of het slachtoffer gehuwd is geweest of een duurzame affectieve en intieme lichamelijke relatie heeft gehad indien de strafbare feiten enigszins verband houden met dit ontbonden huwelijk of de beëindigde relatie;",
                        source: "etaamb-book2",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(
                            nl: "Tekst zoals gepubliceerd op 8 april 2024; van kracht vanaf 8 april 2026. Partnergeweld staat niet in de definitie van een kwetsbare persoon.",
                            en: "Text as published on 8 April 2024; in force from 8 April 2026. Partner violence is not in the definition of a vulnerable person."
                        )
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "Geldt dit onder het nieuwe Strafwetboek ook bij partnergeweld? Nog te verifiëren.",
                    en: "Does this also cover partner violence under the new Criminal Code? Still to be verified."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Bekendmaken is alleen gedekt als gevaar A of gevaar B er is en elk ander punt klopt.",
                        en: "Disclosure is covered only if danger A or danger B is there and every other point holds."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "bound",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je bent door je staat of beroep houder van geheimen.",
                                en: "You hold secrets through your status or profession."
                            ),
                            short: GPSKit.LocalizedText(nl: "gebonden aan het beroepsgeheim", en: "bound by secrecy"),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "through-work",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je kent het misdrijf door je werk; het mag ook van een derde of van de dader komen.",
                                en: "You know of the offence through your work; it may also come from a third person or from the perpetrator."
                            ),
                            short: GPSKit.LocalizedText(nl: "je weet het door je werk", en: "known through your work"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["apothekers"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "listed-offence",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het gaat om een misdrijf uit de lijst: seksuele misdrijven, beelden van seksueel misbruik van kinderen, doden en opzettelijk geweld, genitale verminking, verlating, onthouden van voedsel of zorg, verwaarlozing, mensenhandel.",
                                en: "The facts are an offence on the list: sexual offences, child sexual abuse material, killing and intentional violence, genital mutilation, abandonment, withholding food or care, neglect, human trafficking."
                            ),
                            short: GPSKit.LocalizedText(nl: "een misdrijf uit de lijst", en: "an offence from the list"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([
                                GPSKit.ConditionOption(
                                    id: "sexual",
                                    text: GPSKit.LocalizedText(
                                        nl: "een seksueel misdrijf (verkrachting, aanranding, misbruik)",
                                        en: "a sexual offence (rape, indecent assault, abuse)"
                                    ),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "abuse-images",
                                    text: GPSKit.LocalizedText(
                                        nl: "beelden van seksueel misbruik van kinderen",
                                        en: "images of child sexual abuse"
                                    ),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "violence",
                                    text: GPSKit.LocalizedText(
                                        nl: "doden, of opzettelijk slaan en verwonden",
                                        en: "killing, or hitting and injuring on purpose"
                                    ),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "mutilation",
                                    text: GPSKit.LocalizedText(nl: "genitale verminking", en: "genital mutilation"),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "abandonment",
                                    text: GPSKit.LocalizedText(
                                        nl: "verlaten van een kind of van iemand die niet voor zichzelf kan zorgen",
                                        en: "abandoning a child or someone who cannot look after themselves"
                                    ),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "deprivation",
                                    text: GPSKit.LocalizedText(nl: "voedsel of verzorging onthouden", en: "withholding food or care"),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "neglect",
                                    text: GPSKit.LocalizedText(
                                        nl: "verwaarlozing door wie moet onderhouden",
                                        en: "neglect by someone who must provide"
                                    ),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "trafficking",
                                    text: GPSKit.LocalizedText(nl: "mensenhandel", en: "human trafficking"),
                                    confidence: GPSKit.Confidence.likely,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                )
                            ]),
                            requiresChoice: true,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "protected-victim",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het slachtoffer is minderjarig of kwetsbaar door leeftijd, zwangerschap, partnergeweld, ziekte of een lichamelijk of geestelijk gebrek.",
                                en: "The victim is a minor or vulnerable through age, pregnancy, partner violence, illness or a physical or mental impairment."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "een minderjarig of kwetsbaar slachtoffer",
                                en: "a minor or vulnerable victim"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([
                                GPSKit.ConditionOption(
                                    id: "minor",
                                    text: GPSKit.LocalizedText(nl: "minderjarig (jonger dan 18)", en: "a minor (under 18)"),
                                    confidence: GPSKit.Confidence.confirmed,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "age",
                                    text: GPSKit.LocalizedText(nl: "kwetsbaar door leeftijd", en: "vulnerable through age"),
                                    confidence: GPSKit.Confidence.confirmed,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "pregnancy",
                                    text: GPSKit.LocalizedText(nl: "kwetsbaar door zwangerschap", en: "vulnerable through pregnancy"),
                                    confidence: GPSKit.Confidence.confirmed,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "illness",
                                    text: GPSKit.LocalizedText(
                                        nl: "kwetsbaar door ziekte of een lichamelijk of geestelijk gebrek",
                                        en: "vulnerable through illness or a physical or mental impairment"
                                    ),
                                    confidence: GPSKit.Confidence.confirmed,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: nil
                                ),
                                GPSKit.ConditionOption(
                                    id: "partner-violence",
                                    text: GPSKit.LocalizedText(nl: "kwetsbaar door partnergeweld", en: "vulnerable through partner violence"),
                                    confidence: GPSKit.Confidence.confirmed,
                                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                                    underNewCode: GPSKit.CodeCaveat(
                                        confidence: GPSKit.Confidence.unverified,
                                        sources: Swift.Array<Swift.String>(["etaamb-book2"]),
                                        note: GPSKit.LocalizedText(
                                            nl: "Geldt dit onder het nieuwe Strafwetboek ook bij partnergeweld? Nog te verifiëren: de definitie van een kwetsbare persoon in art. 79 Sw. 2024 noemt partnergeweld niet.",
                                            en: "Does this also hold for partner violence under the new Criminal Code? Still to verify: the definition of a vulnerable person in art. 79 Sw. 2024 does not mention partner violence."
                                        )
                                    )
                                )
                            ]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "cannot-protect",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je kunt de persoon niet zelf en niet met hulp van anderen beschermen (team, huisarts, familie, Vertrouwenscentrum Kindermishandeling).",
                                en: "You cannot protect the person yourself or with the help of others (team, GP, family, child-abuse confidential centre)."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "niet zelf of met anderen kunnen beschermen",
                                en: "cannot protect alone or with others"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "danger-imminent",
                            kind: GPSKit.Condition.Kind.oneOf,
                            group: "danger",
                            text: GPSKit.LocalizedText(
                                nl: "Gevaar A: een ernstig en dreigend gevaar voor de fysieke of psychische integriteit van deze persoon.",
                                en: "Danger A: a serious and imminent danger to this person's physical or mental integrity."
                            ),
                            short: GPSKit.LocalizedText(nl: "gevaar A: ernstig en dreigend", en: "danger A: serious and imminent"),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "danger-others",
                            kind: GPSKit.Condition.Kind.oneOf,
                            group: "danger",
                            text: GPSKit.LocalizedText(
                                nl: "Gevaar B: aanwijzingen van een gewichtig en reëel gevaar dat andere minderjarigen of kwetsbare personen slachtoffer worden.",
                                en: "Danger B: indications of a serious and real danger that other minors or vulnerable persons will become victims."
                            ),
                            short: GPSKit.LocalizedText(nl: "gevaar B: andere slachtoffers", en: "danger B: other victims"),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "only-prosecutor",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je meldt alleen aan de procureur des Konings, niet aan politie, werkgever, familie of pers.",
                                en: "You report only to the public prosecutor, not to the police, the employer, relatives or the press."
                            ),
                            short: GPSKit.LocalizedText(nl: "alleen aan de procureur", en: "only to the prosecutor"),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief", "compsy-458bis"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "right-not-duty",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Dit is een recht, geen plicht; de hulpplicht van art. 422bis blijft gelden.",
                                en: "This is a right, not a duty; the duty to help of art. 422bis still applies."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "only-what-is-needed",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Praktijk: geef niet meer door dan de procureur nodig heeft en schrijf op waarom je zo besliste.",
                                en: "Practice: pass on no more than the prosecutor needs, and write down why you decided as you did."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-458bis"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "geen: het artikel neemt het misdrijf van art. 458 weg als de voorwaarden vervuld zijn",
                                en: "none: the article takes away the offence of art. 458 when its conditions are met"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "spreekrecht",
                    "meldrecht",
                    "meldingsrecht",
                    "art. 458bis",
                    "458 bis",
                    "458-bis",
                    "artikel 458bis Sw.",
                    "article 458bis du Code pénal"
                ])
            ),
            GPSKit.Provision(
                id: "art-458ter",
                kind: GPSKit.Provision.Kind.article,
                role: GPSKit.Provision.Role.permission,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(
                        nl: "Casusoverleg tussen dragers van een beroepsgeheim",
                        en: "Organised case consultation between holders of professional secrets"
                    ),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["om-col4-2018"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: "458ter",
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["om-col4-2018"]),
                    note: nil
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren; mogelijk verhuisd naar een andere wet",
                        en: "new number in Sw. 2024 still to be verified; possibly moved to another law"
                    )
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform"]),
                        note: GPSKit.LocalizedText(
                            nl: "Ingevoegd door de wet van 6 juli 2017 (Potpourri V); exacte datum van inwerkingtreding niet gezien.",
                            en: "Inserted by the law of 6 July 2017 (Potpourri V); exact in-force date not seen."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839", "refli-book2", "prebes"]),
                        note: GPSKit.LocalizedText(
                            nl: "Sommige bronnen noemen 9 april 2026.",
                            en: "Some sources give 9 April 2026."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: wie door zijn staat of beroep geheimen kent, pleegt geen misdrijf door ze te delen in een overleg dat georganiseerd is bij of krachtens een wet, decreet of ordonnantie, of met een gemotiveerde toestemming van de procureur des Konings. Zo'n overleg mag alleen dienen om de fysieke en psychische integriteit van iemand te beschermen, of om terroristische misdrijven of misdrijven van een criminele organisatie te voorkomen. Wie deelneemt, moet het gedeelde geheim houden.",
                            en: "Paraphrase in our own words: someone who holds secrets through status or profession commits no offence by sharing them in a consultation organised by or under a law, decree or ordinance, or with a reasoned authorisation of the public prosecutor. Such a consultation may only serve to protect someone's physical and mental integrity, or to prevent terrorist offences or offences of a criminal organisation. Participants must keep what was shared secret."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["vvsg-2017", "legalworld-potpourri5", "om-col4-2018"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "De volledige tekst is niet opgehaald.",
                    en: "The full text was not retrieved."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Delen is alleen gedekt als elk punt klopt.",
                        en: "Sharing is covered only if every point holds."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "organised",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het is een formeel georganiseerd overleg: bij of krachtens een wet, decreet of ordonnantie, of met gemotiveerde toestemming van de procureur. Een gewone teamvergadering telt niet.",
                                en: "It is a formally organised consultation: by or under a law, decree or ordinance, or with a reasoned authorisation of the prosecutor. An ordinary team meeting does not count."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "een formeel georganiseerd overleg",
                                en: "a formally organised consultation"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["vvsg-2017"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "purpose",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het doel is de fysieke en psychische integriteit van iemand beschermen, of terroristische of georganiseerde misdrijven voorkomen.",
                                en: "Its purpose is protecting someone's physical and mental integrity, or preventing terrorist or organised-crime offences."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "doel: iemands integriteit beschermen",
                                en: "aim: protecting someone's integrity"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["vvsg-2017"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "framework",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Vooraf ligt vast wie deelneemt, waarom en volgens welke regels.",
                                en: "Who takes part, why and by which rules is fixed in advance."
                            ),
                            short: GPSKit.LocalizedText(nl: "vooraf vastgelegde regels", en: "rules fixed beforehand"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["vvsg-2017"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "participant",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je neemt zelf deel, bent aan het beroepsgeheim gebonden en deelt alleen binnen dat overleg.",
                                en: "You take part yourself, are bound by secrecy and share only within that consultation."
                            ),
                            short: GPSKit.LocalizedText(nl: "je neemt zelf deel", en: "you take part yourself"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["vvsg-2017"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "secret-afterwards",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Wat gedeeld werd, blijft daarna geheim buiten het overleg.",
                                en: "What was shared stays secret outside the consultation."
                            ),
                            short: GPSKit.LocalizedText(nl: "geheim na het overleg", en: "secret after the consultation"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["legalworld-potpourri5"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "limited-use",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Wat in het overleg gedeeld werd, kan alleen tot vervolging leiden voor de misdrijven waarvoor het overleg bestaat.",
                                en: "What was shared can lead to prosecution only for the offences the consultation was organised for."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["legalworld-potpourri5"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "right-not-duty",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het artikel laat delen toe; het verplicht niemand.",
                                en: "The article allows sharing; it obliges no one."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["vvsg-2017"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "delen binnen een geldig overleg: geen misdrijf; wie daarbuiten doorvertelt wat er gedeeld werd: de straffen van art. 458",
                                en: "sharing within a qualifying consultation: no offence; a participant who reveals outside it what was shared: the penalties of art. 458"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["legalworld-potpourri5"]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw2024,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(nl: "strafniveau: onbekend", en: "penalty level: unknown"),
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "casusoverleg",
                    "concertation de cas",
                    "art. 458ter",
                    "458 ter",
                    "458-ter"
                ])
            ),
            GPSKit.Provision(
                id: "art-422bis",
                kind: GPSKit.Provision.Kind.article,
                role: GPSKit.Provision.Role.duty,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(nl: "Schuldig hulpverzuim", en: "Failure to help a person in great danger"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["rechtswijzer", "elfri-verzuim", "compsy-422bis"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: "422bis",
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                    note: GPSKit.LocalizedText(nl: "Niet 'art. 422'.", en: "Not 'art. 422'.")
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839"]),
                        note: GPSKit.LocalizedText(
                            nl: "Geldt nog voor feiten van vóór 8 april 2026.",
                            en: "Still applies to facts from before 8 April 2026."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839", "refli-book2", "prebes"]),
                        note: GPSKit.LocalizedText(
                            nl: "Sommige bronnen noemen 9 april 2026.",
                            en: "Some sources give 9 April 2026."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 422bis Sw. 1867",
                        language: "fr",
                        body: "Art. 422bis. Sera puni d'un emprisonnement de huit jours à (un an) et\nd'une amende de cinquante à cinq cents [euros] ou d'une de ces peines\nseulement, celui qui s'abstient de venir en aide ou de procurer une aide à une\npersonne exposée à un péril grave, soit qu'il ait constaté par lui-même la\nsituation de cette personne, soit que cette situation lui soit décrite par ceux\nqui sollicitent son intervention.\n\nLe délit requiert que l'abstenant pouvait intervenir sans danger\nsérieux pour lui-même ou pour autrui. Lorsqu'il n'a pas constaté\npersonnellement le péril auquel se trouvait exposée la personne à assister,\nl'abstenant ne pourra être puni lorsque les circonstances dans lesquelles il a\nété invité à intervenir pouvaient lui faire croire au manque de sérieux de\nl'appel ou à l'existence de risques.\n\n(La peine prévue à l'alinéa 1er est portée à deux ans lorsque la\npersonne exposée à un péril grave est mineure d'âge ou est une personne dont la situation de vulnérabilité en raison de\nl'âge, d'un état de grossesse, d'une maladie, d'une infirmité ou d'une\ndéficience physique ou mentale était apparente ou connue de l'auteur des faits.)",
                        source: "klinpsy-cp422",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(
                            nl: "Woorden bevestigd, versiedatum niet geverifieerd: de huidige tekst kan afwijken.",
                            en: "Wording confirmed, version date unverified: the current text may differ."
                        )
                    )),
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: wie geen hulp biedt of geen hulp haalt voor iemand in groot gevaar, is strafbaar als hij die toestand zelf zag of hem beschreven kreeg door wie om hulp vroeg. Alleen strafbaar als helpen kon zonder ernstig gevaar voor zichzelf of anderen. Wie het gevaar niet zelf zag, is niet strafbaar als de omstandigheden van de oproep deden geloven dat die niet ernstig was of dat helpen riskant was. De straf is hoger als de persoon in gevaar minderjarig is of zichtbaar of gekend kwetsbaar.",
                            en: "Paraphrase in our own words: whoever fails to help, or to get help for, someone in great danger is punishable when they saw that person's situation themselves or it was described to them by people asking for help. Only punishable if helping was possible without serious danger to themselves or others. Someone who did not see the danger is not punishable when the circumstances of the call could make them believe it was not serious or that helping was risky. The penalty is higher when the person in danger is a minor or visibly or knowingly vulnerable."
                        ),
                        confidence: GPSKit.Confidence.confirmed,
                        sources: Swift.Array<Swift.String>(["klinpsy-cp422"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "De officiële Nederlandse tekst is niet opgehaald; de Franse tekst is een authentieke taal van het Strafwetboek.",
                    en: "The official Dutch wording was not retrieved; French is an authentic language of the Criminal Code."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "De hulpplicht geldt als elk punt klopt: dan moet je helpen of hulp halen, en mag je daarvoor vertellen wat nodig is. Wie dan bewust niets doet, is strafbaar.",
                        en: "The duty to help holds if every point holds: then you must help or get help, and may tell what that needs. Whoever then knowingly does nothing commits an offence."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "great-danger",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Een levend persoon is in groot gevaar: ernstig, werkelijk en nu; een bedreiging van de lichamelijke integriteit volstaat, de oorzaak doet er niet toe.",
                                en: "A living person is in great danger: serious, real and present; a threat to physical integrity is enough, whatever the cause."
                            ),
                            short: GPSKit.LocalizedText(nl: "groot gevaar, nu", en: "great danger, now"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["rechtswijzer", "servilex", "strafrechtspecialist"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "knew",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je wist het: je zag het zelf, of wie om hulp vroeg beschreef het je.",
                                en: "You knew: you saw it yourself, or those asking for help described it to you."
                            ),
                            short: GPSKit.LocalizedText(nl: "je wist het", en: "you knew of it"),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "no-help",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je hielp niet en haalde geen hulp (112, huisarts, verpleging van wacht of je teamverantwoordelijke bellen telt als hulp halen).",
                                en: "You neither helped nor got help (calling 112, the GP, a nurse on call or your team leader counts as getting help)."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422", "elfri-verzuim"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "no-serious-danger",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je kon helpen zonder ernstig gevaar voor jezelf of anderen; heldendom is niet nodig.",
                                en: "You could have helped without serious danger to yourself or others; no heroism is required."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "helpen kan zonder ernstig gevaar",
                                en: "helping is possible without serious danger"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "on-purpose",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Bewust: je weigerde terwijl je het gevaar kende.",
                                en: "On purpose: a conscious refusal, knowing the danger."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["elfri-verzuim"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "second-hand-excuse",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Hoorde je het alleen van anderen, dan ben je niet strafbaar als de omstandigheden je deden geloven dat de oproep niet ernstig was of dat ingrijpen riskant was.",
                                en: "If you only heard of it from others, you are not punishable when the circumstances could make you believe the call was not serious or that intervening was risky."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "aggravation",
                            kind: GPSKit.Condition.Kind.aggravating,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Hogere straf als de persoon in gevaar minderjarig is of zichtbaar of gekend kwetsbaar.",
                                en: "Higher penalty if the person in danger is a minor or visibly or knowingly vulnerable."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "8 dagen tot 1 jaar cel en een geldboete van 50 tot 500 euro, of één van beide",
                                en: "8 days to 1 year's imprisonment and a fine of €50 to €500, or one of the two"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422", "elfri-verzuim", "strafrechtspecialist"]),
                            note: GPSKit.LocalizedText(
                                nl: "Woorden bevestigd, versiedatum niet geverifieerd: de huidige tekst kan afwijken.",
                                en: "Wording confirmed, version date unverified: the current text may differ."
                            )
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "tot 2 jaar cel als de persoon in gevaar minderjarig of kwetsbaar is",
                                en: "up to 2 years' imprisonment if the person in danger is a minor or vulnerable"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "de geldboete wordt vermenigvuldigd met de opdeciemen",
                                en: "the fine is multiplied by the legal surcharge"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["strafrechtspecialist"]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw2024,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "strafniveau van het opvolgende artikel: onbekend",
                                en: "penalty level of the successor article: unknown"
                            ),
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "schuldig verzuim",
                    "schuldig hulpverzuim",
                    "hulpverzuim",
                    "hulpverleningsplicht",
                    "niet-verlenen van hulp",
                    "non-assistance à personne en danger",
                    "art. 422bis",
                    "422 bis",
                    "422-bis"
                ])
            ),
            GPSKit.Provision(
                id: "art-422ter",
                kind: GPSKit.Provision.Kind.article,
                role: GPSKit.Provision.Role.duty,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(
                        nl: "Weigeren of nalaten gevorderde hulp te verlenen",
                        en: "Refusing or neglecting help one has been lawfully required to give"
                    ),
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "Eigen omschrijving; geen officieel opschrift gezien.",
                        en: "Our own description; no official heading seen."
                    )
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: "422ter",
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                    note: nil
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839"]),
                        note: GPSKit.LocalizedText(
                            nl: "Geldt nog voor feiten van vóór 8 april 2026.",
                            en: "Still applies to facts from before 8 April 2026."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["fod-reform", "rw-13839", "refli-book2", "prebes"]),
                        note: GPSKit.LocalizedText(
                            nl: "Sommige bronnen noemen 9 april 2026.",
                            en: "Some sources give 9 April 2026."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 422ter Sw. 1867",
                        language: "fr",
                        body: "Art. 422ter.\nSera puni des peines prévues à l'article précédent celui qui, le pouvant sans\ndanger sérieux pour lui-même ou pour autrui, refuse ou néglige de porter à une\npersonne en péril le secours dont il est légalement requis; celui qui le\npouvant, refuse ou néglige de faire les travaux, le service, ou de prêter le\nsecours dont il aura été requis dans les circonstances d'accidents, tumultes,\nnaufrage, inondation, incendie ou autres calamités, ainsi que dans les cas de\nbrigandages, pillages, flagrant délit, clameur publique ou d'exécution\njudiciaire.",
                        source: "klinpsy-cp422",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(
                            nl: "Woorden bevestigd, versiedatum niet geverifieerd: de huidige tekst kan afwijken.",
                            en: "Wording confirmed, version date unverified: the current text may differ."
                        )
                    )),
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: met de straffen van art. 422bis wordt gestraft wie, terwijl het zonder ernstig gevaar kon, weigert of nalaat een persoon in gevaar te helpen wanneer hij daartoe wettig gevorderd werd; en wie weigert of nalaat het werk, de dienst of de hulp te leveren waartoe hij gevorderd werd bij ongevallen, rampen of bij plundering, betrapping op heterdaad, openbaar geroep of gerechtelijke tenuitvoerlegging.",
                            en: "Paraphrase in our own words: punished with the penalties of art. 422bis is whoever, when able to do so without serious danger, refuses or neglects to help a person in danger after being lawfully required to; and whoever refuses or neglects the work, service or help required of them in accidents, disasters, or cases such as looting, offences caught in the act, public hue and cry or enforcement of a court decision."
                        ),
                        confidence: GPSKit.Confidence.confirmed,
                        sources: Swift.Array<Swift.String>(["klinpsy-cp422"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "Weinig van belang voor thuiszorg: het gaat om gevorderde hulp, niet om de algemene hulpplicht (dat is art. 422bis).",
                    en: "Of little relevance to home care: it concerns requisitioned help, not the general duty to help (that is art. 422bis)."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "De plicht geldt als elk punt klopt; wie dan weigert of nalaat, is strafbaar.",
                        en: "The duty holds if every point holds; whoever then refuses or fails to act commits an offence."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "requisition",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Een bevoegde overheid heeft je wettig gevorderd om te helpen of een taak te doen.",
                                en: "An authority entitled to do so lawfully required you to help or to do a task."
                            ),
                            short: GPSKit.LocalizedText(nl: "wettig gevorderd", en: "lawfully required"),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "situation",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het gaat om een persoon in gevaar of een van de genoemde noodsituaties.",
                                en: "There is a person in danger or one of the listed emergencies."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "iemand in gevaar of een noodsituatie",
                                en: "someone in danger or an emergency"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "could-comply",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je kon gehoor geven zonder ernstig gevaar voor jezelf of anderen.",
                                en: "You could have complied without serious danger to yourself or others."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "gehoor geven kan zonder ernstig gevaar",
                                en: "complying is possible without serious danger"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "refused",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(nl: "Je weigerde of liet na.", en: "You refused or neglected to comply."),
                            short: nil,
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "de straffen van art. 422bis: 8 dagen tot 1 jaar en/of 50 tot 500 euro",
                                en: "the penalties of art. 422bis: 8 days to 1 year and/or €50 to €500"
                            ),
                            confidence: GPSKit.Confidence.confirmed,
                            sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "of de verzwaring tot 2 jaar van art. 422bis ook hier geldt: onbekend",
                                en: "whether the two-year aggravation of art. 422bis also applies: unknown"
                            ),
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            note: nil
                        )
                    ),
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw2024,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(nl: "strafniveau: onbekend", en: "penalty level: unknown"),
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>(["art. 422ter", "422 ter", "422-ter", "gevorderde hulp"])
            ),
            GPSKit.Provision(
                id: "noodtoestand",
                kind: GPSKit.Provision.Kind.framework,
                role: GPSKit.Provision.Role.justification,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(nl: "Noodtoestand", en: "State of necessity"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "Niet geschreven in Sw. 1867; erkend in rechtspraak en rechtsleer.",
                        en: "Not written in Sw. 1867; accepted by case law and legal writing."
                    )
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>(["wolterskluwer-book1"]),
                    note: GPSKit.LocalizedText(
                        nl: "Vermoedelijk opgenomen in boek I van het nieuwe Strafwetboek; artikelnummer nog te verifiëren.",
                        en: "Probably written into Book I of the new Criminal Code; article number still to be verified."
                    )
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: "2026-04-07"),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                        note: GPSKit.LocalizedText(
                            nl: "Als ongeschreven rechtvaardigingsgrond.",
                            en: "As an unwritten justification ground."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2026-04-08", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["wolterskluwer-book1"]),
                        note: GPSKit.LocalizedText(
                            nl: "Codificatie waarschijnlijk; artikel niet gezien.",
                            en: "Codification likely; article not seen."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: een daad die anders strafbaar is, zoals een geheim bekendmaken, is niet strafbaar als ze de enige manier is om een belangrijker belang te beschermen, zoals iemands leven.",
                            en: "Paraphrase in our own words: an act that would otherwise be an offence, such as revealing a secret, is not punishable when it is the only way to protect a more important interest, such as someone's life."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["compsy-noodtoestand"])
                    ))
                ]),
                textNote: nil,
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Je kunt je er alleen op beroepen als elk punt klopt.",
                        en: "It can be invoked only if every point holds."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "serious-danger",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Er is een ernstig gevaar, nu of dreigend, voor een belangrijk belang (leven, fysieke of psychische integriteit); een vaag risico later volstaat niet.",
                                en: "There is a serious danger, now or imminent, to an important interest (life, physical or mental integrity); a vague future risk is not enough."
                            ),
                            short: GPSKit.LocalizedText(nl: "ernstig gevaar, nu of dreigend", en: "serious danger, now or imminent"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "higher-interest",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Wat je beschermt weegt zwaarder dan wat je opoffert (het geheim van de cliënt).",
                                en: "What you protect weighs more than what you sacrifice (the client's confidentiality)."
                            ),
                            short: GPSKit.LocalizedText(nl: "een zwaarder belang", en: "a weightier interest"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "no-other-way",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Er is geen andere weg: praten met de cliënt, het team of de huisarts inschakelen of de cliënt zelf laten handelen lukte niet of kan niet.",
                                en: "There is no other way: talking with the client, involving the team or the GP, or letting the client act herself failed or is impossible."
                            ),
                            short: GPSKit.LocalizedText(nl: "geen andere weg", en: "no other way"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "proportionate",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Alleen de nodige informatie, alleen aan wie het gevaar kan afwenden.",
                                en: "Only the information needed, only to whoever can avert the danger."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "alleen het nodige, aan wie het gevaar afwendt",
                                en: "only what is needed, to whoever averts the danger"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "not-self-caused",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je hebt het gevaar niet zelf bewust veroorzaakt (vaak vermeld in de rechtsleer).",
                                en: "You did not knowingly create the danger yourself (often added in legal writing)."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "geen: een rechtvaardigingsgrond neemt de strafbaarheid weg",
                                en: "none: a justification ground takes away punishability"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>(["noodtoestand", "état de nécessité", "state of necessity"])
            ),
            GPSKit.Provision(
                id: "gedeeld-beroepsgeheim",
                kind: GPSKit.Provision.Kind.framework,
                role: GPSKit.Provision.Role.practice,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(nl: "Gedeeld beroepsgeheim", en: "Shared professional secrecy"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["sociaalnet", "weliswaar", "compsy-samenwerking"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Staat niet in het Strafwetboek.", en: "Not in the Criminal Code.")
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Staat niet in het Strafwetboek.", en: "Not in the Criminal Code.")
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar"]),
                        note: GPSKit.LocalizedText(
                            nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                            en: "A practice rule from legal writing and professional ethics, not a statute."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar"]),
                        note: GPSKit.LocalizedText(
                            nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                            en: "A practice rule from legal writing and professional ethics, not a statute."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: hulpverleners van verschillende diensten die voor dezelfde cliënt met hetzelfde doel werken, mogen onder voorwaarden delen wat de ander nodig heeft. Handboekregels R2 en R9.",
                            en: "Paraphrase in our own words: professionals of different services who work for the same client with the same aim may, under conditions, share what the other needs. Handbook rules R2 and R9."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["sociaalnet", "weliswaar", "zorgneticuro"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                    en: "A practice rule from legal writing and professional ethics, not a statute."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Delen is alleen verantwoord als elk punt klopt.",
                        en: "Sharing is justified only if every point holds."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "recipient-bound",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De ontvanger is ook aan het beroepsgeheim gebonden (nodig, maar niet genoeg).",
                                en: "The recipient is also bound by secrecy (necessary, not sufficient)."
                            ),
                            short: GPSKit.LocalizedText(nl: "de ontvanger is ook gebonden", en: "the recipient is bound too"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "same-client-same-task",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Jullie werken voor dezelfde cliënt met hetzelfde doel.",
                                en: "You both work for this client with the same aim."
                            ),
                            short: GPSKit.LocalizedText(nl: "zelfde cliënt, zelfde doel", en: "same client, same aim"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "need-to-know",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je deelt alleen wat de ander nodig heeft voor die gedeelde opdracht.",
                                en: "You share only what the other needs for that shared task."
                            ),
                            short: GPSKit.LocalizedText(nl: "alleen wat nodig is", en: "only what is needed"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "client-knows",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De cliënt weet wat je deelt, met wie en waarom, en maakt geen bezwaar.",
                                en: "The client knows what is shared, with whom and why, and does not object."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "de cliënt weet het en maakt geen bezwaar",
                                en: "the client knows and does not object"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar", "sociaalnet"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "client-interest",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het gebeurt in het belang van de cliënt.",
                                en: "It is in the client's interest."
                            ),
                            short: GPSKit.LocalizedText(nl: "in het belang van de cliënt", en: "in the client's interest"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "no-control",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Niets gaat op deze basis naar een gedwongen, gerechtelijke of controlerende context.",
                                en: "Nothing passes to a mandated, judicial or supervisory setting on this basis."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "geen gedwongen of controlerende context",
                                en: "no mandated or supervising setting"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "geen eigen straf; delen buiten de voorwaarden kan onder art. 458 vallen",
                                en: "no penalty of its own; sharing outside the conditions may fall under art. 458"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "gedeeld beroepsgeheim",
                    "secret professionnel partagé",
                    "shared professional secrecy"
                ])
            ),
            GPSKit.Provision(
                id: "gezamenlijk-beroepsgeheim",
                kind: GPSKit.Provision.Kind.framework,
                role: GPSKit.Provision.Role.practice,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(nl: "Gezamenlijk beroepsgeheim", en: "Joint professional secrecy"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["sociaalnet", "weliswaar"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Staat niet in het Strafwetboek.", en: "Not in the Criminal Code.")
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Staat niet in het Strafwetboek.", en: "Not in the Criminal Code.")
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar"]),
                        note: GPSKit.LocalizedText(
                            nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                            en: "A practice rule from legal writing and professional ethics, not a statute."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar"]),
                        note: GPSKit.LocalizedText(
                            nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                            en: "A practice rule from legal writing and professional ethics, not a statute."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: binnen één team of organisatie dat samen een cliënt ondersteunt, mogen teamleden onder voorwaarden delen wat elk nodig heeft. Handboekregel R3.",
                            en: "Paraphrase in our own words: within one team or organisation that jointly supports a client, team members may, under conditions, share what each needs. Handbook rule R3."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["sociaalnet", "weliswaar"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                    en: "A practice rule from legal writing and professional ethics, not a statute."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Delen in het team is alleen verantwoord als elk punt klopt.",
                        en: "Sharing within the team is justified only if every point holds."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "team-bound",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De teamleden zijn aan het beroepsgeheim gebonden en delen één opdracht voor deze cliënt.",
                                en: "Team members are bound by secrecy and share one mandate for this client."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "het team is gebonden en deelt één opdracht",
                                en: "the team is bound and shares one task"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "need-to-know",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je deelt alleen wat elk teamlid nodig heeft.",
                                en: "You share only what each member needs."
                            ),
                            short: GPSKit.LocalizedText(nl: "alleen wat nodig is", en: "only what is needed"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "client-knows-team",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De cliënt weet van bij de start wie in het team zit en wat gedeeld wordt, en kan bezwaar maken.",
                                en: "The client knows from the start who is in the team and what is shared, and can object."
                            ),
                            short: GPSKit.LocalizedText(nl: "de cliënt kent het team", en: "the client knows the team"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar", "sociaalnet"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "support-staff",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Administratief en ondersteunend personeel valt er alleen onder voor zover hun taak het vraagt.",
                                en: "Administrative and support staff are covered only as far as their task needs it."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "geen eigen straf; delen buiten de voorwaarden kan onder art. 458 vallen",
                                en: "no penalty of its own; sharing outside the conditions may fall under art. 458"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>(["gezamenlijk beroepsgeheim", "teamgeheim", "joint professional secrecy"])
            ),
            GPSKit.Provision(
                id: "toestemming",
                kind: GPSKit.Provision.Kind.framework,
                role: GPSKit.Provision.Role.practice,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(nl: "Toestemming van de betrokkene", en: "Consent of the person concerned"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["weliswaar", "sociaalnet"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Staat niet in het Strafwetboek.", en: "Not in the Criminal Code.")
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Staat niet in het Strafwetboek.", en: "Not in the Criminal Code.")
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar"]),
                        note: GPSKit.LocalizedText(
                            nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                            en: "A practice rule from legal writing and professional ethics, not a statute."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: nil, until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar"]),
                        note: GPSKit.LocalizedText(
                            nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                            en: "A practice rule from legal writing and professional ethics, not a statute."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: wie weet wat je over haar doorgeeft, aan wie en waarom, en daar geen bezwaar tegen maakt, geeft je ruimte om te delen wat de hulp nodig heeft. Toestemming maakt controle voor een andere dienst niet goed. Handboekregels R4 en R9.",
                            en: "Paraphrase in our own words: someone who knows what you pass on about her, to whom and why, and does not object, gives you room to share what the help needs. Consent does not make control for another service right. Handbook rules R4 and R9."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["weliswaar", "sociaalnet"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "Praktijkregel uit rechtsleer en beroepsethiek, geen wetsartikel.",
                    en: "A practice rule from legal writing and professional ethics, not a statute."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Delen op deze grond is alleen verantwoord als elk punt klopt.",
                        en: "Sharing on this ground is justified only if every point holds."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "knows",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De persoon over wie het gaat, weet wat je doorgeeft, aan wie en waarom.",
                                en: "The person concerned knows what you pass on, to whom and why."
                            ),
                            short: GPSKit.LocalizedText(nl: "weet wat, aan wie en waarom", en: "knows what, to whom and why"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar", "sociaalnet"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "agrees",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Ze stemt ermee in, of maakt op zijn minst geen bezwaar; tegen haar bezwaar in deel je niet op deze grond.",
                                en: "She agrees, or at least does not object; against her objection you do not share on this ground."
                            ),
                            short: GPSKit.LocalizedText(nl: "stemt in, maakt geen bezwaar", en: "agrees, does not object"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar", "sociaalnet"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "interest",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Het gebeurt in haar belang en dat van de hulp.",
                                en: "It serves her and the help."
                            ),
                            short: GPSKit.LocalizedText(nl: "in haar belang", en: "in her interest"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "no-control",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Ook met toestemming gaat niets naar een gedwongen of controlerende context.",
                                en: "Even with consent nothing goes to a mandated or supervising setting."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "geen gedwongen of controlerende context",
                                en: "no mandated or supervising setting"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "geen eigen straf; delen buiten de voorwaarden kan onder art. 458 vallen",
                                en: "no penalty of its own; sharing outside the conditions may fall under art. 458"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["weliswaar"]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "toestemming van de betrokkene",
                    "toestemming van de cliënt",
                    "geïnformeerde toestemming",
                    "informed consent"
                ])
            ),
            GPSKit.Provision(
                id: "privacy",
                kind: GPSKit.Provision.Kind.framework,
                role: GPSKit.Provision.Role.dataProtection,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(
                        nl: "Privacywetgeving voor je notities (AVG en kaderwet gegevensbescherming)",
                        en: "Privacy law for your notes (GDPR and the Belgian data-protection act)"
                    ),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["eurlex-gdpr"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "Geen artikel van het Strafwetboek: Verordening (EU) 2016/679 en de wet van 30 juli 2018.",
                        en: "Not a Criminal Code article: Regulation (EU) 2016/679 and the law of 30 July 2018."
                    )
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Geen artikel van het Strafwetboek.", en: "Not a Criminal Code article.")
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2018-05-25", until: nil),
                        confidence: GPSKit.Confidence.unverified,
                        sources: Swift.Array<Swift.String>([]),
                        note: GPSKit.LocalizedText(
                            nl: "Datum van toepassing van de AVG uit algemene kennis; niet in de bronnen nagekeken.",
                            en: "GDPR application date from general knowledge; not checked in the sources."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2018-05-25", until: nil),
                        confidence: GPSKit.Confidence.unverified,
                        sources: Swift.Array<Swift.String>([]),
                        note: GPSKit.LocalizedText(
                            nl: "Los van de hervorming van het Strafwetboek.",
                            en: "Independent of the Criminal Code reform."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: gezondheidsgegevens zijn een bijzondere categorie. Verwerk ze met een duidelijk doel, niet meer dan nodig, niet langer dan nodig, veilig en vertrouwelijk, met een wettige grond; in de zorg mag dat door of onder verantwoordelijkheid van iemand met beroepsgeheim. De cliënt heeft recht op informatie, inzage, verbetering en wissing.",
                            en: "Paraphrase in our own words: health data are a special category. Process them for a clear purpose, no more than needed, no longer than needed, securely and confidentially, on a lawful basis; in care this may be done by or under the responsibility of someone bound by secrecy. The client has rights to information, access, rectification and erasure."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["eurlex-gdpr"])
                    ))
                ]),
                textNote: GPSKit.LocalizedText(
                    nl: "De kaderwet van 30 juli 2018 (art. 9) en Vlaamse sectorregels zijn niet nagekeken.",
                    en: "The framework law of 30 July 2018 (art. 9) and Flemish sector rules were not checked."
                ),
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Punten om je notities en wat je deelt aan te toetsen.",
                        en: "Points to check your notes and what you share against."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "purpose",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je noteert en deelt met een duidelijk doel (AVG art. 5).",
                                en: "You record and share for a clear purpose (GDPR art. 5)."
                            ),
                            short: GPSKit.LocalizedText(nl: "een duidelijk doel", en: "a clear purpose"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["eurlex-gdpr"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "minimal",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Niet meer gegevens dan nodig, niet langer bewaard dan nodig (AVG art. 5).",
                                en: "No more data than needed, not kept longer than needed (GDPR art. 5)."
                            ),
                            short: GPSKit.LocalizedText(nl: "niet meer dan nodig", en: "no more than needed"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["eurlex-gdpr"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "lawful-basis",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Er is een wettige grond (AVG art. 6 en 9): in de zorg meestal zorgverlening onder beroepsgeheim, zelden toestemming.",
                                en: "There is a lawful basis (GDPR art. 6 and 9): in care usually care under professional secrecy, seldom consent."
                            ),
                            short: GPSKit.LocalizedText(nl: "een wettige grond", en: "a lawful basis"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["eurlex-gdpr"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "secure",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De gegevens zijn veilig en vertrouwelijk bewaard (AVG art. 5 en 32).",
                                en: "The data are kept securely and confidentially (GDPR art. 5 and 32)."
                            ),
                            short: GPSKit.LocalizedText(nl: "veilig bewaard", en: "kept securely"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["eurlex-gdpr"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "belgian-safeguards",
                            kind: GPSKit.Condition.Kind.note,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "De Belgische kaderwet (art. 9) voegt waarborgen toe voor gezondheidsgegevens.",
                                en: "The Belgian framework law (art. 9) adds safeguards for health data."
                            ),
                            short: nil,
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(
                                nl: "geen strafbepaling uit het Strafwetboek; toezicht en sancties volgens de privacywetgeving (niet nagekeken)",
                                en: "no Criminal Code penalty; supervision and sanctions under privacy law (not checked)"
                            ),
                            confidence: GPSKit.Confidence.unverified,
                            sources: Swift.Array<Swift.String>([]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "privacywet",
                    "privacywetgeving",
                    "AVG",
                    "GDPR",
                    "RGPD",
                    "kaderwet gegevensbescherming",
                    "gegevensbescherming"
                ])
            ),
            GPSKit.Provision(
                id: "persoonlijke-notities",
                kind: GPSKit.Provision.Kind.framework,
                role: GPSKit.Provision.Role.dataProtection,
                title: GPSKit.Sourced<GPSKit.LocalizedText>(
                    value: GPSKit.LocalizedText(
                        nl: "Inzage in persoonlijke notities (patiëntenrechten, wijziging 2024)",
                        en: "Patients' access to personal notes (patients' rights, 2024 change)"
                    ),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["artsenkrant", "domusmedica"]),
                    note: nil
                ),
                oldNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "Geen artikel van het Strafwetboek: wet patiëntenrechten van 22 augustus 2002, art. 9.",
                        en: "Not a Criminal Code article: Patients' Rights Act of 22 August 2002, art. 9."
                    )
                ),
                newNumber: GPSKit.Sourced<Swift.Optional<Swift.String>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "Geen artikel van het Strafwetboek.", en: "Not a Criminal Code article.")
                ),
                validity: GPSKit.ProvisionValidity(
                    oldCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2024-02-06", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["artsenkrant", "domusmedica"]),
                        note: GPSKit.LocalizedText(
                            nl: "Datum van de wijzigingswet; datum van inwerkingtreding niet gezien.",
                            en: "Date of the amending law; in-force date not seen."
                        )
                    ),
                    newCode: GPSKit.Sourced<GPSKit.ValidityPeriod>(
                        value: GPSKit.ValidityPeriod(from: "2024-02-06", until: nil),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["artsenkrant"]),
                        note: GPSKit.LocalizedText(
                            nl: "Los van de hervorming van het Strafwetboek.",
                            en: "Independent of the Criminal Code reform."
                        )
                    )
                ),
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.paraphrase(GPSKit.ProvisionText.Paraphrase(
                        body: GPSKit.LocalizedText(
                            nl: "Samenvatting in eigen woorden: patiënten mogen hun dossier inzien en kopiëren. Sinds een wet van 6 februari 2024 zijn de persoonlijke notities van de zorgverlener daar niet meer van uitgesloten. Voor een verzorgende gezinszorg is dit een richtpunt, geen rechtstreekse regel. Praktisch: schrijf elke notitie alsof de cliënt ze leest; feiten apart van vermoedens, vermoedens als zodanig benoemd.",
                            en: "Paraphrase in our own words: patients may consult and copy their file. Since a law of 6 February 2024 the professional's personal notes are no longer excluded. For a home-care worker in welfare this is a benchmark, not a direct rule. In practice: write every note as if the client will read it; facts apart from suspicions, suspicions labelled as such."
                        ),
                        confidence: GPSKit.Confidence.likely,
                        sources: Swift.Array<Swift.String>(["artsenkrant", "domusmedica", "compsy-notities"])
                    ))
                ]),
                textNote: nil,
                checklist: GPSKit.Checklist(
                    meaning: GPSKit.LocalizedText(
                        nl: "Punten om je notities aan te toetsen (praktijk, geen wettelijke voorwaarden).",
                        en: "Points to check your notes against (practice, not legal conditions)."
                    ),
                    conditions: Swift.Array<GPSKit.Condition>([
                        GPSKit.Condition(
                            id: "readable-by-client",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Je schrijft elke notitie alsof de cliënt ze leest.",
                                en: "You write every note as if the client will read it."
                            ),
                            short: GPSKit.LocalizedText(
                                nl: "geschreven alsof de cliënt meeleest",
                                en: "written as if the client reads along"
                            ),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["artsenkrant"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        ),
                        GPSKit.Condition(
                            id: "facts-apart",
                            kind: GPSKit.Condition.Kind.required,
                            group: nil,
                            text: GPSKit.LocalizedText(
                                nl: "Feiten staan apart van vermoedens; vermoedens zijn als vermoeden benoemd.",
                                en: "Facts are kept apart from suspicions; suspicions are labelled as such."
                            ),
                            short: GPSKit.LocalizedText(nl: "feiten apart van vermoedens", en: "facts apart from suspicions"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["compsy-notities"]),
                            options: Swift.Array<GPSKit.ConditionOption>([]),
                            requiresChoice: false,
                            underNewCode: nil,
                            coveredBy: Swift.Array<Swift.String>([])
                        )
                    ])
                ),
                penalties: Swift.Array<GPSKit.Penalty>([
                    GPSKit.Penalty(
                        code: GPSKit.CodeVersion.sw1867,
                        text: GPSKit.Sourced<GPSKit.LocalizedText>(
                            value: GPSKit.LocalizedText(nl: "geen strafbepaling", en: "no criminal penalty"),
                            confidence: GPSKit.Confidence.likely,
                            sources: Swift.Array<Swift.String>(["artsenkrant"]),
                            note: nil
                        )
                    )
                ]),
                aliases: Swift.Array<Swift.String>([
                    "persoonlijke notities",
                    "inzagerecht",
                    "patiëntenrechten",
                    "wet patiëntenrechten"
                ])
            )
        ]),
        mapping: Swift.Array<GPSKit.MappingRow>([
            GPSKit.MappingRow(
                id: "beroepsgeheim",
                subject: GPSKit.LocalizedText(nl: "beroepsgeheim", en: "professional secrecy"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["458"]), label: "art. 458"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["emis-85303"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: "art-458",
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "spreekrecht",
                subject: GPSKit.LocalizedText(
                    nl: "spreekrecht tegenover de procureur (minderjarigen, kwetsbare personen)",
                    en: "right to inform the prosecutor (minors, vulnerable persons)"
                ),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["458bis"]), label: "art. 458bis"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["elfri-omzendbrief"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: "art-458bis",
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "casusoverleg",
                subject: GPSKit.LocalizedText(nl: "casusoverleg", en: "organised case consultation"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["458ter"]), label: "art. 458ter"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["om-col4-2018"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "niet bevestigd; mogelijk verhuisd naar een andere wet",
                        en: "not confirmed; possibly moved to another law"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: "art-458ter",
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "art-458quater",
                subject: GPSKit.LocalizedText(
                    nl: "ingevoegd in 2017 samen met 458ter; inhoud niet nagekeken",
                    en: "inserted in 2017 together with 458ter; content not checked"
                ),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(
                        numbers: Swift.Array<Swift.String>(["458quater"]),
                        label: "art. 458quater"
                    ),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["om-col4-2018"]),
                    note: GPSKit.LocalizedText(
                        nl: "Bestaan bevestigd, inhoud niet nagekeken.",
                        en: "Existence confirmed, content not checked."
                    )
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: nil,
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "hulpverzuim",
                subject: GPSKit.LocalizedText(nl: "schuldig hulpverzuim", en: "failure to help"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["422bis"]), label: "art. 422bis"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: "art-422bis",
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "gevorderde-hulp",
                subject: GPSKit.LocalizedText(nl: "weigeren van gevorderde hulp", en: "refusing requisitioned help"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["422ter"]), label: "art. 422ter"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: "art-422ter",
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "art-422quater",
                subject: GPSKit.LocalizedText(
                    nl: "verzwaring van 422bis en 422ter bij bepaalde drijfveren (zoals racisme)",
                    en: "aggravation of 422bis and 422ter for certain motives (such as racism)"
                ),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(
                        numbers: Swift.Array<Swift.String>(["422quater"]),
                        label: "art. 422quater"
                    ),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["klinpsy-cp422"]),
                    note: GPSKit.LocalizedText(
                        nl: "Begin van de tekst gezien; lijst van drijfveren niet.",
                        en: "Start of the text seen; list of motives not."
                    )
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(
                        nl: "nieuw nummer in Sw. 2024 nog te verifiëren",
                        en: "new number in Sw. 2024 still to be verified"
                    )
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: nil,
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "noodtoestand",
                subject: GPSKit.LocalizedText(nl: "noodtoestand", en: "state of necessity"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["compsy-noodtoestand"]),
                    note: GPSKit.LocalizedText(nl: "ongeschreven in 1867", en: "unwritten in 1867")
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>(["wolterskluwer-book1"]),
                    note: GPSKit.LocalizedText(
                        nl: "boek I, hoofdstuk over het misdrijf; artikel niet bevestigd",
                        en: "Book I, chapter on the offence; article not confirmed"
                    )
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["compsy-noodtoestand", "wolterskluwer-book1"]),
                provision: "noodtoestand",
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "minderjarige",
                subject: GPSKit.LocalizedText(nl: "definitie van minderjarige", en: "definition of a minor"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["100ter"]), label: "art. 100ter"),
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["79"]), label: "art. 79, 1°"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["etaamb-book2"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["etaamb-book2"]),
                provision: nil,
                note: nil,
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 79 Sw. 2024",
                        language: "nl",
                        body: "Art. 79.Algemene definities Voor de toepassing van dit Wetboek wordt verstaan onder: 1° minderjarige: elke persoon die de leeftijd van achttien jaar nog niet heeft bereikt;2° persoon in een kwetsbare toestand: elke persoon van wie de kwetsbare toestand ten gevolge van zijn leeftijd, een zwangerschap, een ziekte dan wel een lichamelijk of geestelijk gebrek duidelijk was of de dader bekend was;3° partner: de persoon waarmee de dader of het slachtoffer is gehuwd of een duurzame affectieve en intieme lichamelijke relatie heeft, alsook de persoon waarmee de dader of het slachtoffer gehuwd is geweest of een duurzame affectieve en intieme lichamelijke relatie heeft gehad indien de strafbare feiten enigszins verband houden met dit ontbonden huwelijk of de beëindigde relatie;",
                        source: "etaamb-book2",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(
                            nl: "Tekst zoals gepubliceerd op 8 april 2024.",
                            en: "Text as published on 8 April 2024."
                        )
                    ))
                ])
            ),
            GPSKit.MappingRow(
                id: "kwetsbare-persoon",
                subject: GPSKit.LocalizedText(
                    nl: "persoon in een kwetsbare toestand (leeftijd, zwangerschap, ziekte, gebrek; geen partnergeweld)",
                    en: "vulnerable person (age, pregnancy, illness, impairment; no partner violence)"
                ),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: GPSKit.LocalizedText(nl: "geen algemene definitie in 1867", en: "no general definition in 1867")
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["79"]), label: "art. 79, 2°"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["etaamb-book2", "refli-book2"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.confirmed,
                sources: Swift.Array<Swift.String>(["etaamb-book2", "refli-book2"]),
                provision: nil,
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "partner",
                subject: GPSKit.LocalizedText(nl: "partner", en: "partner"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: nil,
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>([]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["79"]), label: "art. 79, 3°"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["etaamb-book2", "refli-book2"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.confirmed,
                sources: Swift.Array<Swift.String>(["etaamb-book2", "refli-book2"]),
                provision: nil,
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "verlating",
                subject: GPSKit.LocalizedText(nl: "verlating van personen", en: "abandoning a minor or vulnerable person"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["423"]), label: "art. 423, § 1"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["elfri-32250"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["328"]), label: "art. 328"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["elfri-32250"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["elfri-32250"]),
                provision: nil,
                note: nil,
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 328 Sw. 2024",
                        language: "nl",
                        body: "Verlating van personen is het opzettelijk verlaten van een minderjarige of een persoon in een kwetsbare toestand die niet in staat is om in zijn onderhoud te voorzien, waardoor er een onderbreking is van het toezicht of de zorgen die het slachtoffer nodig heeft.\nDit misdrijf wordt bestraft met een straf van niveau 2.",
                        source: "elfri-32250",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(
                            nl: "Zoals geciteerd door elfri.be, met vermelding 'Inwerkingtreding 8 april 2026'.",
                            en: "As quoted by elfri.be, marked 'Inwerkingtreding 8 april 2026'."
                        )
                    ))
                ])
            ),
            GPSKit.MappingRow(
                id: "verlating-gevolg",
                subject: GPSKit.LocalizedText(
                    nl: "verlating met integriteitsaantasting van de derde graad",
                    en: "abandonment causing third-degree harm to integrity"
                ),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["423"]), label: "art. 423, § 2"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["elfri-32250"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["329"]), label: "art. 329"),
                    confidence: GPSKit.Confidence.confirmed,
                    sources: Swift.Array<Swift.String>(["elfri-32250"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["elfri-32250"]),
                provision: nil,
                note: nil,
                texts: Swift.Array<GPSKit.ProvisionText>([
                    GPSKit.ProvisionText.verbatim(GPSKit.ProvisionText.Verbatim(
                        article: "art. 329 Sw. 2024",
                        language: "nl",
                        body: "De verlating van personen die een integriteitsaantasting van de derde graad tot gevolg heeft, wordt bestraft met een straf van niveau 3.",
                        source: "elfri-32250",
                        confidence: GPSKit.Confidence.confirmed,
                        versionNote: GPSKit.LocalizedText(nl: "Zoals geciteerd door elfri.be.", en: "As quoted by elfri.be.")
                    ))
                ])
            ),
            GPSKit.MappingRow(
                id: "onthouding-zorg",
                subject: GPSKit.LocalizedText(nl: "onthouding van voedsel of verzorging", en: "withholding food or care"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["425"]), label: "art. 425, § 1"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["elfri-32944"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["333"]), label: "art. 333"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["elfri-32944"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["elfri-32944"]),
                provision: nil,
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "nalaten-onderhoud",
                subject: GPSKit.LocalizedText(nl: "nalaten van onderhoud", en: "neglect of maintenance"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["426"]), label: "art. 426, § 1"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["elfri-32945"]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["337"]), label: "art. 337"),
                    confidence: GPSKit.Confidence.likely,
                    sources: Swift.Array<Swift.String>(["elfri-32945"]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["elfri-32945"]),
                provision: nil,
                note: nil,
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "belaging",
                subject: GPSKit.LocalizedText(nl: "belaging", en: "stalking"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["442bis"]), label: "art. 442bis"),
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(numbers: Swift.Array<Swift.String>(["237"]), label: "art. 237"),
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: nil,
                note: GPSKit.LocalizedText(
                    nl: "Alleen uit een onofficieel project; geen rechtsbron.",
                    en: "Only from an unofficial project; not a legal source."
                ),
                texts: nil
            ),
            GPSKit.MappingRow(
                id: "diefstal",
                subject: GPSKit.LocalizedText(nl: "diefstal", en: "theft"),
                old: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(
                        numbers: Swift.Array<Swift.String>(["461", "463"]),
                        label: "art. 461 / 463"
                    ),
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: nil
                ),
                new: GPSKit.Sourced<Swift.Optional<GPSKit.MappingRow.Numbers>>(
                    value: GPSKit.MappingRow.Numbers(
                        numbers: Swift.Array<Swift.String>(["463", "465", "466", "467"]),
                        label: "art. 463 (en 465–467)"
                    ),
                    confidence: GPSKit.Confidence.unverified,
                    sources: Swift.Array<Swift.String>([]),
                    note: nil
                ),
                confidence: GPSKit.Confidence.unverified,
                sources: nil,
                provision: nil,
                note: GPSKit.LocalizedText(
                    nl: "Alleen uit een onofficieel project; geen rechtsbron.",
                    en: "Only from an unofficial project; not a legal source."
                ),
                texts: nil
            )
        ]),
        misCitations: Swift.Array<GPSKit.MisCitation>([
            GPSKit.MisCitation(
                id: "422-for-422bis",
                cited: "422",
                means: "art-422bis",
                why: GPSKit.LocalizedText(
                    nl: "De hulpplicht is art. 422bis; het handboek en veel cursussen schrijven '422'. Art. 422 zelf is een ander artikel, waarvan de inhoud niet is nagekeken.",
                    en: "The duty to help is art. 422bis; the handbook and many courses write '422'. Art. 422 itself is a different provision, whose content was not checked."
                ),
                confidence: GPSKit.Confidence.confirmed,
                sources: Swift.Array<Swift.String>(["klinpsy-cp422"])
            ),
            GPSKit.MisCitation(
                id: "meldplicht-for-458bis",
                cited: "meldplicht",
                means: "art-458bis",
                why: GPSKit.LocalizedText(
                    nl: "Art. 458bis geeft een recht om te spreken (spreekrecht), geen plicht om te melden.",
                    en: "Art. 458bis gives a right to speak, not a duty to report."
                ),
                confidence: GPSKit.Confidence.confirmed,
                sources: Swift.Array<Swift.String>(["elfri-omzendbrief"])
            ),
            GPSKit.MisCitation(
                id: "discretieplicht-for-458",
                cited: "discretieplicht",
                means: "art-458",
                why: GPSKit.LocalizedText(
                    nl: "Discretieplicht (bv. uit een arbeidscontract) is niet hetzelfde als beroepsgeheim; alleen het beroepsgeheim is het misdrijf van art. 458.",
                    en: "A duty of discretion (e.g. from an employment contract) is not professional secrecy; only the latter is the offence of art. 458."
                ),
                confidence: GPSKit.Confidence.likely,
                sources: Swift.Array<Swift.String>(["weliswaar", "rechtenkrant"])
            )
        ]),
        recognition: GPSKit.Recognition(
            articleCues: Swift.Array<Swift.String>([
                "art",
                "artikel",
                "artikels",
                "artikelen",
                "artt",
                "article",
                "articles",
                "artículo"
            ]),
            listCues: Swift.Array<Swift.String>(["artikels", "artikelen", "artt", "articles"]),
            listSeparators: Swift.Array<Swift.String>([",", "en", "of", "and", "et", "&"]),
            suffixes: Swift.Array<Swift.String>([
                "bis",
                "ter",
                "quater",
                "quinquies",
                "sexies",
                "septies",
                "octies",
                "novies",
                "decies"
            ]),
            codeMarkers: Swift.Array<GPSKit.Recognition.CodeMarker>([
                GPSKit.Recognition.CodeMarker(phrase: "Sw.", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "Sw", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "Swb.", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "Strafwetboek", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "van het Strafwetboek", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "C.p.", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "Code pénal", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "du Code pénal", code: GPSKit.CitedCode.criminal),
                GPSKit.Recognition.CodeMarker(phrase: "Sw. 1867", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "Sw 1867", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "oud Sw.", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "oud Strafwetboek", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "van het oude Strafwetboek", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "van het oud Strafwetboek", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "oude Strafwetboek", code: GPSKit.CitedCode.sw1867),
                GPSKit.Recognition.CodeMarker(phrase: "Sw. 2024", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "Sw 2024", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "nieuw Sw.", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "nieuw Sw", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "nieuw Strafwetboek", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "nieuwe Strafwetboek", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "van het nieuw Strafwetboek", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "van het nieuwe Strafwetboek", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "nouveau Code pénal", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "du nouveau Code pénal", code: GPSKit.CitedCode.sw2024),
                GPSKit.Recognition.CodeMarker(phrase: "van de wet", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(phrase: "van het decreet", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(phrase: "Kaderwet", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(phrase: "van de kaderwet", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(phrase: "van het reglement", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(
                    phrase: "van het huishoudelijk reglement",
                    code: GPSKit.CitedCode.other
                ),
                GPSKit.Recognition.CodeMarker(phrase: "van de arbeidsovereenkomst", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(phrase: "van het contract", code: GPSKit.CitedCode.other),
                GPSKit.Recognition.CodeMarker(phrase: "van de deontologische code", code: GPSKit.CitedCode.other)
            ]),
            instruments: Swift.Array<GPSKit.Instrument>([
                GPSKit.Instrument(
                    id: "kinderrechtenverdrag",
                    name: GPSKit.LocalizedText(
                        nl: "het Kinderrechtenverdrag",
                        en: "the Convention on the Rights of the Child"
                    ),
                    markers: Swift.Array<Swift.String>([
                        "Kinderrechtenverdrag",
                        "VN-Kinderrechtenverdrag",
                        "IVRK",
                        "Internationaal Verdrag inzake de Rechten van het Kind",
                        "Verdrag inzake de Rechten van het Kind",
                        "Convention on the Rights of the Child",
                        "UNCRC"
                    ])
                ),
                GPSKit.Instrument(
                    id: "avg",
                    name: GPSKit.LocalizedText(nl: "de AVG (GDPR)", en: "the GDPR"),
                    markers: Swift.Array<Swift.String>([
                        "AVG",
                        "GDPR",
                        "RGPD",
                        "Algemene Verordening Gegevensbescherming",
                        "General Data Protection Regulation"
                    ])
                ),
                GPSKit.Instrument(
                    id: "burgerlijk-wetboek",
                    name: GPSKit.LocalizedText(nl: "het Burgerlijk Wetboek", en: "the Civil Code"),
                    markers: Swift.Array<Swift.String>([
                        "BW",
                        "B.W.",
                        "Burgerlijk Wetboek",
                        "oud BW",
                        "nieuw BW",
                        "Code civil",
                        "C. civ."
                    ])
                ),
                GPSKit.Instrument(
                    id: "strafvordering",
                    name: GPSKit.LocalizedText(
                        nl: "het Wetboek van Strafvordering (Sv.)",
                        en: "the Code of Criminal Procedure (Sv.)"
                    ),
                    markers: Swift.Array<Swift.String>([
                        "Sv.",
                        "Sv",
                        "Wetboek van Strafvordering",
                        "Code d'instruction criminelle",
                        "C.i.cr."
                    ])
                ),
                GPSKit.Instrument(
                    id: "gerechtelijk-wetboek",
                    name: GPSKit.LocalizedText(nl: "het Gerechtelijk Wetboek", en: "the Judicial Code"),
                    markers: Swift.Array<Swift.String>(["Ger.W.", "Ger. W.", "Gerechtelijk Wetboek", "Code judiciaire"])
                ),
                GPSKit.Instrument(
                    id: "grondwet",
                    name: GPSKit.LocalizedText(nl: "de Grondwet", en: "the Constitution"),
                    markers: Swift.Array<Swift.String>(["Grondwet", "Gw.", "Belgische Grondwet", "Constitution"])
                ),
                GPSKit.Instrument(
                    id: "evrm",
                    name: GPSKit.LocalizedText(nl: "het EVRM", en: "the ECHR"),
                    markers: Swift.Array<Swift.String>([
                        "EVRM",
                        "ECHR",
                        "CEDH",
                        "Europees Verdrag voor de Rechten van de Mens",
                        "European Convention on Human Rights"
                    ])
                ),
                GPSKit.Instrument(
                    id: "verdrag-van-istanbul",
                    name: GPSKit.LocalizedText(nl: "het Verdrag van Istanbul", en: "the Istanbul Convention"),
                    markers: Swift.Array<Swift.String>([
                        "Verdrag van Istanbul",
                        "Istanbulverdrag",
                        "Istanbul-verdrag",
                        "Istanbul Convention",
                        "Convention d'Istanbul"
                    ])
                ),
                GPSKit.Instrument(
                    id: "patientenrechtenwet",
                    name: GPSKit.LocalizedText(nl: "de Patiëntenrechtenwet", en: "the Patients' Rights Act"),
                    markers: Swift.Array<Swift.String>([
                        "Patiëntenrechtenwet",
                        "Patientenrechtenwet",
                        "wet patiëntenrechten",
                        "wet betreffende de rechten van de patiënt"
                    ])
                )
            ]),
            instrumentLinks: Swift.Array<Swift.String>([
                "van het",
                "van de",
                "uit het",
                "uit de",
                "in het",
                "in de",
                "of the",
                "du",
                "de la"
            ]),
            months: Swift.Array<Swift.String>([
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
                "jan",
                "feb",
                "mrt",
                "apr",
                "jun",
                "jul",
                "aug",
                "sep",
                "sept",
                "okt",
                "nov",
                "dec",
                "january",
                "february",
                "march",
                "may",
                "june",
                "july",
                "august",
                "october",
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre"
            ]),
            unitWords: Swift.Array<Swift.String>([
                "euro",
                "eur",
                "euros",
                "procent",
                "percent",
                "%",
                "km",
                "kg",
                "jaar",
                "dagen",
                "uur",
                "minuten"
            ]),
            addressWords: Swift.Array<Swift.String>([
                "straat",
                "laan",
                "weg",
                "plein",
                "lei",
                "dreef",
                "steenweg",
                "baan",
                "kaai",
                "markt",
                "dijk",
                "hof",
                "rue",
                "avenue",
                "chaussée",
                "boulevard",
                "place",
                "bus",
                "nr",
                "nummer",
                "huisnummer",
                "postbus",
                "tel",
                "gsm",
                "telefoon"
            ])
        ),
        sources: Swift.Array<GPSKit.LegalSource>([
            GPSKit.LegalSource(
                id: "justel-sw1867",
                title: "Justel, Strafwetboek 1867 (numac 1867060850); adres volgens het ELI-patroon, niet zelf geopend",
                url: "https://www.ejustice.just.fgov.be/eli/wet/1867/06/08/1867060850/justel"
            ),
            GPSKit.LegalSource(
                id: "justel-book1",
                title: "Justel, Wet tot invoering van boek I van het Strafwetboek (29 februari 2024); adres volgens het ELI-patroon",
                url: "https://www.ejustice.just.fgov.be/eli/wet/2024/02/29/2024002052/justel"
            ),
            GPSKit.LegalSource(
                id: "justel-book2",
                title: "Justel, Wet tot invoering van boek II van het Strafwetboek (29 februari 2024); adres volgens het ELI-patroon",
                url: "https://www.ejustice.just.fgov.be/eli/wet/2024/02/29/2024002088/justel"
            ),
            GPSKit.LegalSource(
                id: "etaamb-book2",
                title: "etaamb, Belgisch Staatsblad 8 april 2024, boek II Strafwetboek (numac 2024002088)",
                url: "https://etaamb.openjustice.be/nl/wet-van-29-februari-2024_n2024002088.html"
            ),
            GPSKit.LegalSource(
                id: "etaamb-book1",
                title: "etaamb, Duitse vertaling van boek I (publicatie 8 april 2024)",
                url: "https://etaamb.openjustice.be/nl/wet-van-29-februari-2024_n2025003726.html"
            ),
            GPSKit.LegalSource(
                id: "refli-book2",
                title: "refli.be, Franse tekst en metadata van boek II",
                url: "https://refli.be/fr/lex/2024002088"
            ),
            GPSKit.LegalSource(
                id: "fod-reform",
                title: "FOD Justitie, Hervorming Strafwetboek",
                url: "https://www.justitie.belgium.be/nl/themas/veiligheid_en_criminaliteit/hervorming_strafwetboek"
            ),
            GPSKit.LegalSource(
                id: "rw-13839",
                title: "J. De Herdt, Hoe nieuw is het nieuw Strafwetboek? deel 1, RW",
                url: "https://www.rw.be/artikels/13839"
            ),
            GPSKit.LegalSource(
                id: "prebes",
                title: "prebes.be nieuwsbrief over het nieuwe Strafwetboek",
                url: "https://www.prebes.be/nieuws/2024/04/hoe-ziet-nieuwe-strafwetboek-eruit"
            ),
            GPSKit.LegalSource(
                id: "tvl-postponement",
                title: "TVL, debat over uitstel van het nieuwe Strafwetboek (begin 2026)",
                url: "https://www.tvl.be/nieuws/nieuw-strafwetboek-invoeren-is-ronduit-gevaarlijk-volgens-minister-demir-179627"
            ),
            GPSKit.LegalSource(
                id: "e2law-458",
                title: "e2.law, La violation du secret professionnel",
                url: "https://e2.law/fr/legalconcepts/la-violation-du-secret-professionnel"
            ),
            GPSKit.LegalSource(
                id: "lleqa-458",
                title: "Maastricht Law & Tech Lab, LLeQA-modelkaart met Franse weergave van art. 458",
                url: "https://huggingface.co/maastrichtlawtech/distilcamembert-lleqa/commit/8409943e4db132eec2ebcfba5831bd0de5386343"
            ),
            GPSKit.LegalSource(
                id: "legalworld-potpourri5",
                title: "Wolters Kluwer Legalworld over Potpourri V",
                url: "https://legalworld.wolterskluwer.be/nl/nieuws/in-het-staatsblad/strijd-tegen-terreur-beroepsgeheim-geldt-niet-bij-casusoverleg-art-312-314-potpourri-v/"
            ),
            GPSKit.LegalSource(
                id: "rechtenkrant",
                title: "rechtenkrant.be, Beroepsgeheim en discretieplicht",
                url: "https://rechtenkrant.be/beroepsgeheim-en-discretieplicht-psychologen-niet-zo-absoluut/"
            ),
            GPSKit.LegalSource(
                id: "droitsquotidiens",
                title: "droitsquotidiens.be, violation du secret professionnel",
                url: "https://www.droitsquotidiens.be/fr/question/quest-ce-que-je-risque-si-je-viole-le-secret-professionnel"
            ),
            GPSKit.LegalSource(
                id: "weliswaar",
                title: "weliswaar.be, Wegwijs in het beroepsgeheim (Steunpunt WVG, ISR KU Leuven)",
                url: "https://weliswaar.be/welzijn-zorg/wegwijs-het-beroepsgeheim"
            ),
            GPSKit.LegalSource(
                id: "compsy-458bis",
                title: "Psychologencommissie, art. 458bis",
                url: "https://compsy.be/nl/458bis"
            ),
            GPSKit.LegalSource(
                id: "compsy-422bis",
                title: "Psychologencommissie, art. 422bis",
                url: "https://www.compsy.be/nl/422bis"
            ),
            GPSKit.LegalSource(
                id: "elfri-beroepsgeheim",
                title: "elfri.be, Beroepsgeheim",
                url: "https://www.elfri.be/artikel/beroepsgeheim"
            ),
            GPSKit.LegalSource(
                id: "emis-85303",
                title: "Vlaamse regelgeving die naar de straffen van art. 458 verwijst (navigator.emis)",
                url: "https://navigator.emis.vito.be/mijn-navigator?woId=85303&woLang=nl"
            ),
            GPSKit.LegalSource(
                id: "elfri-omzendbrief",
                title: "elfri.be, Omzendbrief nr. 04/2018, uittreksel uit het Strafwetboek (Justel-weergave)",
                url: "http://www.elfri.be/wetgeving/omzendbrief-nr-042018-casusoverleg-en-professioneel-beroepsgeheim"
            ),
            GPSKit.LegalSource(
                id: "apothekers",
                title: "Orde der apothekers, wijziging van art. 458bis",
                url: "https://www.ordederapothekers.be/nl/adviezen/beroepsgeheim-wet-met-wijziging-van-artikel-458bis-sw"
            ),
            GPSKit.LegalSource(
                id: "gwh-163-2013",
                title: "Grondwettelijk Hof 163/2013, etaamb",
                url: "https://etaamb.openjustice.be/fr/arret_n2013206889.html"
            ),
            GPSKit.LegalSource(
                id: "gwh-127-2013",
                title: "Grondwettelijk Hof 127/2013, etaamb",
                url: "http://www.etaamb.be/fr/loi_n2013205462.html"
            ),
            GPSKit.LegalSource(
                id: "wet-2022-seksueel",
                title: "Wet van 21 maart 2022 (seksueel strafrecht), etaamb",
                url: "https://etaamb.openjustice.be/nl/wet-van-21-maart-2022_n2022031330.html"
            ),
            GPSKit.LegalSource(
                id: "om-col4-2018",
                title: "Openbaar Ministerie, COL 4/2018 Casusoverleg en beroepsgeheim",
                url: "https://www.om-mp.be/nl/article/col-42018-casusoverleg-beroepsgeheim"
            ),
            GPSKit.LegalSource(
                id: "vvsg-2017",
                title: "VVSG nieuws 2017 over casusoverleg",
                url: "http://www.vvsg.be/nieuws/Paginas/Parlement-keurt-wet-goed-waardoor-het-beroepsgeheim-niet-langer-geschonden-wordt-bij-casusoverleg-.aspx"
            ),
            GPSKit.LegalSource(
                id: "klinpsy-cp422",
                title: "Code pénal, De quelques abstentions coupables (cursussite klinische psychologie)",
                url: "http://users.myonline.be/allemeesch/KlinPsy/wettekst/CP-422.htm"
            ),
            GPSKit.LegalSource(
                id: "rechtswijzer",
                title: "rechtswijzer.be, Schuldig verzuim",
                url: "http://rechtswijzer.be/het-recht/strafrecht/overzicht-van-misdrijven/misdrijven-tegen-personen/schuldig-verzuim"
            ),
            GPSKit.LegalSource(
                id: "elfri-verzuim",
                title: "elfri.be, Schuldig verzuim",
                url: "http://www.elfri.be/schuldig-verzuim"
            ),
            GPSKit.LegalSource(
                id: "servilex",
                title: "servilex.be, Horen, zien & zwijgen",
                url: "https://servilex.be/12-blogposts/147-horen-zien-zwijgen"
            ),
            GPSKit.LegalSource(
                id: "strafrechtspecialist",
                title: "destrafrechtspecialist.be, Schuldig verzuim",
                url: "https://www.destrafrechtspecialist.be/schuldig-verzuim/"
            ),
            GPSKit.LegalSource(
                id: "jeugdzorg-verzuim",
                title: "Jeugdzorg in de ban van schuldig hulpverzuim",
                url: "https://5dok.net/document/y6e9x1v7-jeugdzorg-in-de-ban-van-schuldig-hulpverzuim.html"
            ),
            GPSKit.LegalSource(
                id: "compsy-noodtoestand",
                title: "Psychologencommissie, noodtoestand",
                url: "https://www.compsy.be/nl/noodtoestand"
            ),
            GPSKit.LegalSource(
                id: "wolterskluwer-book1",
                title: "Wolters Kluwer, overzicht van boek I van het nieuwe Strafwetboek",
                url: "https://www.wolterskluwer.com/nl-be/expert-insights/new-penal-code"
            ),
            GPSKit.LegalSource(
                id: "sociaalnet",
                title: "Sociaal.Net, Beroepsgeheim: acht tips",
                url: "https://sociaal.net/opinie/beroepsgeheim-acht-tips-maken-het-simpel/"
            ),
            GPSKit.LegalSource(
                id: "zorgneticuro",
                title: "Zorgnet-Icuro, vijf wegwijzers over informatiedeling",
                url: "https://www.zorgneticuro.be/nieuws/beroepsgeheim-en-informatiedeling-de-hulpverlening-vijf-wegwijzers-geven-advies"
            ),
            GPSKit.LegalSource(
                id: "compsy-samenwerking",
                title: "Psychologencommissie, samenwerking rond een cliënt",
                url: "https://compsy.be/nl/samenwerking-rond-een-client"
            ),
            GPSKit.LegalSource(
                id: "eurlex-gdpr",
                title: "EUR-Lex, Verordening (EU) 2016/679 (AVG/GDPR); niet zelf geopend",
                url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
            ),
            GPSKit.LegalSource(
                id: "artsenkrant",
                title: "Artsenkrant, persoonlijke notities en het patiëntendossier",
                url: "https://www.artsenkrant.com/actueel/behoren-persoonlijke-notities-wel-tot-het-patientendossier/article-normal-71728.html"
            ),
            GPSKit.LegalSource(
                id: "domusmedica",
                title: "Domus Medica, inzage in persoonlijke notities",
                url: "https://www.domusmedica.be/actueel/mag-een-patient-de-persoonlijke-notities-van-een-arts-inzien"
            ),
            GPSKit.LegalSource(
                id: "compsy-notities",
                title: "Psychologencommissie, persoonlijke notities",
                url: "https://www.compsy.be/nl/persoonlijke-notities"
            ),
            GPSKit.LegalSource(
                id: "elfri-32250",
                title: "elfri.be, art. 328-329 Sw. 2024 Verlating van personen",
                url: "https://elfri.be/artikel/32250-verlating-van-personen"
            ),
            GPSKit.LegalSource(
                id: "elfri-32944",
                title: "elfri.be, Onthouding van voedsel of verzorging (Sw. 2024)",
                url: "https://elfri.be/artikel/32944-onthouding-van-voedsel-of-verzorging"
            ),
            GPSKit.LegalSource(
                id: "elfri-32945",
                title: "elfri.be, Nalaten van onderhoud (Sw. 2024)",
                url: "https://elfri.be/artikel/32945-nalaten-van-onderhoud"
            )
        ]),
        extras: Swift.Array<GPSKit.ExtraRulebook>([])
    )

    static let questionnaires: GPSKit.QuestionnaireLibrary = GPSKit.QuestionnaireLibrary(
        questionnaires: Swift.Array<GPSKit.Questionnaire>([
            GPSKit.Questionnaire(
                id: "gps",
                title: GPSKit.LocalizedText(nl: "volledige route", en: "full route"),
                description: GPSKit.LocalizedText(
                    nl: "Alle vragen van de methode: stap 0 en de vier oriëntaties. Neem er de tijd voor, eventueel in meer keren.",
                    en: "Every question of the method: step 0 and the four orientations. Take your time, in several sittings if you like."
                ),
                source: GPSKit.LocalizedText(
                    nl: "De wegenkaart 'een gps bij ethische dilemma's' (handboek Thuiscompagnie, hoofdstuk 11, deel 6), naar A. Verbruggen (2007) en Stas, Verbruggen en Vlaminck (2013), Ethische knopen doorhakken in sociaal werk. Vragen in eigen woorden.",
                    en: "The road map 'a GPS for ethical dilemmas' (Thuiscompagnie handbook, chapter 11, part 6), after A. Verbruggen (2007) and Stas, Verbruggen and Vlaminck (2013), Ethische knopen doorhakken in sociaal werk. Questions in our own words."
                ),
                orientations: Swift.Array<GPSKit.Orientation>([
                    GPSKit.Orientation(
                        id: "bewust",
                        step: 0,
                        title: GPSKit.LocalizedText(nl: "Bewust omgaan", en: "Becoming aware"),
                        intro: GPSKit.LocalizedText(
                            nl: "Sta even stil voor je iets beslist. Benoem wat je voelt en waar het wringt; je oordeel mag nog even wachten.",
                            en: "Pause before you decide anything. Name what you feel and where it chafes; your judgement can wait a little."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "trigger",
                                covers: Swift.Array<Swift.String>(["K1"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat me raakt", en: "What touches me"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat raakt je in deze situatie, en wat was je eerste reactie?",
                                    en: "What touches you in this situation, and what was your first reaction?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Er is geen fout antwoord. Bijvoorbeeld: 'Ik werd boos toen ik de blauwe plek zag en wou meteen iemand bellen.'",
                                    en: "There is no wrong answer. For example: 'I got angry when I saw the bruise and wanted to call someone straight away.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "knoop",
                                covers: Swift.Array<Swift.String>(["K2"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "De knoop", en: "The knot"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Waar zit de knoop? Misschien zijn het er meer dan één.",
                                    en: "Where is the knot? There may be more than one."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een knoop is een spanning tussen twee dingen die je allebei belangrijk vindt. Bijvoorbeeld: 'Mama vroeg me te zwijgen, maar ik maak me zorgen om de kinderen.'",
                                    en: "A knot is a tension between two things that both matter to you. For example: 'Mum asked me to keep quiet, but I worry about the children.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "hamvraag",
                                covers: Swift.Array<Swift.String>(["K3"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.keyQuestion,
                                label: GPSKit.LocalizedText(nl: "Hamvraag", en: "Key question"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Op welke vraag zoek je een antwoord?",
                                    en: "Which question are you looking to answer?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Schrijf ze als een vraag die jij kan beantwoorden. Bijvoorbeeld: 'Vertel ik de school wat mama me in vertrouwen zei?'",
                                    en: "Write it as a question you can answer yourself. For example: 'Do I tell the school what mum told me in confidence?'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "overleg",
                                covers: Swift.Array<Swift.String>(["K4"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.consultation,
                                label: GPSKit.LocalizedText(nl: "Met wie ik overleg", en: "Whom I consult"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Met wie wil, kan of moet je hierover praten?",
                                    en: "Whom do you want to, can you, or must you talk this over with?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel. Denk aan je verantwoordelijke, je team of een collega die het gezin kent. Bijvoorbeeld: 'mijn verantwoordelijke'.",
                                    en: "One per line. Think of your manager, your team or a colleague who knows the family. For example: 'my manager'."
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "overleg-waarom",
                                covers: Swift.Array<Swift.String>(["K5"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Waarom met hen", en: "Why with them"),
                                prompt: GPSKit.LocalizedText(nl: "Waarom juist met hen?", en: "Why with them in particular?"),
                                help: GPSKit.LocalizedText(
                                    nl: "Wat brengen ze mee: kennis, een opdracht bij dit gezin, het vertrouwen van het gezin? Wie mee de hulp draagt, mag meer weten dan wie erbuiten staat. Bijvoorbeeld: 'Mijn verantwoordelijke begeleidt dit gezin mee.'",
                                    en: "What do they bring: knowledge, a task with this family, the family's trust? Someone who shares in the help may know more than someone outside it. For example: 'My manager supports this family with me.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "breedte",
                        step: 1,
                        title: GPSKit.LocalizedText(nl: "Breedte: de feiten", en: "Breadth: the facts"),
                        intro: GPSKit.LocalizedText(
                            nl: "Kijk rond. Wat weet je zeker, wat vermoed je, en wie heeft er belang bij wat je doet? Zo wordt je opdracht duidelijk.",
                            en: "Look around. What do you know for sure, what do you suspect, and who has a stake in what you do? That makes your task clear."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "feiten",
                                covers: Swift.Array<Swift.String>(["B1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.facts,
                                label: GPSKit.LocalizedText(nl: "Feiten", en: "Facts"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat heb je zelf gezien of gehoord dat ertoe doet?",
                                    en: "What did you see or hear yourself that matters here?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Alleen wat je kan navertellen zonder te raden, een per regel. Bijvoorbeeld: 'Sam had dinsdag een blauwe plek op zijn arm.'",
                                    en: "Only what you can retell without guessing, one per line. For example: 'Sam had a bruise on his arm on Tuesday.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "acuut-gevaar",
                                covers: Swift.Array<Swift.String>(["B1"]),
                                kind: GPSKit.QuestionKind.yesNo,
                                role: GPSKit.QuestionRole.acuteDanger,
                                label: GPSKit.LocalizedText(nl: "Acuut en ernstig gevaar", en: "Acute, serious danger"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Is iemand in dit gezin op dit moment in acuut en ernstig gevaar?",
                                    en: "Is anyone in this family in acute, serious danger right now?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Denk aan gevaar dat nu dreigt, niet aan een zorg voor later. Dan moet je hulp bieden of laten bieden, vandaag nog; dat hoeft niet de politie te zijn. Bijvoorbeeld: 'ja, hij dreigde vanavond met een mes'.",
                                    en: "Think of danger that is threatening now, not a worry for later. Then you must help, or get help, today; that need not be the police. For example: 'yes, he threatened her with a knife tonight'."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "vermoedens",
                                covers: Swift.Array<Swift.String>(["B2"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.suspicions,
                                label: GPSKit.LocalizedText(nl: "Vermoedens, geen feiten", en: "Suspicions, not facts"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "En wat vermoed je, zonder dat je het zeker weet?",
                                    en: "And what do you suspect, without knowing for sure?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "GPS houdt vermoedens apart: in je verslag staan ze nooit als feit. Bijvoorbeeld: 'Ik denk dat de blauwe plek niet van een val komt.'",
                                    en: "GPS keeps suspicions apart: your record never shows them as facts. For example: 'I think the bruise did not come from a fall.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "betrokkenen",
                                covers: Swift.Array<Swift.String>(["B3", "B4", "B5", "B10"]),
                                kind: GPSKit.QuestionKind.stakeholders,
                                role: GPSKit.QuestionRole.stakeholders,
                                label: GPSKit.LocalizedText(nl: "Betrokkenen", en: "Stakeholders"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wie is erbij betrokken, en wie draagt de gevolgen van wat jij beslist?",
                                    en: "Who is involved, and who bears the consequences of what you decide?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Denk aan het gezin, familie en buren, andere diensten, je eigen organisatie. Noem per persoon wie het is voor de cliënt, wat er voor hen op het spel staat en wat ze van jou verwachten. Bijvoorbeeld: 'de oudste dochter, 14 jaar, wil dat thuis alles rustig blijft, hoopt dat ik niets zeg'.",
                                    en: "Think of the family, relatives and neighbours, other services, your own organisation. For each, say who they are to the client, what is at stake for them and what they expect of you. For example: 'the eldest daughter, 14, wants things to stay calm at home, hopes I say nothing'."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "conflicten",
                                covers: Swift.Array<Swift.String>(["B6"]),
                                kind: GPSKit.QuestionKind.choice,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Conflicten die ik voel", en: "Conflicts I feel"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Zit je tussen twee vuren? Kies wat past.",
                                    en: "Are you caught in the middle? Pick what fits."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: de school vraagt dat je 'een oogje in het zeil houdt', terwijl het gezin je als helper vertrouwt. Dan botst je rol met wat men van je vraagt.",
                                    en: "For example: the school asks you to 'keep an eye on things' while the family trusts you as a helper. Then your role clashes with what you are asked."
                                ),
                                optional: true,
                                choices: Swift.Array<GPSKit.Choice>([
                                    GPSKit.Choice(
                                        id: "loyaliteit",
                                        label: GPSKit.LocalizedText(
                                            nl: "Loyaliteitsconflict: verschillende partijen trekken aan mij",
                                            en: "Loyalty conflict: different parties pull at me"
                                        )
                                    ),
                                    GPSKit.Choice(
                                        id: "rol",
                                        label: GPSKit.LocalizedText(
                                            nl: "Rollenconflict: mijn rol botst met wat men van mij vraagt",
                                            en: "Role conflict: my role clashes with what I am asked to do"
                                        )
                                    ),
                                    GPSKit.Choice(
                                        id: "belang",
                                        label: GPSKit.LocalizedText(
                                            nl: "Belangenconflict: wat de een helpt, schaadt de ander",
                                            en: "Conflict of interests: what helps one harms another"
                                        )
                                    ),
                                    GPSKit.Choice(id: "geen", label: GPSKit.LocalizedText(nl: "Geen van deze", en: "None of these"))
                                ]),
                                multiple: true,
                                allowOther: true,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "rekening-houden",
                                covers: Swift.Array<Swift.String>(["B7"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Hoeveel ruimte ik daaraan geef", en: "How much room I give it"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "In hoeverre wil of kan je met die verwachtingen rekening houden?",
                                    en: "How far do you want to, or can you, take those expectations into account?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Ik kan de school zeggen dat er hulp is, maar niet wat mama me vertelde.'",
                                    en: "For example: 'I can tell the school there is help, but not what mum told me.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "ondersteunen",
                                covers: Swift.Array<Swift.String>(["B8"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Hoe ik het hele gezin steun", en: "How I support the whole family"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Hoe kan je steun bieden aan elk lid van het gezin, ook aan wie je minder ziet?",
                                    en: "How can you support every member of the family, including the ones you see less?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Ik blijf op de vaste dagen komen, zodat de kinderen weten waar ze aan toe zijn.'",
                                    en: "For example: 'I keep coming on the usual days, so the children know where they stand.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "vraag-gezin",
                                covers: Swift.Array<Swift.String>(["B9"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.familyRequest,
                                label: GPSKit.LocalizedText(nl: "Wat het gezin vraagt", en: "What the family asks"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat vraagt het gezin, de cliënt, van jou?",
                                    en: "What does the family, the client, ask of you?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Dat ik blijf helpen met het huishouden en niemand iets vertel.'",
                                    en: "For example: 'That I keep helping with the household and tell no one.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "vraag-organisatie",
                                covers: Swift.Array<Swift.String>(["B9"]),
                                kind: GPSKit.QuestionKind.text,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat mijn organisatie vraagt", en: "What my organisation asks"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat vraagt je eigen organisatie?",
                                    en: "What does your own organisation ask?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Dat ik zorgen meld aan mijn verantwoordelijke en de afspraken van de dienst volg.'",
                                    en: "For example: 'That I report concerns to my manager and follow the service's agreements.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "vraag-samenleving",
                                covers: Swift.Array<Swift.String>(["B9"]),
                                kind: GPSKit.QuestionKind.text,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat de samenleving vraagt", en: "What society asks"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "En wat verwacht de samenleving: de wet, de buurt, andere instanties?",
                                    en: "And what does society expect: the law, the neighbourhood, other agencies?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Dat kinderen beschermd worden, en dat hulpverleners hun beroepsgeheim respecteren.'",
                                    en: "For example: 'That children are protected, and that helpers keep their professional secrecy.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "hoogte",
                        step: 2,
                        title: GPSKit.LocalizedText(nl: "Hoogte: de normen", en: "Height: the norms"),
                        intro: GPSKit.LocalizedText(
                            nl: "Welke regels gelden hier, en hoeveel ruimte laten ze je? Een regel lost een dilemma niet op, maar je moet hem wel kennen.",
                            en: "Which rules apply here, and how much room do they leave you? A rule does not solve a dilemma, but you do need to know it."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "wetgeving",
                                covers: Swift.Array<Swift.String>(["H1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.norms,
                                label: GPSKit.LocalizedText(nl: "Wetten, codes en rechten", en: "Laws, codes and rights"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke wetten, beroepscodes of rechten wegen hier door?",
                                    en: "Which laws, professional codes or rights weigh in here?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel, zo precies als je kan. Bijvoorbeeld: 'art. 458 Sw. (beroepsgeheim)', 'art. 458bis Sw. (spreekrecht)', 'art. 422bis Sw. (schuldig hulpverzuim)', 'de rechten van het kind'. Het nieuwe Strafwetboek van 2024 nummert anders; schrijf gerust het nummer dat jij kent.",
                                    en: "One per line, as precisely as you can. For example: 'art. 458 Sw. (professional secrecy)', 'art. 458bis Sw. (right to speak)', 'art. 422bis Sw. (failure to help)', 'the rights of the child'. The new Criminal Code of 2024 numbers differently; just write the number you know."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "andere-regels",
                                covers: Swift.Array<Swift.String>(["H2"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Andere regels en afspraken", en: "Other rules and agreements"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Spelen er nog andere regels mee, zoals afspraken of procedures van je organisatie?",
                                    en: "Are other rules at play, such as your organisation's agreements or procedures?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Onze dienst vraagt dat ik een zorg altijd eerst met mijn verantwoordelijke bespreek.'",
                                    en: "For example: 'Our service asks me to always discuss a concern with my manager first.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "onduidelijk",
                                covers: Swift.Array<Swift.String>(["H3"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Waar de regel twijfel laat", en: "Where the rule leaves doubt"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Waar laat de regel twijfel, of kan je hem op meer manieren lezen?",
                                    en: "Where does the rule leave doubt, or can it be read in more than one way?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Is dit al ernstig en dreigend gevaar, of nog niet?'",
                                    en: "For example: 'Is this already serious and imminent danger, or not yet?'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "beperkend",
                                covers: Swift.Array<Swift.String>(["H4"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Waar de regel me beperkt", en: "Where the rule limits me"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Waar houdt de regel je tegen of bindt hij je handen?",
                                    en: "Where does the rule hold you back or tie your hands?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Ik mag de school niet vertellen wat mama me toevertrouwde.'",
                                    en: "For example: 'I may not tell the school what mum confided in me.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "marge",
                                covers: Swift.Array<Swift.String>(["H5"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "De ruimte die ik heb", en: "The room I have"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Hoeveel ruimte laat de regel je om zelf te oordelen?",
                                    en: "How much room does the rule leave you to judge for yourself?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Dat heet je discretionaire ruimte: vrijheid binnen de wet, waarover je verantwoording aflegt. Bijvoorbeeld: 'Ik mag zwijgen, en ik mag spreken als een kind ernstig in gevaar is.'",
                                    en: "This is called discretionary room: freedom within the law that you account for. For example: 'I may stay silent, and I may speak if a child is in serious danger.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "norm-juist",
                                covers: Swift.Array<Swift.String>(["H6"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Klopt de norm hier?", en: "Is the norm right here?"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Hoe sta je zelf tegenover die regels: zijn ze in deze situatie ook juist?",
                                    en: "Where do you stand on those rules: are they also right in this situation?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een regel volgen kan soms onrechtvaardig aanvoelen. Bijvoorbeeld: 'Zwijgen voelt hier alsof ik de kinderen laat vallen.'",
                                    en: "Following a rule can sometimes feel unjust. For example: 'Staying silent feels like letting the children down.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "diepte",
                        step: 3,
                        title: GPSKit.LocalizedText(nl: "Diepte: waarachtigheid", en: "Depth: truthfulness"),
                        intro: GPSKit.LocalizedText(
                            nl: "Nu gaat het over jou: wat vind je waardevol, en waar kan je als professional echt achter staan?",
                            en: "Now it is about you: what do you value, and what can you truly stand behind as a professional?"
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "waarden",
                                covers: Swift.Array<Swift.String>(["D1"]),
                                kind: GPSKit.QuestionKind.choice,
                                role: GPSKit.QuestionRole.values,
                                label: GPSKit.LocalizedText(nl: "Waarden die op het spel staan", en: "Values at stake"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke waarden komen hier in het gedrang of botsen met elkaar?",
                                    en: "Which values are under threat here, or clash with each other?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Kies er zoveel als je wil en voeg eigen waarden toe. Bijvoorbeeld: '3, 4, loyaliteit' voor veiligheid, vertrouwen en loyaliteit.",
                                    en: "Pick as many as you like and add your own. For example: '3, 4, loyalty' for safety, trust and loyalty."
                                ),
                                optional: false,
                                choices: Swift.Array<GPSKit.Choice>([
                                    GPSKit.Choice(
                                        id: "waarachtigheid",
                                        label: GPSKit.LocalizedText(nl: "waarachtigheid", en: "truthfulness")
                                    ),
                                    GPSKit.Choice(id: "integriteit", label: GPSKit.LocalizedText(nl: "integriteit", en: "integrity")),
                                    GPSKit.Choice(id: "veiligheid", label: GPSKit.LocalizedText(nl: "veiligheid", en: "safety")),
                                    GPSKit.Choice(id: "vertrouwen", label: GPSKit.LocalizedText(nl: "vertrouwen", en: "trust")),
                                    GPSKit.Choice(id: "autonomie", label: GPSKit.LocalizedText(nl: "autonomie", en: "autonomy")),
                                    GPSKit.Choice(id: "gezondheid", label: GPSKit.LocalizedText(nl: "gezondheid", en: "health"))
                                ]),
                                multiple: true,
                                allowOther: true,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "waardendilemma",
                                covers: Swift.Array<Swift.String>(["D1"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Het waardendilemma", en: "The value dilemma"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Botsen er twee waarden? Beschrijf het dilemma in je eigen woorden.",
                                    en: "Do two values collide? Describe the dilemma in your own words."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'De veiligheid van Sam tegenover het vertrouwen dat mama in mij stelt.'",
                                    en: "For example: 'Sam's safety against the trust mum puts in me.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "goed-juist",
                                covers: Swift.Array<Swift.String>(["D2"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Goed, juist en onaanvaardbaar", en: "Good, right and unacceptable"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat vind je hier goed, wat juist, en wat kan voor jou echt niet?",
                                    en: "What do you find good here, what right, and what is truly not acceptable to you?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Goed: dat mama hulp zoekt. Juist: dat de kinderen veilig zijn. Kan niet: dat ik wegkijk.'",
                                    en: "For example: 'Good: that mum seeks help. Right: that the children are safe. Not acceptable: that I look away.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "rechtvaardig",
                                covers: Swift.Array<Swift.String>(["D3"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat ik rechtvaardig vind", en: "What I find just"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat zou in deze situatie eerlijk zijn tegenover iedereen?",
                                    en: "What would be fair to everyone in this situation?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Dat papa ook hulp krijgt en niet alleen als dader bekeken wordt.'",
                                    en: "For example: 'That dad gets help too and is not only seen as the one to blame.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "goede-keuze",
                                covers: Swift.Array<Swift.String>(["D4"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Mijn goede keuze", en: "My good choice"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat is voor jou de goede keuze, en waaraan kan jij je als professional echt verbinden?",
                                    en: "What is the good choice for you, and what can you truly commit to as a professional?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Ik bespreek het met mama en help haar om zelf hulp te vragen.'",
                                    en: "For example: 'I talk it over with mum and help her ask for help herself.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "socratische-vraag",
                                covers: Swift.Array<Swift.String>(["D5"]),
                                kind: GPSKit.QuestionKind.text,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Socratische vraag", en: "Socratic question"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wil je dieper gaan, met een collega of je groep? Noteer één grote vraag die bij dit voorval hoort.",
                                    en: "Want to go deeper, with a colleague or your group? Note one big question that belongs to this incident."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een Socratisch gesprek zoekt begrip, geen oplossing: neem tijd, luister, denk mee met 'ja, en'. Bijvoorbeeld: 'Wanneer mag je een geheim doorvertellen?'",
                                    en: "A Socratic dialogue seeks understanding, not a solution: take time, listen, think along with 'yes, and'. For example: 'When may you pass on a secret?'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "waaroms",
                                covers: Swift.Array<Swift.String>(["D5"]),
                                kind: GPSKit.QuestionKind.list,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "De redenen eronder", en: "The reasons beneath"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke redenen, motieven of overtuigingen vond je toen je telkens opnieuw 'waarom?' vroeg?",
                                    en: "Which reasons, motives or beliefs did you find by asking 'why?' again and again?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel. Bijvoorbeeld: 'Omdat een kind zichzelf niet kan beschermen.'",
                                    en: "One per line. For example: 'Because a child cannot protect itself.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "oordeel",
                        step: 4,
                        title: GPSKit.LocalizedText(nl: "De knoop doorhakken", en: "Making the call"),
                        intro: GPSKit.LocalizedText(
                            nl: "Je hebt alles op een rij. Nu kies je, en je maakt je keuze waar met een plan.",
                            en: "You have everything lined up. Now you choose, and make your choice real with a plan."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "overleg-gedaan",
                                covers: Swift.Array<Swift.String>(["K4"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.consulted,
                                label: GPSKit.LocalizedText(nl: "Overleg dat gebeurde", en: "Consultations that took place"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Met wie heb je intussen overlegd, en wat kwam eruit?",
                                    en: "Whom have you consulted since, and what came of it?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel: met wie, en wat je ervan meenam. Bijvoorbeeld: 'Griet: ze steunt mijn plan, en ik bel haar als het gevaar groter wordt.'",
                                    en: "One per line: with whom, and what you took from it. For example: 'Griet: she backs my plan, and I call her if the danger grows.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "argumenten",
                                covers: Swift.Array<Swift.String>(["O1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.arguments,
                                label: GPSKit.LocalizedText(nl: "Doorslaggevende argumenten", en: "Decisive arguments"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke argumenten uit de vorige stappen geven de doorslag?",
                                    en: "Which arguments from the earlier steps tip the balance?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel. Bijvoorbeeld: 'Mama wil zelf hulp, als ze er niet alleen voor staat.'",
                                    en: "One per line. For example: 'Mum wants help herself, as long as she is not alone in it.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "wenselijk",
                                covers: Swift.Array<Swift.String>(["O2"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat wenselijk is", en: "What is desirable"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat zou je het liefst zien gebeuren?",
                                    en: "What would you most like to see happen?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Dat het gezin samen hulp zoekt en de kinderen veilig thuis kunnen blijven.'",
                                    en: "For example: 'That the family seeks help together and the children can stay safely at home.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "haalbaar",
                                covers: Swift.Array<Swift.String>(["O3"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat haalbaar is", en: "What is feasible"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat is, eerlijk bekeken, haalbaar in deze casus?",
                                    en: "What, honestly, is feasible in this case?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Een gesprek met mama deze week, samen met mijn verantwoordelijke.'",
                                    en: "For example: 'A talk with mum this week, together with my manager.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "alternatieven",
                                covers: Swift.Array<Swift.String>(["O3"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.alternatives,
                                label: GPSKit.LocalizedText(nl: "Andere wegen die ik afwoog", en: "Other ways I weighed"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke andere wegen woog je af, en waarom koos je ze niet?",
                                    en: "Which other ways did you weigh, and why not those?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel: de weg, en waarom niet. Bijvoorbeeld: 'Meteen het parket bellen — Ilse zou dichtklappen en de hulp stopzetten.'",
                                    en: "One per line: the way, and why not. For example: 'Call the prosecutor at once — Ilse would close up and end the help.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "beslissing",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: GPSKit.QuestionRole.decision,
                                label: GPSKit.LocalizedText(nl: "Mijn beslissing", en: "My decision"),
                                prompt: GPSKit.LocalizedText(nl: "Wat beslis je?", en: "What do you decide?"),
                                help: GPSKit.LocalizedText(
                                    nl: "Schrijf het zo dat je het aan het gezin en aan je team kan uitleggen. Bijvoorbeeld: 'Ik bespreek mijn zorg eerst met mama; zonder haar vertel ik de school niets.'",
                                    en: "Write it so you could explain it to the family and your team. For example: 'I first share my concern with mum; I tell the school nothing without her.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "kost",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.acceptedCost,
                                label: GPSKit.LocalizedText(nl: "De prijs die ik aanvaard", en: "The cost I accept"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke prijs betaal je voor deze keuze, en aanvaard je die?",
                                    en: "What does this choice cost, and do you accept that?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Elke keuze laat iets liggen. Zeg wat, zodat je team het ook ziet. Bijvoorbeeld: 'Ilse vindt het misschien moeilijk dat ik met Griet praat.'",
                                    en: "Every choice leaves something behind. Say what, so your team sees it too. For example: 'Ilse may find it hard that I talk with Griet.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "actieplan",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.actions,
                                role: GPSKit.QuestionRole.actionPlan,
                                label: GPSKit.LocalizedText(nl: "Actieplan", en: "Action plan"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Hoe maak jij je beslissing waar? Wat gebeurt er, door wie, tegen wanneer?",
                                    en: "How do you make your decision real? What happens, by whom, by when?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Kleine, haalbare stappen werken het best, met een moment om terug te kijken. Bijvoorbeeld: 'gesprek met mama — ik — donderdag — terugblik 15/12/2026'.",
                                    en: "Small, feasible steps work best, with a moment to look back. For example: 'talk with mum — me — Thursday — review 15/12/2026'."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "gezin-eerst",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.choice,
                                role: GPSKit.QuestionRole.familyInformed,
                                label: GPSKit.LocalizedText(nl: "Het gezin eerst", en: "The family first"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Bespreek jij je zorg met het gezin voor je een stap naar buiten zet?",
                                    en: "Do you talk your concern over with the family before you take any step outside?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Wie buiten het gezin over hen praat, doet dat best eerst met hen; zo houden ze inspraak en kunnen ze bezwaar maken. Bijvoorbeeld: 'Ja, dat doe ik eerst: donderdag, met mama.'",
                                    en: "If you speak about the family outside it, talk with them first; that way they keep a say and can object. For example: 'Yes, I will do that first: Thursday, with mum.'"
                                ),
                                optional: false,
                                choices: Swift.Array<GPSKit.Choice>([
                                    GPSKit.Choice(
                                        id: "al-besproken",
                                        label: GPSKit.LocalizedText(nl: "Ja, dat is al gebeurd", en: "Yes, that has already happened")
                                    ),
                                    GPSKit.Choice(
                                        id: "eerst-bespreken",
                                        label: GPSKit.LocalizedText(nl: "Ja, dat doe ik eerst", en: "Yes, I will do that first")
                                    ),
                                    GPSKit.Choice(
                                        id: "geen-stap-naar-buiten",
                                        label: GPSKit.LocalizedText(nl: "Er is geen stap naar buiten", en: "There is no step outside")
                                    ),
                                    GPSKit.Choice(
                                        id: "niet",
                                        label: GPSKit.LocalizedText(nl: "Nee, en ik weet waarom", en: "No, and I know why")
                                    )
                                ]),
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "gezin-eerst-waarom",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.text,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Waarom niet eerst met het gezin", en: "Why not with the family first"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Waarom bespreek je het niet eerst met het gezin?",
                                    en: "Why do you not talk it over with the family first?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Soms kan het niet, bijvoorbeeld als een gesprek iemand in gevaar brengt. Zeg waarom, zodat je keuze na te lezen is. Bijvoorbeeld: 'Als Wim het hoort, sluit hij de deur voor ons.'",
                                    en: "Sometimes it cannot be done, for instance when a talk would put someone in danger. Say why, so your choice can be read back. For example: 'If Wim hears it, he will shut the door on us.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: GPSKit.AskIf(question: "gezin-eerst", value: GPSKit.AskIf.Value.choice("niet"))
                            ),
                            GPSKit.Question(
                                id: "verantwoord",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.yesNo,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Kan ik dit verantwoorden?", en: "Can I account for this?"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Kan je deze keuze uitleggen aan het gezin, aan je team en aan jezelf?",
                                    en: "Could you explain this choice to the family, your team and yourself?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Is het antwoord nee, kijk dan terug naar de stap die wringt; :terug brengt je erheen. Bijvoorbeeld: 'ja'.",
                                    en: "If the answer is no, look back at the step that chafes; :back takes you there. For example: 'yes'."
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "verantwoord-waarom",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.text,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Waarom ik het nog niet kan uitleggen", en: "Why I cannot explain it yet"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat ontbreekt er nog om je keuze te kunnen uitleggen?",
                                    en: "What is still missing before you can explain your choice?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een nee is eerlijk. Noteer wat je nog moet uitzoeken of met wie je nog moet praten. Bijvoorbeeld: 'Ik weet niet of de huisarts het gevaar even groot inschat.'",
                                    en: "A no is honest. Note what you still need to find out or whom you still need to talk with. For example: 'I do not know whether the GP sees the danger the same way.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: GPSKit.AskIf(question: "verantwoord", value: GPSKit.AskIf.Value.yesNo(false))
                            )
                        ])
                    )
                ]),
                purpose: GPSKit.QuestionnairePurpose.route,
                brief: false
            ),
            GPSKit.Questionnaire(
                id: "kort",
                title: GPSKit.LocalizedText(nl: "korte route", en: "short route"),
                description: GPSKit.LocalizedText(
                    nl: "Twaalf vragen voor de avond na een zwaar bezoek, elk antwoord op één regel. De voorwaarden van de wet loop je na als je wil, nu of later; de volledige route kan ook nog.",
                    en: "Twelve questions for the evening after a hard visit, each answer on one line. You walk the conditions of the law when you want, now or later; the full route is still there too."
                ),
                source: GPSKit.LocalizedText(
                    nl: "De wegenkaart 'een gps bij ethische dilemma's' (handboek Thuiscompagnie, hoofdstuk 11, deel 6), naar A. Verbruggen (2007) en Stas, Verbruggen en Vlaminck (2013), Ethische knopen doorhakken in sociaal werk. Vragen in eigen woorden.",
                    en: "The road map 'a GPS for ethical dilemmas' (Thuiscompagnie handbook, chapter 11, part 6), after A. Verbruggen (2007) and Stas, Verbruggen and Vlaminck (2013), Ethische knopen doorhakken in sociaal werk. Questions in our own words."
                ),
                orientations: Swift.Array<GPSKit.Orientation>([
                    GPSKit.Orientation(
                        id: "bewust",
                        step: 0,
                        title: GPSKit.LocalizedText(nl: "Bewust omgaan", en: "Becoming aware"),
                        intro: GPSKit.LocalizedText(
                            nl: "Sta even stil voor je iets beslist. Benoem wat je voelt en waar het wringt; je oordeel mag nog even wachten.",
                            en: "Pause before you decide anything. Name what you feel and where it chafes; your judgement can wait a little."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "trigger",
                                covers: Swift.Array<Swift.String>(["K1"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Wat me raakt", en: "What touches me"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat raakt je in deze situatie, en wat was je eerste reactie?",
                                    en: "What touches you in this situation, and what was your first reaction?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Er is geen fout antwoord. Bijvoorbeeld: 'Ik werd boos toen ik de blauwe plek zag en wou meteen iemand bellen.'",
                                    en: "There is no wrong answer. For example: 'I got angry when I saw the bruise and wanted to call someone straight away.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "hamvraag",
                                covers: Swift.Array<Swift.String>(["K3"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.keyQuestion,
                                label: GPSKit.LocalizedText(nl: "Hamvraag", en: "Key question"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Op welke vraag zoek je een antwoord?",
                                    en: "Which question are you looking to answer?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Schrijf ze als een vraag die jij kan beantwoorden. Bijvoorbeeld: 'Vertel ik de school wat mama me in vertrouwen zei?'",
                                    en: "Write it as a question you can answer yourself. For example: 'Do I tell the school what mum told me in confidence?'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "breedte",
                        step: 1,
                        title: GPSKit.LocalizedText(nl: "Breedte: de feiten", en: "Breadth: the facts"),
                        intro: GPSKit.LocalizedText(
                            nl: "Kijk rond. Wat weet je zeker, wat vermoed je, en wie heeft er belang bij wat je doet? Zo wordt je opdracht duidelijk.",
                            en: "Look around. What do you know for sure, what do you suspect, and who has a stake in what you do? That makes your task clear."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "feiten",
                                covers: Swift.Array<Swift.String>(["B1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.facts,
                                label: GPSKit.LocalizedText(nl: "Feiten", en: "Facts"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat heb je zelf gezien of gehoord dat ertoe doet?",
                                    en: "What did you see or hear yourself that matters here?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Alleen wat je kan navertellen zonder te raden, een per regel. Bijvoorbeeld: 'Sam had dinsdag een blauwe plek op zijn arm.'",
                                    en: "Only what you can retell without guessing, one per line. For example: 'Sam had a bruise on his arm on Tuesday.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "acuut-gevaar",
                                covers: Swift.Array<Swift.String>(["B1"]),
                                kind: GPSKit.QuestionKind.yesNo,
                                role: GPSKit.QuestionRole.acuteDanger,
                                label: GPSKit.LocalizedText(nl: "Acuut en ernstig gevaar", en: "Acute, serious danger"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Is iemand in dit gezin op dit moment in acuut en ernstig gevaar?",
                                    en: "Is anyone in this family in acute, serious danger right now?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Denk aan gevaar dat nu dreigt, niet aan een zorg voor later. Dan moet je hulp bieden of laten bieden, vandaag nog; dat hoeft niet de politie te zijn. Bijvoorbeeld: 'ja, hij dreigde vanavond met een mes'.",
                                    en: "Think of danger that is threatening now, not a worry for later. Then you must help, or get help, today; that need not be the police. For example: 'yes, he threatened her with a knife tonight'."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "vermoedens",
                                covers: Swift.Array<Swift.String>(["B2"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.suspicions,
                                label: GPSKit.LocalizedText(nl: "Vermoedens, geen feiten", en: "Suspicions, not facts"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "En wat vermoed je, zonder dat je het zeker weet?",
                                    en: "And what do you suspect, without knowing for sure?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "GPS houdt vermoedens apart: in je verslag staan ze nooit als feit. Bijvoorbeeld: 'Ik denk dat de blauwe plek niet van een val komt.'",
                                    en: "GPS keeps suspicions apart: your record never shows them as facts. For example: 'I think the bruise did not come from a fall.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "betrokkenen",
                                covers: Swift.Array<Swift.String>(["B3", "B4", "B5", "B10"]),
                                kind: GPSKit.QuestionKind.stakeholders,
                                role: GPSKit.QuestionRole.stakeholders,
                                label: GPSKit.LocalizedText(nl: "Betrokkenen", en: "Stakeholders"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wie is erbij betrokken, en wie draagt de gevolgen van wat jij beslist?",
                                    en: "Who is involved, and who bears the consequences of what you decide?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Denk aan het gezin, familie en buren, andere diensten, je eigen organisatie. Noem per persoon wie het is voor de cliënt, wat er voor hen op het spel staat en wat ze van jou verwachten. Bijvoorbeeld: 'de oudste dochter, 14 jaar, wil dat thuis alles rustig blijft, hoopt dat ik niets zeg'.",
                                    en: "Think of the family, relatives and neighbours, other services, your own organisation. For each, say who they are to the client, what is at stake for them and what they expect of you. For example: 'the eldest daughter, 14, wants things to stay calm at home, hopes I say nothing'."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "hoogte",
                        step: 2,
                        title: GPSKit.LocalizedText(nl: "Hoogte: de normen", en: "Height: the norms"),
                        intro: GPSKit.LocalizedText(
                            nl: "Welke regels gelden hier, en hoeveel ruimte laten ze je? Een regel lost een dilemma niet op, maar je moet hem wel kennen.",
                            en: "Which rules apply here, and how much room do they leave you? A rule does not solve a dilemma, but you do need to know it."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "wetgeving",
                                covers: Swift.Array<Swift.String>(["H1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.norms,
                                label: GPSKit.LocalizedText(nl: "Wetten, codes en rechten", en: "Laws, codes and rights"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke wetten, beroepscodes of rechten wegen hier door?",
                                    en: "Which laws, professional codes or rights weigh in here?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel, zo precies als je kan. Bijvoorbeeld: 'art. 458 Sw. (beroepsgeheim)', 'art. 458bis Sw. (spreekrecht)', 'art. 422bis Sw. (schuldig hulpverzuim)', 'de rechten van het kind'. Het nieuwe Strafwetboek van 2024 nummert anders; schrijf gerust het nummer dat jij kent.",
                                    en: "One per line, as precisely as you can. For example: 'art. 458 Sw. (professional secrecy)', 'art. 458bis Sw. (right to speak)', 'art. 422bis Sw. (failure to help)', 'the rights of the child'. The new Criminal Code of 2024 numbers differently; just write the number you know."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "diepte",
                        step: 3,
                        title: GPSKit.LocalizedText(nl: "Diepte: waarachtigheid", en: "Depth: truthfulness"),
                        intro: GPSKit.LocalizedText(
                            nl: "Nu gaat het over jou: wat vind je waardevol, en waar kan je als professional echt achter staan?",
                            en: "Now it is about you: what do you value, and what can you truly stand behind as a professional?"
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "waarden",
                                covers: Swift.Array<Swift.String>(["D1"]),
                                kind: GPSKit.QuestionKind.choice,
                                role: GPSKit.QuestionRole.values,
                                label: GPSKit.LocalizedText(nl: "Waarden die op het spel staan", en: "Values at stake"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke waarden komen hier in het gedrang of botsen met elkaar?",
                                    en: "Which values are under threat here, or clash with each other?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Kies er zoveel als je wil en voeg eigen waarden toe. Bijvoorbeeld: '3, 4, loyaliteit' voor veiligheid, vertrouwen en loyaliteit.",
                                    en: "Pick as many as you like and add your own. For example: '3, 4, loyalty' for safety, trust and loyalty."
                                ),
                                optional: false,
                                choices: Swift.Array<GPSKit.Choice>([
                                    GPSKit.Choice(
                                        id: "waarachtigheid",
                                        label: GPSKit.LocalizedText(nl: "waarachtigheid", en: "truthfulness")
                                    ),
                                    GPSKit.Choice(id: "integriteit", label: GPSKit.LocalizedText(nl: "integriteit", en: "integrity")),
                                    GPSKit.Choice(id: "veiligheid", label: GPSKit.LocalizedText(nl: "veiligheid", en: "safety")),
                                    GPSKit.Choice(id: "vertrouwen", label: GPSKit.LocalizedText(nl: "vertrouwen", en: "trust")),
                                    GPSKit.Choice(id: "autonomie", label: GPSKit.LocalizedText(nl: "autonomie", en: "autonomy")),
                                    GPSKit.Choice(id: "gezondheid", label: GPSKit.LocalizedText(nl: "gezondheid", en: "health"))
                                ]),
                                multiple: true,
                                allowOther: true,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "oordeel",
                        step: 4,
                        title: GPSKit.LocalizedText(nl: "De knoop doorhakken", en: "Making the call"),
                        intro: GPSKit.LocalizedText(
                            nl: "Je hebt alles op een rij. Nu kies je, en je maakt je keuze waar met een plan.",
                            en: "You have everything lined up. Now you choose, and make your choice real with a plan."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "argumenten",
                                covers: Swift.Array<Swift.String>(["O1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.arguments,
                                label: GPSKit.LocalizedText(nl: "Doorslaggevende argumenten", en: "Decisive arguments"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke argumenten uit de vorige stappen geven de doorslag?",
                                    en: "Which arguments from the earlier steps tip the balance?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén per regel. Bijvoorbeeld: 'Mama wil zelf hulp, als ze er niet alleen voor staat.'",
                                    en: "One per line. For example: 'Mum wants help herself, as long as she is not alone in it.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "beslissing",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: GPSKit.QuestionRole.decision,
                                label: GPSKit.LocalizedText(nl: "Mijn beslissing", en: "My decision"),
                                prompt: GPSKit.LocalizedText(nl: "Wat beslis je?", en: "What do you decide?"),
                                help: GPSKit.LocalizedText(
                                    nl: "Schrijf het zo dat je het aan het gezin en aan je team kan uitleggen. Bijvoorbeeld: 'Ik bespreek mijn zorg eerst met mama; zonder haar vertel ik de school niets.'",
                                    en: "Write it so you could explain it to the family and your team. For example: 'I first share my concern with mum; I tell the school nothing without her.'"
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "actieplan",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.actions,
                                role: GPSKit.QuestionRole.actionPlan,
                                label: GPSKit.LocalizedText(nl: "Actieplan", en: "Action plan"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Hoe maak jij je beslissing waar? Wat gebeurt er, door wie, tegen wanneer?",
                                    en: "How do you make your decision real? What happens, by whom, by when?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Kleine, haalbare stappen werken het best, met een moment om terug te kijken. Bijvoorbeeld: 'gesprek met mama — ik — donderdag — terugblik 15/12/2026'.",
                                    en: "Small, feasible steps work best, with a moment to look back. For example: 'talk with mum — me — Thursday — review 15/12/2026'."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "gezin-eerst",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.choice,
                                role: GPSKit.QuestionRole.familyInformed,
                                label: GPSKit.LocalizedText(nl: "Het gezin eerst", en: "The family first"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Bespreek jij je zorg met het gezin voor je een stap naar buiten zet?",
                                    en: "Do you talk your concern over with the family before you take any step outside?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Wie buiten het gezin over hen praat, doet dat best eerst met hen; zo houden ze inspraak en kunnen ze bezwaar maken. Bijvoorbeeld: 'Ja, dat doe ik eerst: donderdag, met mama.'",
                                    en: "If you speak about the family outside it, talk with them first; that way they keep a say and can object. For example: 'Yes, I will do that first: Thursday, with mum.'"
                                ),
                                optional: false,
                                choices: Swift.Array<GPSKit.Choice>([
                                    GPSKit.Choice(
                                        id: "al-besproken",
                                        label: GPSKit.LocalizedText(nl: "Ja, dat is al gebeurd", en: "Yes, that has already happened")
                                    ),
                                    GPSKit.Choice(
                                        id: "eerst-bespreken",
                                        label: GPSKit.LocalizedText(nl: "Ja, dat doe ik eerst", en: "Yes, I will do that first")
                                    ),
                                    GPSKit.Choice(
                                        id: "geen-stap-naar-buiten",
                                        label: GPSKit.LocalizedText(nl: "Er is geen stap naar buiten", en: "There is no step outside")
                                    ),
                                    GPSKit.Choice(
                                        id: "niet",
                                        label: GPSKit.LocalizedText(nl: "Nee, en ik weet waarom", en: "No, and I know why")
                                    )
                                ]),
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    )
                ]),
                purpose: GPSKit.QuestionnairePurpose.route,
                brief: true
            )
        ]),
        intervisionGuides: Swift.Array<GPSKit.Questionnaire>([
            GPSKit.Questionnaire(
                id: "intervisie",
                title: GPSKit.LocalizedText(nl: "intervisie", en: "intervision"),
                description: GPSKit.LocalizedText(
                    nl: "Een groep collega's overloopt samen een bewaarde casus: wat zien zij nog, wat zouden zij beslissen, en wat beslist de eigenaar van de casus daarna?",
                    en: "A group of colleagues goes through a saved case together: what else do they see, what would they decide, and what does the case owner decide afterwards?"
                ),
                source: GPSKit.LocalizedText(
                    nl: "De wegenkaart 'een gps bij ethische dilemma's' uit het handboek Thuiscompagnie, hoofdstuk 11 (dienst en ethiek), deel 6, met het socratisch gesprek uit de oriëntatie in de diepte; zelf gebaseerd op A. Verbruggen (2007) en Stas, Verbruggen en Vlaminck (2013), Ethische knopen doorhakken in sociaal werk. De vragen voor de begeleider zijn in eigen woorden geschreven.",
                    en: "The road map 'a GPS for ethical dilemmas' from the Thuiscompagnie handbook, chapter 11 (service and ethics), part 6, with the Socratic dialogue from the orientation in depth; itself based on A. Verbruggen (2007) and Stas, Verbruggen and Vlaminck (2013), Ethische knopen doorhakken in sociaal werk. The facilitator's questions are written in our own words."
                ),
                orientations: Swift.Array<GPSKit.Orientation>([
                    GPSKit.Orientation(
                        id: "bewust",
                        step: 0,
                        title: GPSKit.LocalizedText(nl: "Bewust omgaan", en: "Becoming aware"),
                        intro: GPSKit.LocalizedText(
                            nl: "Eerst de groep, dan de casus. Lees samen wat de collega voelde en waar het wringt; oordelen mag later.",
                            en: "First the group, then the case. Read together what your colleague felt and where it chafes; judging can come later."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "begeleider",
                                covers: Swift.Array<Swift.String>(["K4"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.facilitator,
                                label: GPSKit.LocalizedText(nl: "Begeleider", en: "Facilitator"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wie begeleidt het gesprek vandaag? (naam of initialen; Enter als niemand)",
                                    en: "Who leads the conversation today? (name or initials; Enter if nobody)"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "De begeleider bewaakt de tijd en stelt de vragen. Bijvoorbeeld: 'Sara' of 'S.D.'",
                                    en: "The facilitator keeps time and asks the questions. For example: 'Sara' or 'S.D.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "deelnemers",
                                covers: Swift.Array<Swift.String>(["K4", "K5"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.participants,
                                label: GPSKit.LocalizedText(nl: "Deelnemers", en: "Participants"),
                                prompt: GPSKit.LocalizedText(nl: "Wie denkt er mee?", en: "Who is thinking along?"),
                                help: GPSKit.LocalizedText(
                                    nl: "Voornamen of initialen volstaan; wie liever anoniem blijft, wordt 'deelnemer 1', 'deelnemer 2', enzovoort. Typ dan gewoon het aantal, bijvoorbeeld 4.",
                                    en: "First names or initials are enough; whoever prefers to stay anonymous becomes 'participant 1', 'participant 2', and so on. Then just type the number, for example 4."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "knopen",
                                covers: Swift.Array<Swift.String>(["K2", "K3"]),
                                kind: GPSKit.QuestionKind.list,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Knopen die de groep ziet", en: "Knots the group sees"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Ziet de groep nog een andere knoop of een scherpere hamvraag?",
                                    en: "Does the group see another knot or a sharper key question?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Schrijf op wat de groep zegt, niet wat de collega al had. Bijvoorbeeld: 'De vraag is ook: wat verwacht de dienst van haar?'",
                                    en: "Write down what the group says, not what your colleague already had. For example: 'The question is also: what does the service expect of her?'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "breedte",
                        step: 1,
                        title: GPSKit.LocalizedText(nl: "Oriëntatie in de breedte", en: "Orientation in breadth"),
                        intro: GPSKit.LocalizedText(
                            nl: "De feiten en de mensen rond het gezin. Vraag door: wat weten we echt, en wat vermoeden we?",
                            en: "The facts and the people around the family. Ask on: what do we really know, and what do we suspect?"
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "gemiste-feiten",
                                covers: Swift.Array<Swift.String>(["B1"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.facts,
                                label: GPSKit.LocalizedText(nl: "Feiten die de groep aanvult", en: "Facts the group adds"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke feiten mist de groep nog, of wil ze nagevraagd zien?",
                                    en: "Which facts does the group still miss, or want checked?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Alleen wat gezien of gehoord is. Bijvoorbeeld: 'Wanneer kwam de partner precies thuis?'",
                                    en: "Only what was seen or heard. For example: 'When exactly did the partner come home?'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "gemiste-vermoedens",
                                covers: Swift.Array<Swift.String>(["B2"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.suspicions,
                                label: GPSKit.LocalizedText(nl: "Vermoedens die de groep noemt", en: "Suspicions the group names"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke vermoedens leven er in de groep? Ze blijven apart staan als vermoeden.",
                                    en: "Which suspicions live in the group? They stay apart, marked as suspicions."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een vermoeden is geen feit, ook niet als iedereen het deelt. Bijvoorbeeld: 'Misschien durft de oudste niet naar huis.'",
                                    en: "A suspicion is not a fact, even if everyone shares it. For example: 'Perhaps the eldest is afraid to go home.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "vergeten-betrokkenen",
                                covers: Swift.Array<Swift.String>(["B3", "B4", "B10"]),
                                kind: GPSKit.QuestionKind.list,
                                role: nil,
                                label: GPSKit.LocalizedText(nl: "Betrokkenen die de groep toevoegt", en: "Stakeholders the group adds"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wie werd vergeten in het netwerk, en wat staat er voor hen op het spel?",
                                    en: "Who was left out of the network, and what is at stake for them?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een naam of rol met een paar woorden uitleg. Bijvoorbeeld: 'De grootmoeder: zij vangt de kinderen op.'",
                                    en: "A name or role with a few words. For example: 'The grandmother: she looks after the children.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "verwachtingen",
                                covers: Swift.Array<Swift.String>(["B5", "B6", "B9"]),
                                kind: GPSKit.QuestionKind.list,
                                role: nil,
                                label: GPSKit.LocalizedText(
                                    nl: "Verwachtingen en conflicten die de groep ziet",
                                    en: "Expectations and conflicts the group sees"
                                ),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wie vraagt wat van de collega? Ziet de groep een loyaliteits- of rolconflict?",
                                    en: "Who asks what of your colleague? Does the group see a loyalty or role conflict?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Denk aan het gezin, de organisatie en de samenleving. Bijvoorbeeld: 'De dienst wil een verslag, de moeder wil stilte.'",
                                    en: "Think of the family, the organisation and society. For example: 'The service wants a report, the mother wants silence.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "hoogte",
                        step: 2,
                        title: GPSKit.LocalizedText(nl: "Oriëntatie in de hoogte", en: "Orientation in height"),
                        intro: GPSKit.LocalizedText(
                            nl: "Welke regels en rechten spelen mee, en hoeveel ruimte laten ze?",
                            en: "Which rules and rights play a part, and how much room do they leave?"
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "gemiste-normen",
                                covers: Swift.Array<Swift.String>(["H1", "H2"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.norms,
                                label: GPSKit.LocalizedText(nl: "Normen die de groep aanvult", en: "Norms the group adds"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke wet, code of afspraak ziet de groep nog?",
                                    en: "Which law, code or agreement does the group still see?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Het beroepsgeheim, art. 458 Sw.' of 'De regel van onze dienst over huisbezoeken.'",
                                    en: "For example: 'Professional secrecy, art. 458 of the Criminal Code' or 'Our service's rule on home visits.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "ruimte",
                                covers: Swift.Array<Swift.String>(["H3", "H4", "H5", "H6"]),
                                kind: GPSKit.QuestionKind.list,
                                role: nil,
                                label: GPSKit.LocalizedText(
                                    nl: "Ruimte in de regels volgens de groep",
                                    en: "Room in the rules according to the group"
                                ),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Waar is de regel onduidelijk of streng, en welke ruimte laat ze de collega?",
                                    en: "Where is the rule unclear or strict, and what room does it leave your colleague?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'De wet zegt helpen, niet per se de politie bellen.'",
                                    en: "For example: 'The law says help, not necessarily call the police.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "diepte",
                        step: 3,
                        title: GPSKit.LocalizedText(nl: "Oriëntatie in de diepte", en: "Orientation in depth"),
                        intro: GPSKit.LocalizedText(
                            nl: "Waarden, en waar mogelijk een socratisch gesprek: samen één vraag uitdiepen zonder meteen een oplossing te zoeken.",
                            en: "Values, and where possible a Socratic dialogue: deepen one question together without looking for a solution straight away."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "gemiste-waarden",
                                covers: Swift.Array<Swift.String>(["D1", "D2", "D3"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.values,
                                label: GPSKit.LocalizedText(nl: "Waarden die de groep noemt", en: "Values the group names"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke waarden ziet de groep op het spel staan of botsen?",
                                    en: "Which values does the group see at stake or clashing?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Veiligheid van de kinderen tegenover het vertrouwen van de moeder.'",
                                    en: "For example: 'The children's safety against the mother's trust.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "fundamentele-vraag",
                                covers: Swift.Array<Swift.String>(["D5"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.fundamentalQuestion,
                                label: GPSKit.LocalizedText(nl: "Fundamentele vraag", en: "Fundamental question"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Socratisch gesprek: welke fundamentele vraag, vastgemaakt aan dit voorval, wil de groep uitdiepen?",
                                    en: "Socratic dialogue: which fundamental question, tied to this incident, does the group want to explore?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Een algemene vraag die uit het concrete moment komt. Bijvoorbeeld: 'Wanneer mag je een geheim doorvertellen?' Enter slaat het gesprek over.",
                                    en: "A general question that grows out of the concrete moment. For example: 'When may you pass on a secret?' Enter skips the dialogue."
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "waaroms",
                                covers: Swift.Array<Swift.String>(["D4", "D5"]),
                                kind: GPSKit.QuestionKind.list,
                                role: GPSKit.QuestionRole.whys,
                                label: GPSKit.LocalizedText(nl: "Waarom", en: "Why"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Vraag telkens 'waarom?' en schrijf elk antwoord op. Luister, denk mee met 'ja, en', en laat de oplossing nog even liggen.",
                                    en: "Keep asking 'why?' and write down each answer. Listen, think along with 'yes, and', and leave the solution aside for now."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Het gaat om begrijpen, niet om gelijk krijgen. Bijvoorbeeld: 'Omdat vertrouwen de enige weg is om te blijven helpen.'",
                                    en: "It is about understanding, not winning. For example: 'Because trust is the only way to keep helping.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    ),
                    GPSKit.Orientation(
                        id: "oordeel",
                        step: 4,
                        title: GPSKit.LocalizedText(nl: "De knoop doorhakken", en: "Cutting the knot"),
                        intro: GPSKit.LocalizedText(
                            nl: "Iedereen zegt om beurt wat hij of zij zou beslissen en waarom. Daarna beslist de eigenaar van de casus zelf.",
                            en: "Everyone says in turn what they would decide and why. Then the case owner decides for herself."
                        ),
                        questions: Swift.Array<GPSKit.Question>([
                            GPSKit.Question(
                                id: "voorstel",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.proposalDecision,
                                label: GPSKit.LocalizedText(nl: "Voorstel", en: "Proposal"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welke beslissing zou {name} nemen?",
                                    en: "Which decision would {name} take?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Eén of twee zinnen volstaan. Alle voorstellen blijven bewaard, niet alleen het beste. Met :over sla je de rest van de ronde over.",
                                    en: "One or two sentences are enough. Every proposal is kept, not only the best one. :skip passes the rest of the round."
                                ),
                                optional: false,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "voorstel-argument",
                                covers: Swift.Array<Swift.String>(["O1"]),
                                kind: GPSKit.QuestionKind.text,
                                role: GPSKit.QuestionRole.proposalArgument,
                                label: GPSKit.LocalizedText(nl: "Doorslaggevend argument", en: "Decisive argument"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Welk argument geeft voor {name} de doorslag?",
                                    en: "Which argument decides it for {name}?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Het ene argument dat het zwaarst weegt. Bijvoorbeeld: 'De kinderen zijn niet veilig als niemand iets doet.'",
                                    en: "The one argument that weighs most. For example: 'The children are not safe if nobody acts.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "wenselijk-haalbaar",
                                covers: Swift.Array<Swift.String>(["O2", "O3"]),
                                kind: GPSKit.QuestionKind.list,
                                role: nil,
                                label: GPSKit.LocalizedText(
                                    nl: "Wenselijk en haalbaar volgens de groep",
                                    en: "Desirable and feasible according to the group"
                                ),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat vindt de groep wenselijk, en wat is in dit gezin echt haalbaar?",
                                    en: "What does the group find desirable, and what is really feasible in this family?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Bijvoorbeeld: 'Wenselijk: de moeder zelf laten bellen. Haalbaar: samen het nummer opzoeken.'",
                                    en: "For example: 'Desirable: let the mother make the call herself. Feasible: look up the number together.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "eigen-argument",
                                covers: Swift.Array<Swift.String>(["O1"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: GPSKit.QuestionRole.decisiveArgument,
                                label: GPSKit.LocalizedText(
                                    nl: "Doorslaggevend argument van de eigenaar",
                                    en: "The owner's decisive argument"
                                ),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Voor de eigenaar van de casus: welk argument uit dit gesprek weegt voor jou het zwaarst?",
                                    en: "For the case owner: which argument from this conversation weighs most for you?"
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Het mag een argument van een collega zijn. Bijvoorbeeld: 'Wat An zei: eerst met de moeder praten.'",
                                    en: "It may be a colleague's argument. For example: 'What An said: talk with the mother first.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            ),
                            GPSKit.Question(
                                id: "eigen-beslissing",
                                covers: Swift.Array<Swift.String>(["O4"]),
                                kind: GPSKit.QuestionKind.multiline,
                                role: GPSKit.QuestionRole.decision,
                                label: GPSKit.LocalizedText(nl: "Beslissing van de eigenaar", en: "The owner's decision"),
                                prompt: GPSKit.LocalizedText(
                                    nl: "Wat beslis je nu? Het mag dezelfde beslissing zijn als eerst, of een andere.",
                                    en: "What do you decide now? It may be the same decision as before, or a different one."
                                ),
                                help: GPSKit.LocalizedText(
                                    nl: "Je eerste beslissing blijft bewaard; deze komt erbij met de datum van vandaag. Bijvoorbeeld: 'Ik spreek eerst met de moeder, en bel daarna samen met haar het CAW.'",
                                    en: "Your first decision stays on record; this one is added with today's date. For example: 'I will talk with the mother first, then call the CAW together with her.'"
                                ),
                                optional: true,
                                choices: nil,
                                multiple: nil,
                                allowOther: nil,
                                askIf: nil
                            )
                        ])
                    )
                ]),
                purpose: GPSKit.QuestionnairePurpose.intervision,
                brief: false
            )
        ])
    )

    static let signals: GPSKit.TextSignals = GPSKit.TextSignals(
        phrases: Swift.Dictionary<Swift.String, Swift.Array<Swift.Array<Swift.String>>>(dictionaryLiteral:
            ("badReasons", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["straf*"]),
                Swift.Array<Swift.String>(["gestraft"]),
                Swift.Array<Swift.String>(["lesje"]),
                Swift.Array<Swift.String>(["een", "les", "leren"]),
                Swift.Array<Swift.String>(["op", "zijn", "plaats"]),
                Swift.Array<Swift.String>(["op", "haar", "plaats"]),
                Swift.Array<Swift.String>(["afrekenen"]),
                Swift.Array<Swift.String>(["mijn", "geweten"]),
                Swift.Array<Swift.String>(["geweten", "sussen"]),
                Swift.Array<Swift.String>(["gerust", "zijn"]),
                Swift.Array<Swift.String>(["gerust", "te", "zijn"]),
                Swift.Array<Swift.String>(["mezelf", "gerust"]),
                Swift.Array<Swift.String>(["punish*"]),
                Swift.Array<Swift.String>(["teach", "him", "a", "lesson"]),
                Swift.Array<Swift.String>(["teach", "her", "a", "lesson"]),
                Swift.Array<Swift.String>(["a", "lesson"]),
                Swift.Array<Swift.String>(["in", "his", "place"]),
                Swift.Array<Swift.String>(["in", "her", "place"]),
                Swift.Array<Swift.String>(["my", "conscience"]),
                Swift.Array<Swift.String>(["peace", "of", "mind"])
            ])),
            ("caseConsultation", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["casusoverleg*"]),
                Swift.Array<Swift.String>(["458ter"]),
                Swift.Array<Swift.String>(["case", "consultation*"])
            ])),
            ("clientConsultation", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["lco"]),
                Swift.Array<Swift.String>(["clientoverleg*"]),
                Swift.Array<Swift.String>(["client", "overleg"]),
                Swift.Array<Swift.String>(["lokaal", "overleg"]),
                Swift.Array<Swift.String>(["multidisciplinair*"]),
                Swift.Array<Swift.String>(["netwerkoverleg*"]),
                Swift.Array<Swift.String>(["client", "consultation"]),
                Swift.Array<Swift.String>(["network", "meeting"])
            ])),
            ("confiding", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["vertelde"]),
                Swift.Array<Swift.String>(["vertelt"]),
                Swift.Array<Swift.String>(["fluisterde"]),
                Swift.Array<Swift.String>(["fluistert"]),
                Swift.Array<Swift.String>(["vertrouwde"]),
                Swift.Array<Swift.String>(["vertrouwt"]),
                Swift.Array<Swift.String>(["toevertrouwd"]),
                Swift.Array<Swift.String>(["zei"]),
                Swift.Array<Swift.String>(["zegt"]),
                Swift.Array<Swift.String>(["bekende"]),
                Swift.Array<Swift.String>(["biechtte"]),
                Swift.Array<Swift.String>(["told"]),
                Swift.Array<Swift.String>(["tells"]),
                Swift.Array<Swift.String>(["whispered"]),
                Swift.Array<Swift.String>(["confided"]),
                Swift.Array<Swift.String>(["said"]),
                Swift.Array<Swift.String>(["says"])
            ])),
            ("consultation", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["lco"]),
                Swift.Array<Swift.String>(["clientoverleg*"]),
                Swift.Array<Swift.String>(["client", "overleg"]),
                Swift.Array<Swift.String>(["lokaal", "overleg"]),
                Swift.Array<Swift.String>(["client", "consultation"]),
                Swift.Array<Swift.String>(["local", "client", "consultation"])
            ])),
            ("control", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["oogje", "in", "het", "zeil"]),
                Swift.Array<Swift.String>(["in", "de", "gaten", "houden"]),
                Swift.Array<Swift.String>(["in", "het", "oog", "houden"]),
                Swift.Array<Swift.String>(["rapporte*"]),
                Swift.Array<Swift.String>(["verslag", "uitbrengen"]),
                Swift.Array<Swift.String>(["verslag", "uit", "te", "brengen"]),
                Swift.Array<Swift.String>(["op", "de", "hoogte", "houden"]),
                Swift.Array<Swift.String>(["op", "de", "hoogte", "brengt"]),
                Swift.Array<Swift.String>(["op", "de", "hoogte", "breng"]),
                Swift.Array<Swift.String>(["laten", "weten"]),
                Swift.Array<Swift.String>(["laat", "weten"]),
                Swift.Array<Swift.String>(["controle*"]),
                Swift.Array<Swift.String>(["meekijken"]),
                Swift.Array<Swift.String>(["keep", "an", "eye"]),
                Swift.Array<Swift.String>(["keep", "watch"]),
                Swift.Array<Swift.String>(["report*"]),
                Swift.Array<Swift.String>(["keep", "her", "posted"]),
                Swift.Array<Swift.String>(["keep", "him", "posted"]),
                Swift.Array<Swift.String>(["let", "her", "know"]),
                Swift.Array<Swift.String>(["let", "him", "know"]),
                Swift.Array<Swift.String>(["monitor*"]),
                Swift.Array<Swift.String>(["verslag"]),
                Swift.Array<Swift.String>(["verslagen"]),
                Swift.Array<Swift.String>(["verslagje"]),
                Swift.Array<Swift.String>(["schriftelijk", "verslag"]),
                Swift.Array<Swift.String>(["rapport"]),
                Swift.Array<Swift.String>(["rapportje"]),
                Swift.Array<Swift.String>(["hoe", "het", "gaat"]),
                Swift.Array<Swift.String>(["doorgeven"]),
                Swift.Array<Swift.String>(["doorgeeft"]),
                Swift.Array<Swift.String>(["melden"]),
                Swift.Array<Swift.String>(["meldt"]),
                Swift.Array<Swift.String>(["written", "report"]),
                Swift.Array<Swift.String>(["how", "it", "goes"]),
                Swift.Array<Swift.String>(["pass", "on"])
            ])),
            ("danger", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["mes"]),
                Swift.Array<Swift.String>(["messen"]),
                Swift.Array<Swift.String>(["wapen*"]),
                Swift.Array<Swift.String>(["wurg*"]),
                Swift.Array<Swift.String>(["gewurgd"]),
                Swift.Array<Swift.String>(["zelfmoord*"]),
                Swift.Array<Swift.String>(["suicid*"]),
                Swift.Array<Swift.String>(["levensgevaar*"]),
                Swift.Array<Swift.String>(["bewusteloos"]),
                Swift.Array<Swift.String>(["doodsbedreig*"]),
                Swift.Array<Swift.String>(["acuut", "gevaar"]),
                Swift.Array<Swift.String>(["ernstig", "gevaar"]),
                Swift.Array<Swift.String>(["knife"]),
                Swift.Array<Swift.String>(["knives"]),
                Swift.Array<Swift.String>(["weapon*"]),
                Swift.Array<Swift.String>(["strangl*"]),
                Swift.Array<Swift.String>(["unconscious"]),
                Swift.Array<Swift.String>(["life", "threatening"]),
                Swift.Array<Swift.String>(["threatened", "to", "kill"])
            ])),
            ("doctor", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["huisarts*"]),
                Swift.Array<Swift.String>(["dokter*"]),
                Swift.Array<Swift.String>(["arts"]),
                Swift.Array<Swift.String>(["psychiater*"]),
                Swift.Array<Swift.String>(["psycholoog*"]),
                Swift.Array<Swift.String>(["verpleeg*"]),
                Swift.Array<Swift.String>(["thuisverpleg*"]),
                Swift.Array<Swift.String>(["vroedvrouw*"]),
                Swift.Array<Swift.String>(["kinesist*"]),
                Swift.Array<Swift.String>(["doctor*"]),
                Swift.Array<Swift.String>(["gp"]),
                Swift.Array<Swift.String>(["general", "practitioner"]),
                Swift.Array<Swift.String>(["nurse*"]),
                Swift.Array<Swift.String>(["psychiatrist*"]),
                Swift.Array<Swift.String>(["psychologist*"]),
                Swift.Array<Swift.String>(["midwife"])
            ])),
            ("emergency", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["112"]),
                Swift.Array<Swift.String>(["101"]),
                Swift.Array<Swift.String>(["politie*"]),
                Swift.Array<Swift.String>(["police"]),
                Swift.Array<Swift.String>(["ambulance*"]),
                Swift.Array<Swift.String>(["spoed*"]),
                Swift.Array<Swift.String>(["hulpdienst*"]),
                Swift.Array<Swift.String>(["noodnummer*"]),
                Swift.Array<Swift.String>(["noodcentrale"]),
                Swift.Array<Swift.String>(["brandweer"]),
                Swift.Array<Swift.String>(["emergency"]),
                Swift.Array<Swift.String>(["emergency", "services"])
            ])),
            ("forcedHelp", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["jeugdrechter*"]),
                Swift.Array<Swift.String>(["jeugdrechtbank*"]),
                Swift.Array<Swift.String>(["ocj"]),
                Swift.Array<Swift.String>(["sdj"]),
                Swift.Array<Swift.String>(["sociale", "dienst", "jeugdrechtbank"]),
                Swift.Array<Swift.String>(["jeugdconsulent*"]),
                Swift.Array<Swift.String>(["consulent*"]),
                Swift.Array<Swift.String>(["justitiehuis*"]),
                Swift.Array<Swift.String>(["justitieassistent*"]),
                Swift.Array<Swift.String>(["probatie*"]),
                Swift.Array<Swift.String>(["parket"]),
                Swift.Array<Swift.String>(["politie*"]),
                Swift.Array<Swift.String>(["gevangenis*"]),
                Swift.Array<Swift.String>(["youth", "court"]),
                Swift.Array<Swift.String>(["probation*"]),
                Swift.Array<Swift.String>(["police"]),
                Swift.Array<Swift.String>(["court"])
            ])),
            ("negation", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["niet"]),
                Swift.Array<Swift.String>(["nooit"]),
                Swift.Array<Swift.String>(["geen"]),
                Swift.Array<Swift.String>(["niets"]),
                Swift.Array<Swift.String>(["zonder"]),
                Swift.Array<Swift.String>(["not"]),
                Swift.Array<Swift.String>(["never"]),
                Swift.Array<Swift.String>(["no"]),
                Swift.Array<Swift.String>(["nothing"]),
                Swift.Array<Swift.String>(["without"])
            ])),
            ("now", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["vandaag"]),
                Swift.Array<Swift.String>(["nu"]),
                Swift.Array<Swift.String>(["meteen"]),
                Swift.Array<Swift.String>(["onmiddellijk"]),
                Swift.Array<Swift.String>(["direct"]),
                Swift.Array<Swift.String>(["dadelijk"]),
                Swift.Array<Swift.String>(["vanavond"]),
                Swift.Array<Swift.String>(["vanmiddag"]),
                Swift.Array<Swift.String>(["binnen", "het", "uur"]),
                Swift.Array<Swift.String>(["zo", "snel", "mogelijk"]),
                Swift.Array<Swift.String>(["today"]),
                Swift.Array<Swift.String>(["now"]),
                Swift.Array<Swift.String>(["immediately"]),
                Swift.Array<Swift.String>(["right", "away"]),
                Swift.Array<Swift.String>(["tonight"]),
                Swift.Array<Swift.String>(["this", "afternoon"]),
                Swift.Array<Swift.String>(["within", "the", "hour"]),
                Swift.Array<Swift.String>(["as", "soon", "as", "possible"]),
                Swift.Array<Swift.String>(["asap"])
            ])),
            ("option.abandonment", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["alleen", "gelaten"]),
                Swift.Array<Swift.String>(["alleen", "achtergelaten"]),
                Swift.Array<Swift.String>(["achtergelaten"]),
                Swift.Array<Swift.String>(["verlaten"]),
                Swift.Array<Swift.String>(["in", "de", "steek", "gelaten"]),
                Swift.Array<Swift.String>(["left", "alone"]),
                Swift.Array<Swift.String>(["abandoned"])
            ])),
            ("option.abuse-images", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["kinderporno*"]),
                Swift.Array<Swift.String>(["naaktfoto*"]),
                Swift.Array<Swift.String>(["naaktbeeld*"]),
                Swift.Array<Swift.String>(["seksuele", "beelden"]),
                Swift.Array<Swift.String>(["beelden", "van", "misbruik"]),
                Swift.Array<Swift.String>(["child", "pornography"]),
                Swift.Array<Swift.String>(["nude", "pictures"]),
                Swift.Array<Swift.String>(["abuse", "images"])
            ])),
            ("option.deprivation", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["geen", "eten"]),
                Swift.Array<Swift.String>(["honger"]),
                Swift.Array<Swift.String>(["ondervoed*"]),
                Swift.Array<Swift.String>(["uitgedroogd*"]),
                Swift.Array<Swift.String>(["vuile", "luier*"]),
                Swift.Array<Swift.String>(["doorligwond*"]),
                Swift.Array<Swift.String>(["geen", "zorg"]),
                Swift.Array<Swift.String>(["onthoud*"]),
                Swift.Array<Swift.String>(["no", "food"]),
                Swift.Array<Swift.String>(["hungry"]),
                Swift.Array<Swift.String>(["malnourish*"]),
                Swift.Array<Swift.String>(["dehydrat*"]),
                Swift.Array<Swift.String>(["bedsore*"])
            ])),
            ("option.mutilation", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["besnijd*"]),
                Swift.Array<Swift.String>(["verminking"]),
                Swift.Array<Swift.String>(["genital", "mutilation"]),
                Swift.Array<Swift.String>(["cutting"])
            ])),
            ("option.neglect", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["verwaarloos*"]),
                Swift.Array<Swift.String>(["verwaarlozing"]),
                Swift.Array<Swift.String>(["neglect*"])
            ])),
            ("option.sexual", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["misbruik*"]),
                Swift.Array<Swift.String>(["aanrand*"]),
                Swift.Array<Swift.String>(["verkracht*"]),
                Swift.Array<Swift.String>(["seksueel*"]),
                Swift.Array<Swift.String>(["seksuele"]),
                Swift.Array<Swift.String>(["betast*"]),
                Swift.Array<Swift.String>(["ongewenst", "aangeraakt"]),
                Swift.Array<Swift.String>(["sexual*"]),
                Swift.Array<Swift.String>(["abuse*"]),
                Swift.Array<Swift.String>(["rape*"]),
                Swift.Array<Swift.String>(["molest*"])
            ])),
            ("option.trafficking", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["mensenhandel"]),
                Swift.Array<Swift.String>(["uitbuiting"]),
                Swift.Array<Swift.String>(["uitgebuit"]),
                Swift.Array<Swift.String>(["trafficking"]),
                Swift.Array<Swift.String>(["exploited"]),
                Swift.Array<Swift.String>(["exploitation"])
            ])),
            ("option.violence", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["slaat"]),
                Swift.Array<Swift.String>(["sloeg"]),
                Swift.Array<Swift.String>(["slagen"]),
                Swift.Array<Swift.String>(["geslagen"]),
                Swift.Array<Swift.String>(["slaan"]),
                Swift.Array<Swift.String>(["klap*"]),
                Swift.Array<Swift.String>(["schop*"]),
                Swift.Array<Swift.String>(["schopt"]),
                Swift.Array<Swift.String>(["stomp*"]),
                Swift.Array<Swift.String>(["mishandel*"]),
                Swift.Array<Swift.String>(["verwond*"]),
                Swift.Array<Swift.String>(["wurg*"]),
                Swift.Array<Swift.String>(["blauwe", "plek*"]),
                Swift.Array<Swift.String>(["blauwe", "plekken"]),
                Swift.Array<Swift.String>(["geweld"]),
                Swift.Array<Swift.String>(["duwt"]),
                Swift.Array<Swift.String>(["duwde"]),
                Swift.Array<Swift.String>(["gooide"]),
                Swift.Array<Swift.String>(["hits"]),
                Swift.Array<Swift.String>(["hit"]),
                Swift.Array<Swift.String>(["beat*"]),
                Swift.Array<Swift.String>(["kick*"]),
                Swift.Array<Swift.String>(["injur*"]),
                Swift.Array<Swift.String>(["violence"]),
                Swift.Array<Swift.String>(["bruise*"]),
                Swift.Array<Swift.String>(["strangl*"])
            ])),
            ("prosecutor", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["procureur*"]),
                Swift.Array<Swift.String>(["parket"]),
                Swift.Array<Swift.String>(["prosecutor*"]),
                Swift.Array<Swift.String>(["public", "prosecutor"])
            ])),
            ("selfHarm", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["zelfmoord*"]),
                Swift.Array<Swift.String>(["suicid*"]),
                Swift.Array<Swift.String>(["zelfdoding*"]),
                Swift.Array<Swift.String>(["zichzelf", "iets", "aandoen"]),
                Swift.Array<Swift.String>(["zichzelf", "iets", "aan", "te", "doen"]),
                Swift.Array<Swift.String>(["zichzelf", "te", "doden"]),
                Swift.Array<Swift.String>(["zichzelf", "doden"]),
                Swift.Array<Swift.String>(["zelfverwond*"]),
                Swift.Array<Swift.String>(["zichzelf", "verwond*"]),
                Swift.Array<Swift.String>(["snijdt", "zichzelf"]),
                Swift.Array<Swift.String>(["snijdt", "zich"]),
                Swift.Array<Swift.String>(["einde", "aan", "haar", "leven"]),
                Swift.Array<Swift.String>(["einde", "aan", "zijn", "leven"]),
                Swift.Array<Swift.String>(["er", "niet", "meer", "willen", "zijn"]),
                Swift.Array<Swift.String>(["niet", "meer", "leven"]),
                Swift.Array<Swift.String>(["self", "harm"]),
                Swift.Array<Swift.String>(["self", "harm"]),
                Swift.Array<Swift.String>(["kill", "herself"]),
                Swift.Array<Swift.String>(["kill", "himself"]),
                Swift.Array<Swift.String>(["hurt", "herself"]),
                Swift.Array<Swift.String>(["hurt", "himself"]),
                Swift.Array<Swift.String>(["end", "her", "life"]),
                Swift.Array<Swift.String>(["end", "his", "life"])
            ])),
            ("silence", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["zwijg*"]),
                Swift.Array<Swift.String>(["niemand"]),
                Swift.Array<Swift.String>(["niets", "zeggen"]),
                Swift.Array<Swift.String>(["niets", "vertellen"]),
                Swift.Array<Swift.String>(["niet", "vertellen"]),
                Swift.Array<Swift.String>(["niet", "doorvertellen"]),
                Swift.Array<Swift.String>(["geheim", "houden"]),
                Swift.Array<Swift.String>(["onder", "ons"]),
                Swift.Array<Swift.String>(["tussen", "ons"]),
                Swift.Array<Swift.String>(["stil", "houden"]),
                Swift.Array<Swift.String>(["tell", "no", "one"]),
                Swift.Array<Swift.String>(["tell", "nobody"]),
                Swift.Array<Swift.String>(["keep", "it", "secret"]),
                Swift.Array<Swift.String>(["keep", "quiet"]),
                Swift.Array<Swift.String>(["between", "us"]),
                Swift.Array<Swift.String>(["not", "tell", "anyone"])
            ])),
            ("team", Swift.Array<Swift.Array<Swift.String>>([
                Swift.Array<Swift.String>(["team"]),
                Swift.Array<Swift.String>(["teamoverleg*"]),
                Swift.Array<Swift.String>(["collega*"]),
                Swift.Array<Swift.String>(["verantwoordelijke"]),
                Swift.Array<Swift.String>(["teamverantwoordelijke"]),
                Swift.Array<Swift.String>(["teamleider*"]),
                Swift.Array<Swift.String>(["leidinggevende"]),
                Swift.Array<Swift.String>(["colleague*"]),
                Swift.Array<Swift.String>(["team", "meeting"]),
                Swift.Array<Swift.String>(["manager"]),
                Swift.Array<Swift.String>(["team", "leader"])
            ]))
        )
    )

    static let rules: GPSKit.SecrecyRules = GPSKit.SecrecyRules(
        rules: Swift.Dictionary<Swift.String, GPSKit.SecrecyRules.Rule>(dictionaryLiteral:
            ("G1", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "elke stap die iets vertelt rust op een grond die hem dekt",
                    en: "every step that tells something rests on a ground that covers it"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Wie iets vertelt wat ze via haar werk weet, heeft daar een grond voor nodig: toestemming, gedeeld of gezamenlijk beroepsgeheim, een wettelijke uitzondering zoals art. 458bis, noodtoestand of de hulpplicht van art. 422bis. GPS toetst die grond aan jouw oordelen over zijn punten.",
                    en: "Whoever tells something she knows through her work needs a ground for it: consent, shared or joint secrecy, a statutory exception such as art. 458bis, necessity or the duty to help of art. 422bis. GPS checks that ground against your judgments of its points."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("covered", GPSKit.LocalizedText(
                        nl: "Stap {step} vertelt {names} iets op grond van {ground}: gedekt.",
                        en: "Step {step} tells {names} something on the ground of {ground}: covered."
                    )),
                    ("noGround", GPSKit.LocalizedText(
                        nl: "Stap {step} vertelt {names} iets, maar je gaf geen grond. Waarop rust het? Loop na: {alternatives}.",
                        en: "Step {step} tells {names} something, but you gave no ground. What does it rest on? Walk: {alternatives}."
                    )),
                    ("notCovered", GPSKit.LocalizedText(
                        nl: "Stap {step} vertelt {names} iets op grond van {ground}: niet gedekt. Niet voldaan: {points}. Zo zet je deze stap niet; loop na of iets anders hem dekt: {alternatives}.",
                        en: "Step {step} tells {names} something on the ground of {ground}: not covered. Not met: {points}. Do not take this step like this; walk whether something else covers it: {alternatives}."
                    )),
                    ("nothingToCover", GPSKit.LocalizedText(
                        nl: "Geen stap vertelt iemand buiten het gezin iets.",
                        en: "No step tells anyone outside the family anything."
                    )),
                    ("open", GPSKit.LocalizedText(
                        nl: "Stap {step} vertelt {names} iets op grond van {ground}: open. Nog niet vast: {points}. Beoordeel die punten, of loop een andere grond na: {alternatives}.",
                        en: "Step {step} tells {names} something on the ground of {ground}: open. Not settled yet: {points}. Judge those points, or walk another ground: {alternatives}."
                    )),
                    ("unchecked", GPSKit.LocalizedText(
                        nl: "Stap {step} vertelt {names} iets op grond van {ground}. Die plicht kan GPS niet toetsen: noteer welke wet het is en laat het nakijken.",
                        en: "Step {step} tells {names} something on the ground of {ground}. GPS cannot check that duty: note which law it is and have it checked."
                    ))
                )
            )),
            ("R1", GPSKit.SecrecyRules.Rule(
                check: false,
                title: GPSKit.LocalizedText(
                    nl: "alles wat je via je werk te weten komt, valt onder je geheim",
                    en: "everything you learn through your work falls under your secrecy"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Je beroepsgeheim dekt niet alleen wat het gezin je vertelt, maar ook wat je zelf ziet en hoort terwijl je er werkt.",
                    en: "Your secrecy covers not only what the family tells you, but also what you see and hear yourself while you work there."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>()
            )),
            ("R10", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "vrijwillige en gedwongen hulp delen geen beroepsgeheim",
                    en: "voluntary and forced help share no secrecy"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Vrijwillige hulp en hulp die opgelegd is, zijn twee verschillende contexten. Tussen beide is er geen gedeeld beroepsgeheim, bijvoorbeeld niet met de consulent van de jeugdrechtbank.",
                    en: "Voluntary help and imposed help are two different contexts. There is no shared secrecy between them, for instance not with the consultant of the youth court."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("contextUnknown", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, maar je ecogram zegt niet of die in vrijwillige of gedwongen hulp werkt. Onbekend is niet vrijwillig: zoek het uit.",
                        en: "Step {steps} shares with {names}, but your ecogram does not say whether they work in voluntary or forced help. Unknown is not voluntary: find out."
                    )),
                    ("forcedFromVoluntary", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, die in gedwongen hulp werkt, terwijl jouw hulp vrijwillig is. Tussen die twee is er geen gedeeld beroepsgeheim.",
                        en: "Step {steps} shares with {names}, who works in forced help, while your help is voluntary. There is no shared secrecy between the two."
                    )),
                    ("noSharing", GPSKit.LocalizedText(
                        nl: "Geen stap deelt iets met een andere hulpverlener.",
                        en: "No step shares anything with another helper."
                    )),
                    ("ownContextUnknown", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}, maar je ecogram zegt niet of jouw eigen hulp vrijwillig of gedwongen is. Vul het aan bij je organisatie.",
                        en: "You share with {names}, but your ecogram does not say whether your own help is voluntary or forced. Fill it in at your organisation."
                    )),
                    ("sameContext", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}, en volgens je ecogram werkt niemand van hen in een andere context dan jij.",
                        en: "You share with {names}, and according to your ecogram none of them works in another context than you."
                    )),
                    ("voluntaryFromForced", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, die in vrijwillige hulp werkt, terwijl jouw hulp gedwongen is. Tussen die twee is er geen gedeeld beroepsgeheim.",
                        en: "Step {steps} shares with {names}, who works in voluntary help, while your help is forced. There is no shared secrecy between the two."
                    ))
                )
            )),
            ("R11", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "je handelt niet op eigen houtje: je vraagt wat het gezin van je verwacht",
                    en: "you do not act on your own: you ask what the family expects of you"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Vraag het gezin wat het van jou verwacht, en zet elke stap in overleg met hen.",
                    en: "Ask the family what they expect of you, and take every step in consultation with them."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("againstRequest", GPSKit.LocalizedText(
                        nl: "{asker} vroeg je te zwijgen, en stap {step} vertelt {names} iets zonder {asker} en zonder grond. Dat gaat tegen die vraag in.",
                        en: "{asker} asked you to keep silent, and step {step} tells {names} something without {asker} and without a ground. That goes against the request."
                    )),
                    ("againstRequestCovered", GPSKit.LocalizedText(
                        nl: "{asker} vroeg je te zwijgen; stap {step} vertelt {names} toch iets, op grond van {ground}, die het dekt. Zeg {asker} eerlijk dat en waarom.",
                        en: "{asker} asked you to keep silent; step {step} still tells {names} something, on the ground of {ground}, which covers it. Tell {asker} honestly that you do and why."
                    )),
                    ("againstRequestNotCovered", GPSKit.LocalizedText(
                        nl: "{asker} vroeg je te zwijgen, en stap {step} vertelt {names} iets zonder {asker}; {ground} dekt dat niet.",
                        en: "{asker} asked you to keep silent, and step {step} tells {names} something without {asker}; {ground} does not cover that."
                    )),
                    ("againstRequestOpen", GPSKit.LocalizedText(
                        nl: "{asker} vroeg je te zwijgen, en stap {step} vertelt {names} iets zonder {asker}; of {ground} dat dekt, is nog open.",
                        en: "{asker} asked you to keep silent, and step {step} tells {names} something without {asker}; whether {ground} covers that is still open."
                    )),
                    ("familyAsked", GPSKit.LocalizedText(
                        nl: "Je noteerde wat het gezin van je vraagt. Past je stap naar buiten daarbij?",
                        en: "You noted what the family asks of you. Does your step outside fit it?"
                    )),
                    ("familyNotAsked", GPSKit.LocalizedText(
                        nl: "Stap {steps} gaat naar buiten, maar wat het gezin van je vraagt, staat nergens. Vraag het hen.",
                        en: "Step {steps} goes outside, but what the family asks of you is noted nowhere. Ask them."
                    )),
                    ("noStepOutward", GPSKit.LocalizedText(nl: "Geen stap gaat naar buiten.", en: "No step goes outside."))
                )
            )),
            ("R12", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "een nieuwe zorg breng je pas op het cliëntoverleg na een gesprek met het gezin",
                    en: "a new worry goes to the client consultation only after a talk with the family"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Op een lokaal cliëntoverleg (LCO) breng je geen nieuwe zorgen ter sprake die je niet eerst met het gezin besproken hebt.",
                    en: "At a local client consultation (LCO) you raise no new worries that you have not first talked over with the family."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("consultationFirst", GPSKit.LocalizedText(
                        nl: "Stap {step} brengt iets op een cliëntoverleg ('{phrase}') voor het gezin je zorg gehoord heeft. Bespreek het eerst met hen.",
                        en: "Step {step} takes something to a client consultation ('{phrase}') before the family has heard your worry. Talk it over with them first."
                    )),
                    ("familyFirst", GPSKit.LocalizedText(
                        nl: "Stap {step} gaat over een cliëntoverleg ('{phrase}'), en het gezin hoort je zorg eerst.",
                        en: "Step {step} is about a client consultation ('{phrase}'), and the family hears your worry first."
                    )),
                    ("maybeConsultationFirst", GPSKit.LocalizedText(
                        nl: "Stap {step} gaat over een cliëntoverleg ('{phrase}'), en een gesprek met het gezin komt niet eerst. Breng je daar iets nieuws? Bespreek het dan eerst met hen.",
                        en: "Step {step} is about a client consultation ('{phrase}'), and no talk with the family comes first. Will you raise something new there? Then talk it over with them first."
                    )),
                    ("noConsultation", GPSKit.LocalizedText(
                        nl: "Geen stap gaat over een cliëntoverleg.",
                        en: "No step is about a client consultation."
                    ))
                )
            )),
            ("R13", GPSKit.SecrecyRules.Rule(
                check: false,
                title: GPSKit.LocalizedText(
                    nl: "je bent van bij het begin open over de grenzen van je geheim",
                    en: "you are open from the start about the limits of your secrecy"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Zeg het gezin vroeg dat ze je veel mogen vertellen, maar dat je soms anderen moet betrekken, en wijs hen op de gevolgen die ze kunnen oplopen.",
                    en: "Tell the family early that they may tell you a lot, but that at times you must involve others, and point out the consequences they may face."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>()
            )),
            ("R2", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "delen met je verantwoordelijke kan, als die de hulp meedraagt",
                    en: "sharing with your manager is fine if they help carry the help"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Wat je aan je eigen verantwoordelijke vertelt, moet dit gezin helpen, en die verantwoordelijke moet zelf meewerken aan die hulp, met hetzelfde doel.",
                    en: "What you tell your own manager must help this family, and that manager must take part in the same help, with the same aim."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("noSharing", GPSKit.LocalizedText(
                        nl: "Geen stap deelt iets met je eigen organisatie.",
                        en: "No step shares anything with your own organisation."
                    )),
                    ("notInTheHelp", GPSKit.LocalizedText(
                        nl: "Stap {step} deelt met {name}, maar in je ecogram geeft {name} geen steun aan het gezin. Draagt die de hulp wel mee? Zo niet, deel dan minder of niets.",
                        en: "Step {step} shares with {name}, but in your ecogram {name} gives the family no support. Do they take part in the help? If not, share less or nothing."
                    )),
                    ("takesPart", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}, en volgens je ecogram draagt die de hulp mee.",
                        en: "You share with {names}, who according to your ecogram takes part in the help."
                    ))
                )
            )),
            ("R3", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "je team mag meedelen als het gezin dat team kent",
                    en: "your team may share if the family knows that team"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Binnen je team deel je alleen als jullie dezelfde opdracht en kijk hebben, en als het gezin van bij het begin van dat team weet.",
                    en: "Within your team you share only when you have the same task and outlook, and when the family has known from the start that the team is there."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("known", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}, en het gezin weet dat die erbij betrokken is.",
                        en: "You share with {names}, and the family knows they are involved."
                    )),
                    ("noSharing", GPSKit.LocalizedText(
                        nl: "Geen stap deelt iets met je team of organisatie.",
                        en: "No step shares anything with your team or organisation."
                    )),
                    ("notNoted", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}. Weet het gezin dat die erbij betrokken is? Je ecogram zegt het niet; vul het aan.",
                        en: "You share with {names}. Does the family know they are involved? Your ecogram does not say; fill it in."
                    )),
                    ("unknownToFamily", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, maar het gezin weet niet dat die erbij betrokken is. Vertel het gezin eerst wie er mee achter de hulp staat.",
                        en: "Step {steps} shares with {names}, but the family does not know they are involved. First tell the family who stands behind the help with you."
                    ))
                )
            )),
            ("R4", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "je laat je niet inzetten om het gezin te controleren",
                    en: "you do not let yourself be used to watch the family"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Een andere dienst mag jou niet gebruiken als controleur van het gezin, ook niet als de moeder ermee instemt: zij hangt van de hulp af en kan moeilijk nee zeggen.",
                    en: "Another service may not use you to keep watch on the family, not even with the mother's consent: she depends on the help and can hardly say no."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("asksForControl", GPSKit.LocalizedText(
                        nl: "{name} lijkt je te vragen om mee te kijken of te rapporteren ('{phrase}'). Je plan deelt niets met hen; hou dat zo, en laat je verantwoordelijke dat antwoord geven.",
                        en: "{name} seems to ask you to watch or report ('{phrase}'). Your plan shares nothing with them; keep it that way, and let your manager give that answer."
                    )),
                    ("contextUnknown", GPSKit.LocalizedText(
                        nl: "{name} lijkt je te vragen om mee te kijken of te rapporteren ('{phrase}'), en je ecogram zegt niet of die in vrijwillige of gedwongen hulp werkt. Zoek het uit voor je iets doorgeeft.",
                        en: "{name} seems to ask you to watch or report ('{phrase}'), and your ecogram does not say whether they work in voluntary or forced help. Find out before you pass anything on."
                    )),
                    ("noControlAsked", GPSKit.LocalizedText(
                        nl: "Niemand in gedwongen hulp of namens de samenleving lijkt je te vragen om mee te kijken of te rapporteren.",
                        en: "No one in forced help or speaking for society seems to ask you to watch or report."
                    )),
                    ("sharesWithController", GPSKit.LocalizedText(
                        nl: "{name} vraagt je om mee te kijken of te rapporteren ('{phrase}'), en stap {steps} deelt met hen. Zo word je hun controleur in het gezin.",
                        en: "{name} asks you to watch or report ('{phrase}'), and step {steps} shares with them. That makes you their watcher in the family."
                    ))
                )
            )),
            ("R5", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "eerst zwijg je naar buiten; je praat met het gezin, niet over hen",
                    en: "first you keep silent outside; you talk with the family, not about them"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Tegenover derden zwijg je in de eerste plaats. Wat je zorgen baart, bespreek je met het gezin zelf, vanuit verwondering en zonder oordeel.",
                    en: "Towards others you keep silent first of all. What worries you, you talk over with the family itself, out of wonder and without judgement."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("aboutNotWith", GPSKit.LocalizedText(
                        nl: "Stap {steps} vertelt {names} iets over het gezin zonder dat het gezin erbij is. Kan het samen met hen, of kan je zwijgen?",
                        en: "Step {steps} tells {names} something about the family without the family taking part. Could it happen together with them, or could you keep silent?"
                    )),
                    ("aboutNotWithConfidant", GPSKit.LocalizedText(
                        nl: "Stap {steps} vertelt {names} iets wat {confidant} je toevertrouwde, zonder dat {confidant} erbij is. Kan het samen met {confidant}, of kan je zwijgen?",
                        en: "Step {steps} tells {names} something {confidant} confided in you, without {confidant} taking part. Can it happen together with {confidant}, or can you keep silent?"
                    )),
                    ("silent", GPSKit.LocalizedText(
                        nl: "Geen stap deelt iets buiten het gezin en je organisatie.",
                        en: "No step shares anything outside the family and your organisation."
                    )),
                    ("withTheFamily", GPSKit.LocalizedText(
                        nl: "Stap {steps} vertelt iets naar buiten, maar telkens samen met wie het aangaat.",
                        en: "Step {steps} tells something outside, but each time together with the person it concerns."
                    ))
                )
            )),
            ("R6", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "eerst praat je met het gezin over je zorg, dan pas naar buiten",
                    en: "first you talk your worry over with the family, only then do you step outside"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Zet je een stap naar iemand buiten het gezin, dan heeft het gezin je zorg eerst van jou zelf gehoord.",
                    en: "When you take a step towards someone outside the family, the family has first heard your worry from you."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("alreadyTalked", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, en je zorg is al met het gezin besproken.",
                        en: "Step {steps} shares with {names}, and you have already talked your worry over with the family."
                    )),
                    ("confidantLater", GPSKit.LocalizedText(
                        nl: "Je wil het eerst met het gezin bespreken, maar stap {steps} naar {names} komt voor je gesprek met {confidant}, die het je toevertrouwde. Praat eerst met {confidant}.",
                        en: "You want to talk it over with the family first, but step {steps} to {names} comes before your talk with {confidant}, who confided it to you. Talk with {confidant} first."
                    )),
                    ("familyLater", GPSKit.LocalizedText(
                        nl: "Je wil het eerst met het gezin bespreken, maar stap {steps} naar {names} komt voor elke stap met het gezin. Zet het gesprek met het gezin eerder.",
                        en: "You want to talk it over with the family first, but step {steps} to {names} comes before any step with the family. Put the talk with the family first."
                    )),
                    ("familyNotTold", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, en het gezin hoort je zorg niet eerst van jou. Bespreek het eerst met hen.",
                        en: "Step {steps} shares with {names}, and the family does not hear your worry from you first. Talk it over with them first."
                    )),
                    ("noStepOutward", GPSKit.LocalizedText(
                        nl: "Geen stap deelt iets buiten het gezin en je organisatie.",
                        en: "No step shares anything outside the family and your organisation."
                    )),
                    ("saidNoStepOutward", GPSKit.LocalizedText(
                        nl: "Je antwoordde dat je geen stap naar buiten zet, maar stap {steps} deelt met {names}. Welk van de twee klopt?",
                        en: "You answered that you take no step outside, but step {steps} shares with {names}. Which of the two is right?"
                    )),
                    ("talksFirst", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, en het gezin hoort je zorg eerst van jou.",
                        en: "Step {steps} shares with {names}, and the family hears your concern from you first."
                    ))
                )
            )),
            ("R7", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "je spreekt alleen om te helpen, niet om te straffen of jezelf te sussen",
                    en: "you speak only to help, not to punish or to soothe yourself"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Je geheim loslaten kan alleen om redenen die bij de hulp passen: alle gezinsleden steunen en verbinden. Nooit om iemand te straffen, te veroordelen of op zijn plaats te zetten, en ook niet om je eigen geweten gerust te stellen.",
                    en: "Letting go of your secrecy is only for reasons that fit the help: supporting and connecting every member of the family. Never to punish, judge or put someone in their place, and not to put your own conscience at rest."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("noReasonWords", GPSKit.LocalizedText(
                        nl: "In je argumenten en beslissing staan geen woorden over straffen of je geweten sussen. GPS las alleen de woorden; kijk zelf of je redenen de hulp dienen.",
                        en: "Your arguments and decision hold no words about punishing or soothing your conscience. GPS only read the words; see for yourself whether your reasons serve the help."
                    )),
                    ("reasonWords", GPSKit.LocalizedText(
                        nl: "In {question} staat '{phrase}'. Is dat een reden om te helpen, of om te straffen of jezelf gerust te stellen?",
                        en: "{question} says '{phrase}'. Is that a reason to help, or to punish or put yourself at ease?"
                    ))
                )
            )),
            ("R8", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "bij acuut en ernstig gevaar moet je helpen of hulp halen",
                    en: "in acute, serious danger you must help or get help"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Zie of hoor je dat iemand nu in groot gevaar is, dan moet je helpen, zelf of door anderen in te schakelen (art. 422bis, schuldig hulpverzuim). De wet vraagt hulp, niet per se de politie.",
                    en: "If you see or hear that someone is in great danger now, you must help, yourself or by calling in others (art. 422bis, failure to help). The law asks for help, not necessarily the police."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("dangerWords", GPSKit.LocalizedText(
                        nl: "Je feiten spreken van '{phrase}', maar de vraag naar acuut gevaar is niet beantwoord. Is iemand nu in groot gevaar?",
                        en: "Your facts speak of '{phrase}', but the question about acute danger is not answered. Is anyone in great danger now?"
                    )),
                    ("helpNow", GPSKit.LocalizedText(
                        nl: "Er is acuut gevaar, en stap {step} brengt vandaag hulp, met iemand die ervoor staat.",
                        en: "There is acute danger, and step {step} brings help today, with someone who sees to it."
                    )),
                    ("helpTooLate", GPSKit.LocalizedText(
                        nl: "Er is acuut gevaar, maar geen stap gebeurt vandaag. Morgen is te laat: hulp moet nu komen.",
                        en: "There is acute danger, but no step happens today. Tomorrow is too late: help must come now."
                    )),
                    ("helpWhen", GPSKit.LocalizedText(
                        nl: "Er is acuut gevaar; uit je plan kan GPS niet lezen of er vandaag hulp komt. Kijk het na.",
                        en: "There is acute danger; GPS cannot read from your plan whether help comes today. Check it."
                    )),
                    ("noDanger", GPSKit.LocalizedText(
                        nl: "Je zegt dat niemand nu in acuut en ernstig gevaar is.",
                        en: "You say no one is in acute, serious danger now."
                    )),
                    ("noHelpPlanned", GPSKit.LocalizedText(
                        nl: "Je zegt dat iemand in acuut gevaar is, maar je plan heeft geen enkele stap. Er moet vandaag hulp komen, van jou of van anderen.",
                        en: "You say someone is in acute danger, but your plan has no step at all. Help must come today, from you or from others."
                    )),
                    ("nobodyActs", GPSKit.LocalizedText(
                        nl: "Er is acuut gevaar en stap {step} is voor nu, maar niemand staat ervoor. Zet erbij wie het doet.",
                        en: "There is acute danger and step {step} is for now, but nobody owns it. Add who does it."
                    )),
                    ("unanswered", GPSKit.LocalizedText(
                        nl: "De vraag naar acuut gevaar is niet beantwoord. Is iemand nu in groot gevaar? Dan moet er vandaag hulp komen.",
                        en: "The question about acute danger is not answered. Is anyone in great danger now? Then help must come today."
                    ))
                )
            )),
            ("R9", GPSKit.SecrecyRules.Rule(
                check: true,
                title: GPSKit.LocalizedText(
                    nl: "buiten je team deel je alleen wat nodig is, met medeweten van het gezin",
                    en: "outside your team you share only what is needed, with the family's knowledge"
                ),
                text: GPSKit.LocalizedText(
                    nl: "Buiten je team deel je alleen met wie in dezelfde context voor hetzelfde gezin en hetzelfde doel werkt, en alleen wat die echt nodig heeft. Je ergernissen, meningen en vermoedens horen daar niet bij. Het gezin weet het vooraf, heeft inspraak en mag weigeren.",
                    en: "Outside your team you share only with someone working in the same context for the same family and aim, and only what they truly need. Your irritations, opinions and suspicions are not part of it. The family knows beforehand, has a say and may refuse."
                ),
                messages: Swift.Dictionary<Swift.String, GPSKit.LocalizedText>(dictionaryLiteral:
                    ("keepSuspicionOut", GPSKit.LocalizedText(
                        nl: "Je noteerde een vermoeden, en je deelt met {names}. Een vermoeden is geen nodige informatie: geef alleen door wat je zag of hoorde.",
                        en: "You noted a suspicion, and you share with {names}. A suspicion is not needed information: pass on only what you saw or heard."
                    )),
                    ("keepSuspicionsOut", GPSKit.LocalizedText(
                        nl: "Je noteerde {count} vermoedens, en je deelt met {names}. Vermoedens zijn geen nodige informatie: geef alleen door wat je zag of hoorde.",
                        en: "You noted {count} suspicions, and you share with {names}. Suspicions are not needed information: pass on only what you saw or heard."
                    )),
                    ("knownAndFactsOnly", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}; het gezin weet van hen, en je noteerde geen vermoedens.",
                        en: "You share with {names}; the family knows of them, and you noted no suspicions."
                    )),
                    ("noOutsideSharing", GPSKit.LocalizedText(
                        nl: "Geen stap deelt iets met hulpverleners buiten je team.",
                        en: "No step shares anything with helpers outside your team."
                    )),
                    ("notNoted", GPSKit.LocalizedText(
                        nl: "Je deelt met {names}. Weet het gezin dat die erbij betrokken is? Je ecogram zegt het niet; vul het aan.",
                        en: "You share with {names}. Does the family know they are involved? Your ecogram does not say; fill it in."
                    )),
                    ("unknownToFamily", GPSKit.LocalizedText(
                        nl: "Stap {steps} deelt met {names}, maar het gezin weet niet dat die erbij betrokken is. Het gezin moet vooraf weten met wie je spreekt, en mag nee zeggen.",
                        en: "Step {steps} shares with {names}, but the family does not know they are involved. The family must know beforehand whom you talk to, and may say no."
                    ))
                )
            ))
        ),
        source: GPSKit.LocalizedText(
            nl: "De regels over beroepsgeheim uit het handboek Thuiscompagnie, hoofdstukken 5 en 10, in eigen woorden samengevat.",
            en: "The rules on professional secrecy from the Thuiscompagnie handbook, chapters 5 and 10, summarised in our own words."
        )
    )

    static let grounds: GPSKit.GroundCatalogue = GPSKit.GroundCatalogue(
        grounds: Swift.Array<GPSKit.Ground>([
            GPSKit.Ground(
                id: "consent",
                provision: "toestemming",
                label: GPSKit.LocalizedText(nl: "toestemming van de betrokkene", en: "consent of the person concerned"),
                alternatives: Swift.Array<Swift.String>(["shared-secrecy", "joint-secrecy", "necessity", "422bis"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(dictionaryLiteral:
                    ("no-control", GPSKit.Ground.StepReading.recipientNotForced)
                ),
                withinTheHelp: true
            ),
            GPSKit.Ground(
                id: "shared-secrecy",
                provision: "gedeeld-beroepsgeheim",
                label: GPSKit.LocalizedText(
                    nl: "gedeeld beroepsgeheim (een andere hulpverlener van hetzelfde gezin)",
                    en: "shared secrecy (another professional helping the same family)"
                ),
                alternatives: Swift.Array<Swift.String>(["consent", "necessity"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(dictionaryLiteral:
                    ("no-control", GPSKit.Ground.StepReading.recipientNotForced)
                ),
                withinTheHelp: true
            ),
            GPSKit.Ground(
                id: "joint-secrecy",
                provision: "gezamenlijk-beroepsgeheim",
                label: GPSKit.LocalizedText(
                    nl: "gezamenlijk beroepsgeheim (je team, je verantwoordelijke)",
                    en: "joint secrecy (your team, your manager)"
                ),
                alternatives: Swift.Array<Swift.String>(["consent", "necessity"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(),
                withinTheHelp: true
            ),
            GPSKit.Ground(
                id: "458bis",
                provision: "art-458bis",
                label: GPSKit.LocalizedText(
                    nl: "art. 458bis: melding aan de procureur des Konings",
                    en: "art. 458bis: report to the public prosecutor"
                ),
                alternatives: Swift.Array<Swift.String>(["necessity", "422bis", "consent", "shared-secrecy"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(dictionaryLiteral:
                    ("only-prosecutor", GPSKit.Ground.StepReading.recipientIsProsecutor)
                ),
                withinTheHelp: false
            ),
            GPSKit.Ground(
                id: "458ter",
                provision: "art-458ter",
                label: GPSKit.LocalizedText(
                    nl: "art. 458ter: georganiseerd casusoverleg",
                    en: "art. 458ter: organised case consultation"
                ),
                alternatives: Swift.Array<Swift.String>(["consent", "shared-secrecy", "necessity"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(),
                withinTheHelp: true
            ),
            GPSKit.Ground(
                id: "necessity",
                provision: "noodtoestand",
                label: GPSKit.LocalizedText(nl: "noodtoestand", en: "state of necessity"),
                alternatives: Swift.Array<Swift.String>(["422bis", "consent", "shared-secrecy"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(),
                withinTheHelp: false
            ),
            GPSKit.Ground(
                id: "422bis",
                provision: "art-422bis",
                label: GPSKit.LocalizedText(
                    nl: "art. 422bis: hulp aan iemand in groot gevaar",
                    en: "art. 422bis: help for someone in great danger"
                ),
                alternatives: Swift.Array<Swift.String>(["necessity", "consent", "shared-secrecy"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(),
                withinTheHelp: false
            ),
            GPSKit.Ground(
                id: "legal-duty",
                provision: nil,
                label: GPSKit.LocalizedText(nl: "een andere wettelijke plicht", en: "another legal duty"),
                alternatives: Swift.Array<Swift.String>(["consent", "necessity", "422bis"]),
                readFromStep: Swift.Dictionary<Swift.String, GPSKit.Ground.StepReading>(),
                withinTheHelp: false
            )
        ]),
        proposals: Swift.Array<GPSKit.GroundCatalogue.Proposal>([
            GPSKit.GroundCatalogue.Proposal(
                signal: "prosecutor",
                categories: nil,
                ground: "458bis",
                inAcuteDanger: nil,
                inSelfHarm: "necessity"
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: "emergency",
                categories: nil,
                ground: "necessity",
                inAcuteDanger: "422bis",
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: "caseConsultation",
                categories: nil,
                ground: "458ter",
                inAcuteDanger: nil,
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: "clientConsultation",
                categories: nil,
                ground: "shared-secrecy",
                inAcuteDanger: nil,
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: "team",
                categories: nil,
                ground: "joint-secrecy",
                inAcuteDanger: nil,
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: nil,
                categories: Swift.Array<GPSKit.StakeholderCategory>([GPSKit.StakeholderCategory.organisation]),
                ground: "joint-secrecy",
                inAcuteDanger: nil,
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: "doctor",
                categories: nil,
                ground: "consent",
                inAcuteDanger: nil,
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: nil,
                categories: Swift.Array<GPSKit.StakeholderCategory>([GPSKit.StakeholderCategory.society]),
                ground: "necessity",
                inAcuteDanger: "422bis",
                inSelfHarm: nil
            ),
            GPSKit.GroundCatalogue.Proposal(
                signal: nil,
                categories: Swift.Array<GPSKit.StakeholderCategory>([
                    GPSKit.StakeholderCategory.client,
                    GPSKit.StakeholderCategory.household,
                    GPSKit.StakeholderCategory.informal,
                    GPSKit.StakeholderCategory.services
                ]),
                ground: "consent",
                inAcuteDanger: nil,
                inSelfHarm: nil
            )
        ])
    )
}
