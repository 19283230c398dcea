// The `dossier` executable: parses options and hands over to DossierKit. Exit status: 0 when every
// command succeeded, 1 when one failed, 2 for bad options.
import ArgumentParser
import DossierKit
#if canImport(Glibc)
import Glibc
#endif

do {
    var command = try DossierCommand.parseAsRoot()
    if var run = command as? RunCommand {
        exit(run.runShell())
    } else if var extract = command as? ExtractCommand {
        exit(extract.runExtract())
    } else {
        try command.run()
    }
} catch {
    let code = DossierCommand.exitCode(for: error)
    let message = DossierCommand.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    StandardStream.error.write(message + "\n")
    exit(2)
}
