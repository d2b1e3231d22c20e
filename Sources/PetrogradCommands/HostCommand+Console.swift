/// The teacher's console: the `host` prompt (the teacher's part of issue 12 replaces this with libedit,
/// Tab completion and the commands `seats`, `waiting`, `pause`…). Until then the host serves until the end
/// of its input (Ctrl-D).
extension HostCommand {
    func runTeacherConsole(_ hosting: Hosting, output: inout some TextOutputStream) {
        print(HostWords.closeWith(language: hosting.language), to: &output)
        while readLine() != nil {}
    }
}
