/// A step of the method (step 0 and the four orientations), with its questions in order.
public struct Orientation: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The method's number for this step: 0 (becoming aware) to 4 (judgement).
    public var step: Int
    public var title: LocalizedText
    /// One or two sentences shown when she enters this step.
    public var intro: LocalizedText
    public var questions: [Question]

    public init(id: String, step: Int, title: LocalizedText, intro: LocalizedText, questions: [Question]) {
        self.id = id
        self.step = step
        self.title = title
        self.intro = intro
        self.questions = questions
    }
}
