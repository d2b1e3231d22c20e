import Foundation
import PetrogradClassroom
import PetrogradConsole

/// Where `join` keeps a seat's token, so a restarted client (a closed laptop, a crash) takes its seat back:
/// one small file per server, room and name in the user's state folder
/// (`~/.local/state/petrograd/classroom/CODE-xxxxxxxxxxxxxxxx.json`). The name counts because several
/// students may join the same room from one account (a lab machine, a test).
///
/// The file's name is made here from a hash, never from what the user or the server typed, so no input
/// chooses a path.
struct ClassroomSeatFile {
    let path: String

    init(folder: String, host: String, port: Int, code: RoomCode, name: String) {
        path = folder + "/classroom/\(code.value)-\(Self.hash("\(host.lowercased())\n\(port)\n\(code.value)\n\(name)")).json"
    }

    /// The file in the user's state folder, or nil when there is none.
    init?(host: String, port: Int, code: RoomCode, name: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let folder = try? UserDirectories.stateFolder(environment: environment).get() else { return nil }
        self.init(folder: folder, host: host, port: port, code: code, name: name)
    }

    /// The seat kept here, if any (a damaged file counts as none: the student gets a new seat).
    func read() -> ClassroomClient.Credentials? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(ClassroomClient.Credentials.self, from: data)
    }

    /// Keeps the seat; a file that cannot be written only means a restarted client asks for a new seat.
    func write(_ credentials: ClassroomClient.Credentials) {
        let url = URL(fileURLWithPath: path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(credentials) else { return }
        if (try? data.write(to: url, options: .atomic)) != nil {
            // The token is the seat: only its owner may read it.
            _ = chmod(path, 0o600)
        }
    }

    /// FNV-1a, 64 bits, in hexadecimal.
    private static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
