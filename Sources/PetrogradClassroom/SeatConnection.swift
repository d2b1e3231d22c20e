import HummingbirdWebSocket
import NIOCore
import PetrogradCore
import PetrogradPages

/// One browser seat on `/seat`: the server-side seat that stands in for the browser. It joins the room
/// exactly as a terminal client does (a `hello` through ``Classroom/admit(code:from:)`` and
/// ``Room/connect(_:outbox:)``, then `choose` frames through ``Room/choose(from:seq:choice:)``), so seats,
/// turns, timers, kick, rewind, end, the teacher's console and the database treat it as any seat. It keeps
/// its own copy of the game (``SeatStory``) and sends the browser what to show, already in words.
///
/// The browser's frames are checked as `/play`'s are: size, fields, a rate limit, and a closed connection
/// after too many bad frames in a row.
struct SeatConnection {
    let classroom: Classroom
    let pages: PageLibrary
    let address: String
    /// The page's language ("hi" or "en"), from `/seat?lang=`.
    let language: String
    let limits: ConnectionLimits

    /// What the seat's one loop takes, in order: a browser's frame, a room's frame, or an end.
    enum Input: Sendable {
        case browser([UInt8])
        case room(ServerFrame)
        case flooded
        case browserGone
        case roomGone
    }

    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let (inputs, feed) = AsyncStream.makeStream(of: Input.self)
        let outbox = Outbox()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await (frame, _) in outbox.frames { feed.yield(.room(frame)) }
                feed.yield(.roomGone)
            }
            group.addTask {
                var seat = BrowserSeat(classroom: classroom, pages: pages, address: address, limits: limits, outbox: outbox)
                seat.speak(language)
                await seat.run(inputs) { text in try? await outbound.write(.text(text)) }
                outbox.close()
                try? await outbound.close(.normalClosure, reason: nil)
            }
            var bucket = TokenBucket(rate: limits.frameRate)
            do {
                for try await message in inbound.messages(maxSize: ClassroomServer.readLimit) {
                    guard bucket.take(at: ContinuousClock.now) else {
                        feed.yield(.flooded)
                        break
                    }
                    switch message {
                    case .text(let text): feed.yield(.browser(Array(text.utf8)))
                    case .binary(let buffer): feed.yield(.browser(Array(buffer: buffer)))
                    }
                }
            } catch {
                // A message over the read limit, or a broken connection: either way the browser is gone.
            }
            feed.yield(.browserGone)
            await group.waitForAll()
            feed.finish()
        }
    }
}
