import Testing

@Suite struct ExtractFiguresCLITests {
    @Test func placeholder() { #expect(1 + 1 == 2) }
}
