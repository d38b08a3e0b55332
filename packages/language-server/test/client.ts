import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  type ClientCapabilities,
  createProtocolConnection,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node'

/** The built server, as an editor starts it. */
export const serverBin = fileURLToPath(
  new URL('../bin/onrecord-language-server.js', import.meta.url),
)

export const capabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    inlayHint: { refreshSupport: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
    },
    inlayHint: {},
  },
}

interface Waiter {
  uri: string
  test: (params: PublishDiagnosticsParams) => boolean
  resolve: (params: PublishDiagnosticsParams) => void
}

/** A real LSP client over stdio, speaking to the built server in a child process. */
export class Client {
  readonly connection: ProtocolConnection
  readonly process: ChildProcess
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = []
  /** What `workspace/configuration` answers for the `onrecord` section. */
  settings: Record<string, unknown> = {}
  /** Registrations the server asked for. */
  readonly registrations: Array<{ method: string; registerOptions?: unknown }> = []
  readonly stderr: string[] = []
  private readonly waiters: Waiter[] = []
  readonly exited: Promise<number | null>

  constructor(args: string[] = [], nodeArgs: string[] = [], bin = serverBin) {
    this.process = spawn(process.execPath, [...nodeArgs, bin, '--stdio', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)))
    this.process.stderr?.on('data', (chunk) => this.stderr.push(String(chunk)))
    const stdout = this.process.stdout
    const stdin = this.process.stdin
    if (!stdout || !stdin) throw new Error('no stdio')
    this.connection = createProtocolConnection(
      new StreamMessageReader(stdout),
      new StreamMessageWriter(stdin),
    )
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: PublishDiagnosticsParams) => {
        this.published.push(params)
        for (const waiter of [...this.waiters]) {
          if (waiter.uri === params.uri && waiter.test(params)) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1)
            waiter.resolve(params)
          }
        }
      },
    )
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    )
    this.connection.onRequest(
      'client/registerCapability',
      (params: { registrations: Array<{ method: string; registerOptions?: unknown }> }) => {
        this.registrations.push(...params.registrations)
        return null
      },
    )
    this.connection.onRequest('workspace/inlayHint/refresh', () => null)
    this.connection.onNotification('window/logMessage', () => undefined)
    this.connection.listen()
  }

  initialize(rootUri: string | null, initializationOptions?: unknown): Promise<InitializeResult> {
    return this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'articles' }] : null,
      capabilities,
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    }) as Promise<InitializeResult>
  }

  async start(rootUri: string | null, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.initialize(rootUri, initializationOptions)
    await this.connection.sendNotification('initialized', {})
    return result
  }

  /** The next diagnostics for `uri` that pass `test` (by default: any). */
  diagnostics(
    uri: string,
    test: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeout = 20_000,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching diagnostics for ${uri} in ${timeout} ms`)),
        timeout,
      )
      this.waiters.push({
        uri,
        test,
        resolve: (params) => {
          clearTimeout(timer)
          resolve(params)
        },
      })
    })
  }

  /** Diagnostics for a given version of `uri`. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (params) => params.version === version)
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    })
  }

  change(
    uri: string,
    version: number,
    changes: Array<{ range?: unknown; text: string }>,
  ): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    })
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>
  }

  /** Resolves once the server has no check waiting or running. */
  async idle(timeout = 20_000): Promise<void> {
    const until = Date.now() + timeout
    while (Date.now() < until) {
      const status = await this.request<{ pending: number }>('onrecord/status')
      if (status.pending === 0) return
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error('the server stayed busy')
  }

  /** Polite end: shutdown, exit, and the exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {
      this.process.kill()
    }
    const code = await this.exited
    this.connection.dispose()
    return code
  }
}

/** A scratch workspace folder (real path, so URIs match what the server resolves). */
export function workspace(): {
  dir: string
  uri: string
  file(name: string): string
  remove(): void
} {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'onrecord-lsp-')))
  return {
    dir,
    uri: pathToFileURL(dir).href,
    file: (name) => pathToFileURL(join(dir, name)).href,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
