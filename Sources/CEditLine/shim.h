#ifndef PETROGRAD_CEDITLINE_SHIM_H
#define PETROGRAD_CEDITLINE_SHIM_H

// The C that libedit needs (the allocator's settings are in CAllocator). Swift cannot call libedit's
// variadic functions (el_wset, el_wget, history_w) nor read the C standard streams in Swift 6 mode, so
// each use gets a fixed-signature inline wrapper here. Nothing else belongs in this file.

#include <histedit.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <signal.h>
#include <pthread.h>
#include <errno.h>
#include <string.h>
#include <wchar.h>

/// The wide-character prompt callback: returns a NUL-terminated prompt that stays valid while
/// el_wgets runs.
typedef wchar_t *(*cedit_prompt_function)(EditLine *);

/// An editor command, as bound to a key: returns one of the CC_* codes.
typedef unsigned char (*cedit_command_function)(EditLine *, int);

// MARK: - Standard streams

/// The C standard input stream, which Swift 6 refuses to read as a global.
static inline FILE *_Nonnull cedit_standard_input(void) { return stdin; }

/// The C standard output stream, shared with Swift's `print` so their buffers stay in order.
static inline FILE *_Nonnull cedit_standard_output(void) { return stdout; }

/// The C standard error stream.
static inline FILE *_Nonnull cedit_standard_error(void) { return stderr; }

// MARK: - Locale

/// The codeset of the current LC_CTYPE locale ("UTF-8" when libedit can read Devanagari).
static inline const char *cedit_codeset(void) { return nl_langinfo(CODESET); }

// MARK: - Ctrl-C

/// A SIGINT handler that does nothing: its only effect is to interrupt a blocked read().
static inline void cedit_ignore_signal(int signal_number) { (void)signal_number; }

/// Installs the do-nothing SIGINT handler without SA_RESTART, so that Ctrl-C makes a blocked read
/// (el_wgets, getline) fail with errno EINTR instead of ending the process. Also unblocks SIGINT in
/// the calling thread, which may have inherited a mask that blocks it (Dispatch's threads block all
/// signals). Stores what it replaces in `previous_action` and `previous_mask`.
static inline int cedit_install_interrupt_handler(struct sigaction *previous_action,
                                                  sigset_t *previous_mask) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cedit_ignore_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, previous_action) != 0) {
        return -1;
    }
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    return pthread_sigmask(SIG_UNBLOCK, &interrupt, previous_mask);
}

/// Puts back the SIGINT handler and signal mask that cedit_install_interrupt_handler replaced.
static inline int cedit_restore_interrupt_handler(const struct sigaction *previous_action,
                                                  const sigset_t *previous_mask) {
    pthread_sigmask(SIG_SETMASK, previous_mask, NULL);
    return sigaction(SIGINT, previous_action, NULL);
}

// MARK: - SIGHUP and SIGTERM

/// Set by the termination handler; weak so that every object file that includes this header shares
/// one flag instead of getting its own copy.
__attribute__((weak)) volatile sig_atomic_t cedit_termination_flag = 0;

/// Records that the process was asked to end; writing a sig_atomic_t is all a handler may safely do.
static inline void cedit_note_termination(int signal_number) {
    (void)signal_number;
    cedit_termination_flag = 1;
}

/// Installs handlers for SIGHUP and SIGTERM that only set a flag, without SA_RESTART, so a blocked
/// read returns (with EINTR) and the program can save and exit at a safe point; and unblocks them.
static inline void cedit_install_termination_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cedit_note_termination;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    // A process started from a thread that blocks signals (as Swift's concurrency threads do) inherits
    // that mask; without unblocking, SIGTERM would wait for ever.
    sigset_t termination;
    sigemptyset(&termination);
    sigaddset(&termination, SIGHUP);
    sigaddset(&termination, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &termination, NULL);
}

/// 1 once SIGHUP or SIGTERM has arrived since the handlers were installed, else 0.
static inline int cedit_termination_requested(void) { return cedit_termination_flag != 0; }

// MARK: - Editor settings (el_wset / el_wget)

/// EL_PROMPT: sets the function libedit calls for the prompt on every redraw.
static inline int cedit_set_prompt(EditLine *editor, cedit_prompt_function prompt) {
    return el_wset(editor, EL_PROMPT, prompt);
}

