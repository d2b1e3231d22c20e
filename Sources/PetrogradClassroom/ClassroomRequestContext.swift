import Hummingbird
import NIOCore

/// The classroom's request context: Hummingbird's basic one plus the address a request came from, which
/// the teacher's login counts wrong keys against.
struct ClassroomRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's IP address, or "unknown".
    let address: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
