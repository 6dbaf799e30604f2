/// A case names a route this GPS does not have (made by another version, or edited by hand).
public struct UnknownRouteError: Error, Sendable, Equatable {
    public var route: String
    public var known: [String]

    public init(route: String, known: [String]) {
        self.route = route
        self.known = known
    }
}
