import { createConnection, ProposedFeatures } from 'vscode-languageserver/node'
import { createServer } from './server.js'
import { serverName, serverVersion } from './version.js'

export interface StartOptions {
  /** The arguments after the command name (`--stdio`, `--no-worker` …); default: `process.argv`. */
  argv?: readonly string[]
}

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']

export const usage = `Usage: ${serverName} [--stdio | --node-ipc | --socket=PORT | --pipe=NAME] [--no-worker]

The onrecord language server: sourcing diagnostics, hovers, quick fixes, the source
outline and speaker hints for Markdown, plain-text and HTML documents, over the
Language Server Protocol. Standard input and output are the default transport.

  --stdio        talk LSP over standard input and output (the default)
  --node-ipc     talk over Node.js IPC (for clients that fork the server)
  --socket=PORT  talk over a TCP socket on PORT
  --pipe=NAME    talk over a named pipe or Unix socket
  --no-worker    check documents on the server's own thread, not a worker thread
  --version      print the version
  --help         print this help
`

/**
 * Starts the server on the transport the arguments name (standard input and output when
 * none is named) and returns at once; the process lives as long as the connection.
 * `onrecord lsp` calls this; so does `onrecord-language-server`.
 */
export function startServer(options: StartOptions = {}): void {
  const argv = options.argv ?? process.argv.slice(2)
  const named = argv.some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))
  const connection = named
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  createServer(connection, { inline: argv.includes('--no-worker') })
  connection.listen()
}

/** The command line of `onrecord-language-server`: `--help`, `--version`, or the server. */
export function main(argv: readonly string[] = process.argv.slice(2)): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage)
    return
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${serverVersion()}\n`)
    return
  }
  startServer({ argv })
}
