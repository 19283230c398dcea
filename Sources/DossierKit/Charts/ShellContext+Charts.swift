/// Chart drawing settings, from `set charset`, the locale and `set color`.
extension ShellContext {
    /// Block characters unless `set charset ascii`, or a non-UTF-8 locale under `set charset auto`.
    public var unicodeCharts: Bool {
        switch settings.charset {
        case .unicode: true
        case .ascii: false
        case .auto: terminal.utf8Locale
        }
    }

    /// How charts are drawn now: characters, colour, and the terminal's width (80 off a terminal).
    public var chartStyle: ChartStyle {
        ChartStyle(unicode: unicodeCharts, color: useColor, width: (terminal.stdoutIsTTY ? terminal.width : nil) ?? 80)
    }

    /// The format a chart command answers in: its `--format`, else the session's `set format`.
    func chartFormat(_ option: OutputFormat?) -> OutputFormat { option ?? settings.format }
}
