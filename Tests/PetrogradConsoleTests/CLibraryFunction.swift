#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A C library function that Swift's Glibc module leaves out (glibc declares `wcwidth` and the
/// pseudo-terminal functions only for `_XOPEN_SOURCE`), found at run time by name.
func cLibraryFunction<Function>(named name: String, as type: Function.Type) throws -> Function {
    guard let program = dlopen(nil, RTLD_NOW) else {
        throw CLibraryFunctionError.notFound(name)
    }
    defer { dlclose(program) }
    guard let symbol = dlsym(program, name) else {
        throw CLibraryFunctionError.notFound(name)
    }
    return unsafeBitCast(symbol, to: type)
}

/// Why a C library function could not be found.
enum CLibraryFunctionError: Error {
    case notFound(String)
}
