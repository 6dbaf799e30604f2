import Foundation

/// The system's own words for an error from Foundation, when it comes from a system call: the
/// errno's text ("No space left on device"). Never the error's type or Cocoa domain, which mean
/// nothing to her; nil when there is no such reason.
enum SystemReason {
    static func of(_ error: any Error) -> String? {
        var current: NSError? = error as NSError
        while let error = current {
            if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
            current = error.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        return nil
    }
}
