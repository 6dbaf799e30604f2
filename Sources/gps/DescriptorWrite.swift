#if canImport(Glibc)
    import Glibc
#endif

/// write(2) until every byte is out. FileHandle traps on a failed write; this hands back the
/// errno instead, so the caller decides (see `Terminal`).
enum DescriptorWrite {
    /// Nil when everything was written, else the errno of the write that failed.
    static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    static func all(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { all(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
