internal import CEditLine

/// SIGHUP and SIGTERM: instead of dying mid-turn, the game notices them after the current read, saves,
/// and exits. The flag lives in C (`shim.h`), the only place a signal handler may safely write.
public enum TerminationSignals {
    /// Installs the handlers (without SA_RESTART, so a blocked read returns).
    public static func install() {
        cedit_install_termination_handlers()
    }

    /// Whether SIGHUP or SIGTERM has arrived.
    public static func received() -> Bool {
        cedit_termination_requested() != 0
    }
}
