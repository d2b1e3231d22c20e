import Glibc

/// Ctrl-Z at the prompt: gives the shell back the terminal's modes before stopping, and puts the
/// editor's modes back on `fg`.
///
/// libedit does this only when its own signal handling (EL_SIGNAL) is on, and that also re-sends every
/// signal it catches to the whole process group, killing the shell or lab script that started the game;
/// so the editor runs without it, and this handler does the one part that matters. It calls only
/// async-signal-safe functions (tcgetattr, tcsetattr, sigaction, raise) and reads storage set up before
/// it was installed.
enum TerminalStop {
    /// The terminal's modes before the editor changed them.
    nonisolated(unsafe) private static let outsideModes: UnsafeMutablePointer<termios> = {
        let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        modes.initialize(to: termios())
        return modes
    }()
    /// The terminal's descriptor, or -1 before ``install(descriptor:)``.
    nonisolated(unsafe) private static var descriptor: Int32 = -1

    /// Remembers the terminal's modes and handles SIGTSTP from now on.
    static func install(descriptor: Int32) {
        guard tcgetattr(descriptor, outsideModes) == 0 else { return }
        Self.descriptor = descriptor
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in TerminalStop.stop(signal) }
        sigemptyset(&action.sa_mask)
        // SA_NODEFER: the stop raised inside the handler must take effect at once.
        action.sa_flags = SA_NODEFER | SA_RESTART
        sigaction(SIGTSTP, &action, nil)
    }

    private static func stop(_ signal: Int32) {
        let savedErrno = errno
        let descriptor = Self.descriptor
        var editing = termios()
        let restores = descriptor >= 0 && tcgetattr(descriptor, &editing) == 0
        if restores { tcsetattr(descriptor, TCSADRAIN, outsideModes) }
        var standard = sigaction()
        standard.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&standard.sa_mask)
        var ours = sigaction()
        sigaction(SIGTSTP, &standard, &ours)
        raise(signal)
        // Here again after SIGCONT (`fg`).
        sigaction(SIGTSTP, &ours, nil)
        if restores { tcsetattr(descriptor, TCSADRAIN, &editing) }
        errno = savedErrno
    }
}
