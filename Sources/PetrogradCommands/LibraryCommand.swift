import ArgumentParser
import PetrogradConsole

/// A subcommand that works on the bundled scenarios (or folders) and prints its report: `run()` is the
/// same for all of them, and tests call `execute` with their own library and output. None of them colours
/// its output, so every control character in it is made visible (a scenario's text, a file's name).
package protocol LibraryCommand: ParsableCommand {
    /// Does the work and prints to `output`; returns the exit status.
    func execute(library: ScenarioLibrary, output: inout some TextOutputStream) -> Int32
}

extension LibraryCommand {
    package func run() throws {
        var output = HarmlessOutput(StandardOutput())
        let code = execute(library: .bundled(), output: &output)
        if code != 0 { throw ExitCode(code) }
    }
}
