import Foundation
import GPSKit

#if canImport(Glibc)
    import Glibc
#endif

// Case files hold what a family told in confidence: nothing GPS creates is readable by others.
umask(0o077)
// Before anything opens a file, so no file can take the number of a closed standard stream.
_ = StandardDescriptors.outputWasClosed
signal(SIGPIPE, SIG_IGN)
let status = Application(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: ProcessEnvironment.current()
).run()
exit(status.rawValue)
