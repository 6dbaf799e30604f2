extension CitedLaw.Unplaced {
    /// The one line the walk and the record show for a citation the rulebook cannot place: an
    /// article of another instrument ("art. 19 van het Kinderrechtenverdrag"), or a number the
    /// rulebook lacks, with the nearest provision only as something to check.
    func sentence(_ texts: MessageTable, name: (Provision) -> String) -> String {
        if let instrument, let article {
            return texts(.recordLawOtherInstrument, ["article": article, "instrument": instrument.name.text(in: texts.language)])
        }
        var line = texts(.recordLawUnplaced, ["cited": matchedText])
        if let nearest { line += " " + texts(.recordLawNearest, ["provision": name(nearest)]) }
        return line
    }
}
