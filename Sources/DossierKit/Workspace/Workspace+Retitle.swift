extension Workspace {
    /// Gives a document a title by hand; it is kept in the session and survives `reload`.
    /// Returns the old title, or nil when there is no such document.
    @discardableResult
    public mutating func retitle(_ id: DocumentID, to title: String) -> String? {
        guard let i = documents.firstIndex(where: { $0.id == id }) else { return nil }
        let old = documents[i].title
        documents[i].title = title
        documents[i].userTitle = title
        return old
    }
}
