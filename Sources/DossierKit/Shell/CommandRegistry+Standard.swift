extension CommandRegistry {
    /// Every command of the shell, in the order `help` lists them within a group.
    public static let standard = CommandRegistry(commands: [
        LoadCommand.self, DocsCommand.self, ReadCommand.self, RetitleCommand.self, DropCommand.self,
        ShowCommand.self, ReloadCommand.self, EntitiesCommand.self, MentionsCommand.self, FiguresCommand.self, QuotesCommand.self,
        SearchCommand.self, KwicCommand.self, RelatedCommand.self, TimelineCommand.self, SqlCommand.self,
        NoteCommand.self, TagCommand.self, UntagCommand.self, HighlightCommand.self, AnnotationsCommand.self,
        EditCommand.self, DeleteCommand.self, TagsCommand.self, RenameCommand.self, MergeCommand.self,
        SplitEntityCommand.self, UnaliasCommand.self, RetypeCommand.self, RejectCommand.self, EntityCommand.self, UndoCommand.self,
        RedoCommand.self, ExportCommand.self, ImportCommand.self,
        OpenCommand.self, SaveCommand.self, NewCommand.self, SessionsCommand.self, HistoryCommand.self,
        SetCommand.self, OnceCommand.self, SourceCommand.self, HelpCommand.self, QuitCommand.self,
    ])
}
