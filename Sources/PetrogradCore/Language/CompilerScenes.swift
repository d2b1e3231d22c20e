/// What the checker keeps of a scene besides its model: its id, and what checks of other scenes read of
/// it (its roles, its date, where its choices are), known once its block is read. Until then, only where the
/// block is. A scene's syntax is given up as soon as its model is built.
struct SceneDeclaration {
    // In the order that leaves the least padding (a big story has a hundred thousand).
    var name: Name
    /// Whether its `for` line names a role that does not exist (reported where the scene is built).
    var namesUnknownRole = false
    /// The roles its `for` line names, those that exist (none: the scene is for every role).
    var roles: [Int] = []
    /// Its own choices in `Compiler.builtChoices`, once built: `taken` reads their ids there.
    var choices: Range<Int32> = 0..<0
    /// Its date and where it is written, once its block is read and the date resolved.
    var moment: (value: Moment, location: SourceLocation)?
    /// Where the block is, until it is read.
    var outline: SceneOutline?

    init(_ scene: SceneSyntax) {
        name = scene.name
        outline = scene.outline
    }
}

/// A check that needs a scene's block (its `for` line, its choices): a `go` or `move` into the scene, or
/// `taken` of one of its choices. Asked for before the block is read, it waits until the block is: it is
/// made in the next round of waiting checks after that (`runPendingSceneChecks`), or at the end.
enum PendingSceneCheck {
    case leads(roles: [Int], to: Int, name: Name)
    case moves(role: Int?, to: Int, name: Name)
    case takes(choice: Name, in: Int)

    /// The scene whose block the check reads.
    var scene: Int {
        switch self {
        case .leads(_, let scene, _), .moves(_, let scene, _), .takes(_, let scene): scene
        }
    }
}

/// The parser that reads a file's outlined scenes, one after another. A class, so that reading a scene
/// changes it where it is kept instead of copying the whole parser out and back.
final class OutlinedSceneReader {
    var parser: Parser

    init(_ parser: Parser) {
        self.parser = parser
    }
}

extension Compiler {
    /// A scene's syntax, to build its model from: its block read from its file when the parser only
    /// outlined it. What other scenes' checks need of it is kept in its declaration (its roles, once
    /// `buildScene` has resolved them). The reports on the block's lines are made now; those on its header
    /// line were made when it was outlined too, and the copies are dropped with the other duplicates.
    /// With `readAhead`, the block was read on its thread, which reads the scenes in this same order.
    mutating func readScene(_ index: Int, readAhead: SceneReadAhead? = nil) -> SceneSyntax {
        let name = scenes[index].name
        // The compiler's parsers outline every scene, so there is always a block to read.
        var scene = SceneSyntax(name: name, text: TextSyntax(location: name.location))
        if let (read, found) = readAhead?.next() ?? outlinedBlock(index).map({ $0.reader.parser.readOutlinedScene($0.outline) }) {
            diagnostics += found
            // The block starts with the header that was outlined, so it opens the same scene.
            if let read, read.name.text == name.text { scene = read }
        }
        scene.outline = nil
        scenes[index].outline = nil
        return scene
    }

    /// Where a scene's block is, and the parser that reads it; nil once it has been read.
    func outlinedBlock(_ index: Int) -> (reader: OutlinedSceneReader, outline: SceneOutline)? {
        guard let outline = scenes[index].outline, let reader = sceneReaders[scenes[index].name.location.fileNumber] else { return nil }
        return (reader, outline)
    }

    /// Makes a check now if its scene's block has been read, or once every scene's has.
    mutating func checkOnceRead(_ check: PendingSceneCheck) {
        if scenes[check.scene].outline != nil {
            pendingSceneChecks.append(check)
        } else {
            run(check)
        }
    }

    /// Makes the waiting checks whose scenes have been read since, and keeps the others waiting, in order.
    /// Called while scenes are built, so that a big story's waiting checks (one for most `go`s into a later
    /// scene) are not all kept until the end, and once every scene is read, when none is left waiting.
    mutating func runPendingSceneChecks() {
        let checks = pendingSceneChecks
        pendingSceneChecks = []
        for check in checks { checkOnceRead(check) }
    }

    private mutating func run(_ check: PendingSceneCheck) {
        switch check {
        case .leads(let roles, let scene, let name): checkRoles(roles, leadingTo: scene, name: name)
        case .moves(let role, let scene, let name): checkMove(role: role, to: scene, name: name)
        case .takes(let choice, let scene): _ = checkChoice(choice, in: scene)
        }
    }

    /// Reports a role led into a scene that is not for it.
    mutating func checkRoles(_ roles: [Int], leadingTo scene: Int, name: Name) {
        let allowed = scenes[scene].roles
        if !roles.isEmpty, !allowed.isEmpty, let stranger = roles.first(where: { !allowed.contains($0) }) {
            diagnostics.append(Diagnostic(.roleStart("scene '\(name.text)' is not for role '\(self.roles[stranger].name.text)', but this leads a '\(self.roles[stranger].name.text)' there; add the role to its 'for' line or lead elsewhere"), at: name.location))
        }
    }

    /// Reports a `move` into a scene that is not for the role moved (or, for everyone, not for every role).
    mutating func checkMove(role: Int?, to scene: Int, name: Name) {
        let allowed = scenes[scene].roles
        guard !allowed.isEmpty else { return }
        if let role, !allowed.contains(role) {
            diagnostics.append(Diagnostic(.roleStart("scene '\(name.text)' is not for role '\(roles[role].name.text)'"), at: name.location))
        } else if role == nil, allowed.count < roles.count {
            diagnostics.append(Diagnostic(.roleStart("'move everyone' needs a scene open to every role, but '\(name.text)' is only for \(allowed.map { roles[$0].name.text }.joined(separator: ", "))"), at: name.location))
        }
    }

    /// Reports a role that starts in a scene that is not for it.
    mutating func checkRoleStarts() {
        for (index, role) in roles.enumerated() {
            guard let startName = role.start, let scene = sceneIndex[startName.text] else { continue }
            let allowed = scenes[scene].roles
            // A misspelt role in the 'for' line is reported as unknown instead.
            if !allowed.isEmpty, !allowed.contains(index), !scenes[scene].namesUnknownRole {
                diagnostics.append(Diagnostic(.roleStart("role '\(role.name.text)' starts in scene '\(startName.text)', which is only for \(allowed.map { "'\(roles[$0].name.text)'" }.joined(separator: ", ")); add '\(role.name.text)' to the scene's 'for' line, or start the role in one of its own scenes"),
                                              at: startName.location,
                                              notes: [.init(location: scenes[scene].name.location, message: "scene '\(startName.text)' is declared here")]))
            }
        }
    }
}
