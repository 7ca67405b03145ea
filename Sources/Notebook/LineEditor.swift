import CEditLine
import Foundation
import PyRuntime

/// Line editing on a terminal through libedit's readline interface, driven in callback mode so
/// a Ctrl-C while typing clears the input (the signal handler wakes the read loop through a
/// pipe, whichever thread the signal lands on). Emacs keys, Home/End, word moves, Ctrl-R search
/// and history come from libedit; Tab asks `Completer`.
final class LineEditor {
    enum Input {
        case line(String)
        case interrupted
        case endOfInput
    }

    /// What the callback handed over; read once per line.
    nonisolated(unsafe) private static var received: Input?
    nonisolated(unsafe) static var completer: Completer?

    init() {
        Interrupts.install()
        rl_readline_name = UnsafePointer(strdup("jitbook"))
        rl_attempted_completion_function = { text, start, _ in
            guard let text else { return nil }
            LineEditor.candidates = LineEditor.completer?.complete(String(cString: text), lineUpTo: Int(start)) ?? []
            rl_completion_append_character = 0
            return rl_completion_matches(text) { _, state in
                if state == 0 { LineEditor.nextCandidate = 0 }
                guard LineEditor.nextCandidate < LineEditor.candidates.count else { return nil }
                defer { LineEditor.nextCandidate += 1 }
                return strdup(LineEditor.candidates[LineEditor.nextCandidate])
            }
        }
        _ = rl_variable_bind("editing-mode", "emacs")
    }

    nonisolated(unsafe) private static var candidates: [String] = []
    nonisolated(unsafe) private static var nextCandidate = 0

    /// Adds a cell to the in-memory history (the file is `HistoryFile`'s).
    func remember(_ entry: String) {
        _ = add_history(entry)
    }

    /// Reads one line after `prompt` (which may hold colour codes), starting with `initial`.
    func read(prompt: String, initial: String = "") -> Input {
        Output.flushAll()
        Self.received = nil
        rl_callback_handler_install(Self.markInvisible(prompt)) { line in
            if let line {
                LineEditor.received = .line(String(cString: line))
                free(line)
            } else {
                LineEditor.received = .endOfInput
            }
        }
        // The offered text (auto-indent, a %load-ed line) goes into the line buffer, then the
        // line is drawn again from column 0 (`rl_redisplay` would push ^R, which starts a
        // history search in libedit).
        if !initial.isEmpty {
            _ = rl_insert_text(initial)
            FileHandle.standardOutput.write(Data("\r".utf8))
            rl_forced_update_display()
        }
        defer { rl_callback_handler_remove() }
        while Self.received == nil {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: Interrupts.wakeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, -1)
            if ready < 0 && errno != EINTR { return .endOfInput }
            if fds[1].revents != 0 || Interrupts.takeTypingInterrupt() {
                Interrupts.drainWakePipe()
                rl_replace_line("", 0)
                rl_point = 0
                rl_end = 0
                FileHandle.standardOutput.write("^C\n".data(using: .utf8)!)
                return .interrupted
            }
            if fds[0].revents != 0 { rl_callback_read_char() }
        }
        return Self.received!
    }

    /// Wraps escape sequences in libedit's prompt-ignore markers so they take no columns.
    private static func markInvisible(_ prompt: String) -> String {
        var out = ""
        var inEscape = false
        for c in prompt {
            if c == "\u{1B}" { out += "\u{1}"; inEscape = true }
            out.append(c)
            if inEscape && c == "m" { out += "\u{1}"; inEscape = false }
        }
        return out
    }
}

/// Ctrl-C: while a cell runs it sets the interpreter's interrupt flag (KeyboardInterrupt inside
/// the cell); a second one within a second while the first is not yet honoured ends the
/// process (the history file is already up to date). While typing, it wakes the line editor.
enum Interrupts {
    nonisolated(unsafe) static var cellRunning = false
    nonisolated(unsafe) private static var typingInterrupt = false
    nonisolated(unsafe) private static var lastInterrupt = timespec()
    nonisolated(unsafe) private static var pipeFDs: [Int32] = [-1, -1]
    static var wakeFD: Int32 { pipeFDs[0] }

    static func install() {
        guard pipeFDs[0] < 0 else { return }
        pipe(&pipeFDs)
        _ = fcntl(pipeFDs[0], F_SETFL, O_NONBLOCK)
        _ = fcntl(pipeFDs[1], F_SETFL, O_NONBLOCK)
        signal(SIGINT) { _ in
            if Interrupts.cellRunning {
                var now = timespec()
                clock_gettime(CLOCK_MONOTONIC, &now)
                let last = Interrupts.lastInterrupt
                let elapsed = Double(now.tv_sec - last.tv_sec) + Double(now.tv_nsec - last.tv_nsec) / 1e9
                if Interpreter.interruptRequested && elapsed < 1 {
                    _exit(130)
                }
                Interrupts.lastInterrupt = now
                Interpreter.interruptRequested = true
            } else {
                Interrupts.typingInterrupt = true
                var byte: UInt8 = 1
                _ = write(Interrupts.pipeFDs[1], &byte, 1)
            }
        }
    }

    static func takeTypingInterrupt() -> Bool {
        defer { typingInterrupt = false }
        return typingInterrupt
    }

    static func drainWakePipe() {
        var byte: UInt8 = 0
        while read(pipeFDs[0], &byte, 1) > 0 {}
        typingInterrupt = false
    }
}
