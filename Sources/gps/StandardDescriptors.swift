import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Standard input, output and error as `gps` found them at start. A descriptor that was closed
/// (`gps rapport ID >&-`) gets /dev/null, because the next file `gps` opens would otherwise take
/// its number: the lock file, or a case being saved, would receive the wizard's prompts.
enum StandardDescriptors {
    /// True when standard output was closed at start: writing to it is then an error, not silence.
    static let outputWasClosed: Bool = {
        var closed: Set<Int32> = []
        // In this order, so that open(2), which takes the lowest free number, fills each gap.
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDWR)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            closed.insert(descriptor)
        }
        return closed.contains(STDOUT_FILENO)
    }()
}
