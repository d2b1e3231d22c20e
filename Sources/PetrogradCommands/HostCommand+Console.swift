import PetrogradConsole

/// The teacher's console: the `host` prompt, with libedit and Tab completion at a terminal and plain lines
/// from a pipe (``TeacherConsole``). It runs until `quit`, Ctrl-D or SIGTERM/SIGHUP; the rooms stay in the
/// database either way.
extension HostCommand {
    func runTeacherConsole(_ hosting: Hosting, output: inout some TextOutputStream) {
        _ = ConsoleLocale.adoptUserLocale()
        TerminationSignals.install()
        var reader = LineReaderFactory.makeReader()
        var console = TeacherConsole(hosting: hosting)
        console.run(reader: &reader, output: &output, shouldTerminate: TerminationSignals.received)
    }
}
