import { type ParsedArgs, parseArgs } from './args.js'
import { UsageError, UserError } from './errors.js'
import { type IO, processIO } from './io.js'
import { cliVersion } from './version.js'

/**
 * Runs the command line and resolves to the exit code. Errors a user can fix (bad flags, a
 * broken configuration) print as one line, `onrecord: <message>`; anything else is a bug and
 * prints one line too, with the stack only when `ONRECORD_DEBUG` is set. Modules a command does
 * not need are never loaded, so `--version` and `--help` start fast.
 */
export async function run(argv: readonly string[], io: IO = processIO()): Promise<number> {
  let parsed: ParsedArgs
  try {
    // `onrecord lsp --stdio`: the language server, the editor's front door to the same checks.
    if (argv[0] === 'lsp') return await startLanguageServer(argv.slice(1))
    parsed = parseArgs(argv)
    if (parsed.options.version) {
      io.stdout.write(`${cliVersion()}\n`)
      return 0
    }
    if (parsed.options.help || parsed.command === 'help') {
      const topic =
        parsed.command === 'help'
          ? parsed.inputs[0]
          : parsed.explicitCommand
            ? parsed.command
            : undefined
      if (topic !== undefined && !['lint', 'report', 'rules', 'init'].includes(topic))
        throw new UsageError(`no help on "${topic}"; commands are lint, report, rules and init`)
      io.stdout.write((await import('./help.js')).helpText(topic))
      return 0
    }
    switch (parsed.command) {
      case 'rules':
        return await (await import('./commands/rules.js')).runRules(parsed, io)
      case 'init':
        return await (await import('./commands/init.js')).runInit(parsed, io)
      default:
        return await (await import('./commands/check.js')).runCheck(parsed, io)
    }
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`onrecord: ${error.message}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`onrecord: internal error: ${message.split('\n')[0]}\n`)
    if (io.env.ONRECORD_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
    else
      io.stderr.write(
        'onrecord: this is a bug; run again with ONRECORD_DEBUG=1 for details and report it\n',
      )
    return 2
  }
}

/**
 * Starts `@onrecord/language-server`, which builds on this package (for configuration
 * discovery), so it is loaded by name at run time rather than imported: the project references
 * stay acyclic. The server keeps the process alive until its client says exit.
 */
async function startLanguageServer(argv: readonly string[]): Promise<number> {
  const name = '@onrecord/language-server'
  let server: { startServer(options: { argv: readonly string[] }): void }
  try {
    server = (await import(name)) as typeof server
  } catch {
    throw new UserError('the language server (@onrecord/language-server) is not installed', 2)
  }
  server.startServer({ argv: argv.length > 0 ? argv : ['--stdio'] })
  return 0
}

/**
 * The `onrecord` executable: runs the command line on the process, sets the exit code, and
 * cleans up when interrupted (temporary output files removed) or when the reader of standard
 * output goes away (`onrecord report … | head`).
 */
export async function main(): Promise<void> {
  const { removePendingSync } = await import('./output.js')
  const { unlinkSync } = await import('node:fs')
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.once(signal, () => {
      removePendingSync(unlinkSync)
      process.exit(code)
    })
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') {
        removePendingSync(unlinkSync)
        process.exit(process.exitCode ?? 0)
      }
      throw error
    })
  process.exitCode = await run(process.argv.slice(2))
}
