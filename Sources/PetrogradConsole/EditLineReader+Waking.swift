import Foundation
internal import CEditLine

/// Reads that a class game's news can interrupt: the editor reads its keys through a function that waits on
/// the terminal and on ``EditLineReader/wakeDescriptor`` together. When the descriptor becomes readable, the
/// line typed so far is kept and the read ends as interrupted; the next read types it again.
extension EditLineReader {
    func installWakingRead() {
        cedit_set_read_function(editor) { editor, character in
            EditLineReader.owner(of: editor).readCharacter(into: character)
        }
    }

    /// Reads one character (UTF-8 from the terminal) into `character`: 1 when read, 0 at the end of input,
    /// -1 with errno EINTR when interrupted (Ctrl-C, a termination signal, or the wake descriptor).
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>?) -> Int32 {
        var bytes: [UInt8] = []
        while true {
            var descriptors = [pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)]
            // Only between characters: a character half read is finished first.
            if bytes.isEmpty, let wake = wakeDescriptor { descriptors.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), -1)
            if ready < 0 {
                if errno == EINTR { return -1 }
                return -1
            }
            if descriptors.count > 1, descriptors[1].revents != 0 {
                if let line = cedit_line(editor)?.pointee {
                    interruptedLine = String(wideCharacters: UnsafeBufferPointer(start: line.buffer, count: line.lastchar - line.buffer))
                }
                wasWoken = true
                errno = EINTR
                return -1
            }
            guard descriptors[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(inputDescriptor, &byte, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EAGAIN { continue }
                return -1
            }
            bytes.append(byte)
            switch Self.decode(bytes) {
            case .incomplete: continue
            case .scalar(let value):
                character?.pointee = wchar_t(bitPattern: value)
                return 1
            }
        }
    }

    private enum Decoded { case incomplete, scalar(UInt32) }

    /// The scalar the bytes spell in UTF-8, or that more are needed; a malformed sequence is U+FFFD.
    private static func decode(_ bytes: [UInt8]) -> Decoded {
        let lead = bytes[0]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0 else { return .scalar(0xFFFD) }
        if bytes.count > 1, bytes.last! & 0xC0 != 0x80 { return .scalar(0xFFFD) }
        guard bytes.count == length else { return .incomplete }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return .scalar(scalar.value) }
        return .scalar(0xFFFD)
    }
}
