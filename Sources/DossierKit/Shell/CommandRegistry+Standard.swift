extension CommandRegistry {
    /// Every command of the shell, in the order `help` lists them within a group.
    public static let standard = CommandRegistry(commands: [
        LoadCommand.self, DocsCommand.self, ReadCommand.self, DropCommand.self,
        ShowCommand.self, EntitiesCommand.self, MentionsCommand.self,
        OpenCommand.self, SaveCommand.self, NewCommand.self, SessionsCommand.self, HistoryCommand.self,
        SetCommand.self, SourceCommand.self, HelpCommand.self, QuitCommand.self,
    ])
}
