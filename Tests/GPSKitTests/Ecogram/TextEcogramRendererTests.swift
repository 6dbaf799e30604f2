import Foundation
import Testing

@testable import GPSKit

@Suite struct TextEcogramRendererTests {
    let renderer = TextEcogramRenderer(texts: .embedded(.nl))

    @Test func showExample() {
        print(renderer.render(EcogramFixtures.tenPeople))
        print(TextEcogramRenderer(texts: .embedded(.en)).render(EcogramFixtures.tenPeople))
    }
}