/// EL_CLIENTDATA: stores the pointer that callbacks use to find their owner.
static inline int cedit_set_client_data(EditLine *editor, void *data) {
    return el_wset(editor, EL_CLIENTDATA, data);
}

/// EL_CLIENTDATA: the pointer stored with cedit_set_client_data, or NULL.
static inline void *cedit_client_data(EditLine *editor) {
    void *data = NULL;
    if (el_wget(editor, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

/// EL_EDITOR: chooses the key map, L"emacs" or L"vi".
static inline int cedit_set_editor(EditLine *editor, const wchar_t *mode) {
    return el_wset(editor, EL_EDITOR, mode);
}

/// EL_SIGNAL: whether libedit installs its own handlers while reading (it restores the terminal on
/// Ctrl-Z, follows window resizes, and re-sends each signal to the whole process group).
static inline int cedit_set_handles_signals(EditLine *editor, int handles) {
    return el_wset(editor, EL_SIGNAL, handles);
}

/// EL_HIST: attaches a wide-character history, used for recall with the arrow keys.
static inline int cedit_set_history(EditLine *editor, HistoryW *history) {
    return el_wset(editor, EL_HIST, history_w, history);
}

/// EL_ADDFN: adds a named editor command. libedit keeps the name and help pointers, so both must
/// outlive the editor.
static inline int cedit_add_function(EditLine *editor, const wchar_t *name, const wchar_t *help,
                                     cedit_command_function function) {
    return el_wset(editor, EL_ADDFN, name, help, function);
}

/// EL_BIND: binds a key sequence such as L"^I" to a command name.
static inline int cedit_bind(EditLine *editor, const wchar_t *key, const wchar_t *command) {
    return el_wset(editor, EL_BIND, key, command, (const wchar_t *)NULL);
}

/// Reads the terminal's size again, so editing follows a window that was resized between reads
/// (libedit follows SIGWINCH by itself only with EL_SIGNAL).
static inline void cedit_resize(EditLine *editor) { el_resize(editor); }

/// EL_PREP_TERM: puts the terminal in raw mode now (1) or back in cooked mode (0). Doing it before
/// each read closes the window in which a key typed right after the prompt appears is lost.
static inline int cedit_prepare_terminal(EditLine *editor, int raw) {
    return el_wset(editor, EL_PREP_TERM, raw);
}

/// A function that reads one character for the editor: returns 1 with the character stored, 0 at the
/// end of input, -1 on an error (errno says which).
typedef int (*cedit_read_function)(EditLine *, wchar_t *);

/// EL_GETCFN: sets the function the editor reads characters with.
static inline int cedit_set_read_function(EditLine *editor, cedit_read_function function) {
    return el_wset(editor, EL_GETCFN, function);
}

// MARK: - The line being edited

/// The buffer, cursor and end of the line being edited, valid until the next edit.
static inline const LineInfoW *cedit_line(EditLine *editor) { return el_wline(editor); }

/// Inserts text at the cursor; returns -1 when it does not fit.
static inline int cedit_insert(EditLine *editor, const wchar_t *text) {
    return el_winsertstr(editor, text);
}

/// Deletes `count` code points before the cursor.
static inline void cedit_delete_before_cursor(EditLine *editor, int count) {
    el_wdeletestr(editor, count);
}

// MARK: - History (history_w)

/// H_SETSIZE: the number of entries kept.
static inline int cedit_history_set_size(HistoryW *history, int size) {
    HistEventW event;
    return history_w(history, &event, H_SETSIZE, size);
}

/// H_SETUNIQUE: whether an entry equal to the previous one is dropped.
static inline int cedit_history_set_unique(HistoryW *history, int unique) {
    HistEventW event;
    return history_w(history, &event, H_SETUNIQUE, unique);
}

/// H_ENTER: appends an entry.
static inline int cedit_history_enter(HistoryW *history, const wchar_t *line) {
    HistEventW event;
    return history_w(history, &event, H_ENTER, line);
}

/// H_LOAD: reads entries from a file written by H_SAVE; returns the count or -1.
static inline int cedit_history_load(HistoryW *history, const char *path) {
    HistEventW event;
    return history_w(history, &event, H_LOAD, path);
}

/// H_SAVE: rewrites the whole file with every entry; returns the count or -1.
static inline int cedit_history_save(HistoryW *history, const char *path) {
    HistEventW event;
    return history_w(history, &event, H_SAVE, path);
}

#endif
