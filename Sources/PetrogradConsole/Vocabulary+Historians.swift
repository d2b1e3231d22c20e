import PetrogradCore

/// The words for an ending's historians' section: what historians disagree about, opened on request.
extension Vocabulary {
    /// The command's two words, named together so that a player of either language finds it.
    static let historiansWords = (english: "historians", hindi: "इतिहासकार")

    public var historiansHeading: String { isHindi ? "इतिहासकार किन बातों पर असहमत हैं" : "What historians disagree about" }

    /// Under the debrief, at an ending that has the section: how to open it, with both command words.
    public var historiansHint: String {
        let (english, hindi) = Self.historiansWords
        return isHindi ? "इतिहासकार इस पर क्या बहस करते हैं, यह पढ़ने के लिए '\(hindi)' (या \(english)) लिखो।"
            : "To read what historians disagree about, type '\(english)' (or '\(hindi)')."
    }

    /// `historians` before the end.
    public var historiansNotYet: String {
        let (english, hindi) = Self.historiansWords
        return isHindi ? "इतिहासकारों की बहस तुम्हारी कहानी के अंत में खुलेगी; अंत तक पहुँचकर '\(hindi)' (या \(english)) लिखना।"
            : "What historians disagree about opens at the end of your story; once you reach it, type '\(english)' (or '\(hindi)')."
    }

    /// `historians` at an ending that has no such section.
    public var noHistorians: String {
        isHindi ? "इस अंत के साथ इतिहासकारों की बहस नहीं लिखी गई है; 'अंत' लिखकर इतिहास की बात फिर पढ़ो।"
            : "This ending has no section on what historians disagree about; type 'ending' to read the debrief again."
    }

    /// The help line for `historians`.
    var historiansHelp: String {
        isHindi ? "अंत के बाद: इतिहासकार किन बातों पर असहमत हैं" : "after the end: what historians disagree about"
    }
}
