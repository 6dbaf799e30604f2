/// The version `gps --version` shows.
public enum GPSVersion {
    public static let number = "0.1.0"

    public static var description: String {
        "gps \(number) (Swift \(swiftVersion))"
    }

    private static var swiftVersion: String {
        #if swift(>=6.3)
            "6.3"
        #elseif swift(>=6.2)
            "6.2"
        #elseif swift(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }
}
