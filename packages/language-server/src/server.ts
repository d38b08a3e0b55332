import { readFile } from 'node:fs/promises'
import { basename, dirname, sep } from 'node:path'
import { configFileNames } from '@onrecord/cli'
import {
  type CancellationToken,
  CodeActionKind,
  type Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MarkupKind,
  type NotificationHandler,
  type Position,
  type Range,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { type Analyzer, CancelledError, InlineAnalyzer, WorkerAnalyzer } from './analyzer.js'
import { Checked } from './checked.js'
import { codeActions } from './code-actions.js'
import { type DiagnosticOptions, diagnosticsOf, internalCode } from './diagnostics.js'
import { formatOf, pathOf } from './format.js'
import { hoverAt } from './hover.js'
import { inlayHints } from './inlay-hints.js'
import type { AnalysisJob, AnalysisResult } from './job.js'
import { reportRequest, type ServerStatus, settingsSection, statusRequest } from './protocol.js'
import { Scheduler } from './scheduler.js'
import { defaultSettings, readSettings, type Settings } from './settings.js'
import { documentSymbols, flatSymbols } from './symbols.js'
import { serverName, serverVersion } from './version.js'

export interface ServerOptions {
  /** Analyse on the server's own thread instead of a worker thread. */
  inline?: boolean
}

/** A check that takes less than this (ms) starts without a debounce when the server is idle. */
const quickCheck = 100

/** The longest a request waits for the check of the document's current version. */
const freshTimeout = 30_000

/**
 * How long a checked document stays unchanged, with nothing else to check, before its report
 * is fetched from the analysis thread ahead of any hover (ms).
 */
const reportAfter = 50

// — Checking what clients send: a malformed request is an error answer, never a crash. —

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function uriParam(params: unknown): string {
  const document = isRecord(params) ? params.textDocument : undefined
  const uri = isRecord(document) ? document.uri : undefined
  if (typeof uri !== 'string' || uri === '')
    throw invalid('textDocument.uri: expected a document URI string')
  return uri
}

function isPosition(value: unknown): value is Position {
  return (
    isRecord(value) &&
    Number.isInteger(value.line) &&
    Number.isInteger(value.character) &&
    (value.line as number) >= 0 &&
    (value.character as number) >= 0
  )
}

function positionParam(params: unknown, key = 'position'): Position {
  const position = isRecord(params) ? params[key] : undefined
  if (!isPosition(position))
    throw invalid(`${key}: expected { line, character } with whole numbers ≥ 0`)
  return position
}

function rangeParam(params: unknown): Range {
  const range = isRecord(params) ? params.range : undefined
  if (!isRecord(range) || !isPosition(range.start) || !isPosition(range.end))
    throw invalid('range: expected { start, end } positions')
  return { start: range.start, end: range.end }
}

function isRange(value: unknown): boolean {
  return isRecord(value) && isPosition(value.start) && isPosition(value.end)
}

function validOpen(params: unknown): boolean {
  const td = isRecord(params) ? params.textDocument : undefined
  return (
    isRecord(td) &&
    typeof td.uri === 'string' &&
    td.uri !== '' &&
    typeof td.languageId === 'string' &&
    Number.isInteger(td.version) &&
    typeof td.text === 'string'
  )
}

function validChange(params: unknown): boolean {
  const td = isRecord(params) ? params.textDocument : undefined
  const changes = isRecord(params) ? params.contentChanges : undefined
  return (
    isRecord(td) &&
    typeof td.uri === 'string' &&
    Number.isInteger(td.version) &&
    Array.isArray(changes) &&
    changes.every(
      (change) =>
        isRecord(change) &&
        typeof change.text === 'string' &&
        (change.range === undefined || isRange(change.range)),
    )
  )
}

function validClose(params: unknown): boolean {
  const td = isRecord(params) ? params.textDocument : undefined
  return isRecord(td) && typeof td.uri === 'string'
}

/**
 * The connection's document-sync events, with malformed notifications left out (and logged):
 * a `didOpen` without a URI or a `didChange` with a bad range must not become a document.
 */
function checkedSync(
  connection: Connection,
  warn: (problem: string) => void,
): Parameters<TextDocuments<TextDocument>['listen']>[0] {
  const guard =
    <P>(name: string, valid: (params: unknown) => boolean, handler: NotificationHandler<P>) =>
    (params: P) => {
      if (valid(params)) return handler(params)
      warn(`onrecord: ignored a malformed ${name} notification`)
    }
  return {
    onDidOpenTextDocument: (handler) =>
      connection.onDidOpenTextDocument(guard('textDocument/didOpen', validOpen, handler)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(guard('textDocument/didChange', validChange, handler)),
    onDidCloseTextDocument: (handler) =>
      connection.onDidCloseTextDocument(guard('textDocument/didClose', validClose, handler)),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
  }
}

/** Hover text without Markdown, for clients that show plain text only. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '')
}

/**
 * Wires the onrecord language server onto a connection: document sync, diagnostics,
 * hover, code actions, the source outline, speaker hints, `onrecord/report` and
 * `onrecord/status`. Call `connection.listen()` afterwards.
 */
export function createServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const analyzer: Analyzer = options.inline ? new InlineAnalyzer() : new WorkerAnalyzer()
  const results = new Map<string, Checked & { generation: number }>()
  const durations = new Map<string, number>()
  const settingsCache = new Map<string, Promise<Settings>>()
  const settingsKnown = new Map<string, Settings>()
  const warned = new Set<string>()
  let generation = 0
  let baseSettings: Settings = defaultSettings
  let folders: string[] = []
  const client = {
    pullSettings: false,
    registerConfiguration: false,
    registerWatchers: false,
    hierarchicalSymbols: false,
    markdownHover: true,
    inlayRefresh: false,
    folderEvents: false,
    diagnostics: { relatedInformation: true, codeDescription: true } as DiagnosticOptions,
  }

  const warn = (problems: string[]) => {
    for (const problem of problems) {
      if (warned.has(problem)) continue
      warned.add(problem)
      connection.console.warn(problem)
    }
  }

  /** The workspace folder holding a path (the longest match), for relative paths and untitled buffers. */
  const folderOf = (path: string | null): string | null => {
    let best: string | null = null
    for (const folder of folders) {
      const inside =
        path !== null &&
        (path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep))
      if ((inside || path === null) && (best === null || folder.length > best.length)) best = folder
      if (path === null) break
    }
    return best
  }

  const settingsFor = (uri: string): Promise<Settings> => {
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = (async () => {
        if (!client.pullSettings) return baseSettings
        try {
          const [value] = await connection.workspace.getConfiguration([
            { scopeUri: uri, section: settingsSection },
          ])
          const problems: string[] = []
          const read = readSettings(value, baseSettings, problems)
          warn(problems)
          return read
        } catch {
          return baseSettings
        }
      })().then((read) => {
        settingsKnown.set(uri, read)
        return read
      })
      settingsCache.set(uri, settings)
    }
    return settings
  }

  const publish = (uri: string, checked: Checked) => {
    const document = documents.get(uri)
    void connection.sendDiagnostics({
      uri,
      ...(document ? { version: checked.result.version } : {}),
      diagnostics: diagnosticsOf(checked, uri, client.diagnostics),
    })
  }

  const store = (result: AnalysisResult) => {
    const document = documents.get(result.uri)
    if (!document || document.version !== result.version || result.generation !== generation) return
    const snapshot = TextDocument.create(
      result.uri,
      document.languageId,
      document.version,
      document.getText(),
    )
    const checked = Object.assign(new Checked(result, snapshot), { generation: result.generation })
    results.set(result.uri, checked)
    durations.set(result.uri, result.ms)
    publish(result.uri, checked)
    if (!checked.hasReport) prefetchLater(checked)
  }

  /**
   * Off the path from an edit to its diagnostics: fetches the report of a check once nothing
   * has been waiting for the analysis thread for a moment, so that a hover later is answered
   * here at once, even while another document is being checked.
   */
  const prefetchLater = (checked: Checked) => {
    const timer = setTimeout(() => {
      if (results.get(checked.result.uri) !== checked || checked.hasReport) return
      if (scheduler.pending > 0) prefetchLater(checked)
      else void prefetchReport(checked)
    }, reportAfter)
    timer.unref?.()
  }

  const emptyResult = (uri: string, version: number): AnalysisResult => ({
    uri,
    version,
    generation,
    ms: 0,
    configFile: null,
    configProblem: null,
    findings: [],
    format: null,
    report: null,
    deferred: false,
    sentences: [],
    blocks: [],
  })

  const jobFor = async (
    uri: string,
    fullReport = false,
    report = fullReport,
  ): Promise<AnalysisJob | null> => {
    const document = documents.get(uri)
    if (!document) return null
    const settings = await settingsFor(uri)
    if (!settings.enable && !fullReport) return null
    const format = formatOf(document.languageId, uri)
    if (!format) return null
    const path = pathOf(uri)
    return {
      uri,
      version: document.version,
      text: document.getText(),
      format,
      path,
      cwd: folderOf(path) ?? (path ? dirname(path) : process.cwd()),
      rules: settings.rules,
      preset: settings.preset,
      fullReport,
      report,
      generation,
    }
  }

  const scheduler = new Scheduler(analyzer, {
    versionOf: (uri) => documents.get(uri)?.version ?? null,
    checkedVersion: (uri) => {
      const checked = results.get(uri)
      return checked && checked.generation === generation ? checked.result.version : null
    },
    jobFor: (uri) => jobFor(uri),
    lastDuration: (uri) => durations.get(uri) ?? null,
    delayFor: (uri, idle) => {
      if (!results.has(uri)) return 0
      const debounce = settingsKnown.get(uri)?.debounce ?? baseSettings.debounce
      if (debounce !== null) return debounce
      const last = durations.get(uri) ?? 50
      // A quick document with nothing else in hand is checked at once: edits that arrive
      // while it runs are taken together by the next check.
      if (idle && last < quickCheck) return 0
      // Otherwise wait about as long as a check takes: a cheap check runs almost at once, an
      // expensive one waits for a pause in typing.
      return Math.min(250, Math.max(15, last))
    },
    deliver: store,
    failed: (job, error) => {
      connection.console.error(
        `onrecord: checking ${job.uri} failed: ${error.stack ?? error.message}`,
      )
      store({
        ...emptyResult(job.uri, job.version),
        generation: job.generation,
        findings: [
          {
            ruleId: internalCode,
            severity: 'error',
            reason: `onrecord could not check this document: ${error.message.split('\n')[0]} (please report this with the document)`,
            start: 0,
            end: 0,
            url: null,
            note: null,
            actual: null,
            expected: null,
            related: [],
          },
        ],
      })
    },
    skipped: (uri, version) => store(emptyResult(uri, version)),
  })

  /** Everything open is checked again: configuration or settings changed. */
  const recheckAll = () => {
    generation++
    for (const document of documents.all()) scheduler.now(document.uri)
    if (client.inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined)
  }

  /** The result for the document's current version, waiting for its check if need be. */
  const fresh = async (uri: string, token?: CancellationToken): Promise<Checked | null> => {
    const document = documents.get(uri)
    if (!document) return null
    let timer: ReturnType<typeof setTimeout> | undefined
    let cancelled: { dispose(): void } | undefined
    await Promise.race([
      scheduler.whenFresh(uri),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, freshTimeout)
        cancelled = token?.onCancellationRequested(() => resolve())
      }),
    ])
    clearTimeout(timer)
    cancelled?.dispose()
    const checked = results.get(uri)
    const current = documents.get(uri)
    return checked && current && checked.result.version === current.version ? checked : null
  }

  /**
   * Brings a check's report over from the analysis thread, which made only the diagnostics
   * with the check and keeps the analysis for this. When the thread no longer holds that
   * version (it was started again), the version is checked again, report included.
   */
  const loadReport = (checked: Checked): Promise<void> => {
    if (checked.hasReport) return Promise.resolve()
    checked.loading ??= (async () => {
      const { uri, version, generation: made } = checked.result
      let report = await analyzer.report(uri, version, made).catch(() => undefined)
      if (report === undefined) {
        const job = await jobFor(uri, false, true)
        if (job) {
          job.version = version
          job.text = checked.snapshot.getText()
          job.generation = made
          report = await analyzer.run(job).then(
            (result) => result.report,
            () => null,
          )
        }
      }
      checked.setReport(report ?? null)
    })().finally(() => {
      checked.loading = undefined
    })
    return checked.loading
  }

  /** The report of a check if the analysis thread still holds it; nothing is checked again. */
  const prefetchReport = async (checked: Checked): Promise<void> => {
    if (checked.hasReport || checked.loading) return
    const { uri, version, generation: made } = checked.result
    const report = await analyzer.report(uri, version, made).catch(() => undefined)
    if (report !== undefined && !checked.hasReport) checked.setReport(report)
  }

  /** `fresh`, with the report there for the features that read it. */
  const freshWithReport = async (
    uri: string,
    token?: CancellationToken,
  ): Promise<Checked | null> => {
    const checked = await fresh(uri, token)
    if (checked) await loadReport(checked)
    return checked
  }

  documents.onDidChangeContent(({ document }) => scheduler.changed(document.uri))
  documents.onDidClose(({ document }) => {
    const { uri } = document
    results.delete(uri)
    durations.delete(uri)
    settingsCache.delete(uri)
    settingsKnown.delete(uri)
    scheduler.forget(uri)
    analyzer.forget(uri)
    void connection.sendDiagnostics({ uri, diagnostics: [] })
  })

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities ?? {}
    const workspace = capabilities.workspace ?? {}
    const text = capabilities.textDocument ?? {}
    client.pullSettings = workspace.configuration === true
    client.registerConfiguration = workspace.didChangeConfiguration?.dynamicRegistration === true
    client.registerWatchers = workspace.didChangeWatchedFiles?.dynamicRegistration === true
    client.hierarchicalSymbols = text.documentSymbol?.hierarchicalDocumentSymbolSupport === true
    const formats = text.hover?.contentFormat
    client.markdownHover = !Array.isArray(formats) || formats.includes(MarkupKind.Markdown)
    client.inlayRefresh = workspace.inlayHint?.refreshSupport === true
    client.folderEvents = workspace.workspaceFolders === true
    client.diagnostics = {
      relatedInformation: text.publishDiagnostics?.relatedInformation !== false,
      codeDescription: text.publishDiagnostics?.codeDescriptionSupport !== false,
    }
    const problems: string[] = []
    const init = isRecord(params.initializationOptions) ? params.initializationOptions : {}
    baseSettings = readSettings(
      isRecord(init[settingsSection]) ? init[settingsSection] : init,
      defaultSettings,
      problems,
    )
    warn(problems)
    const uris =
      params.workspaceFolders?.map((folder) => folder.uri) ??
      (params.rootUri ? [params.rootUri] : [])
    folders = uris.map(pathOf).filter((path): path is string => path !== null)
    if (folders.length === 0 && typeof params.rootPath === 'string') folders = [params.rootPath]
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: { label: 'Sources' },
        inlayHintProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: serverName, version: serverVersion() },
    }
  })

  connection.onInitialized(() => {
    if (client.registerConfiguration)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: settingsSection })
        .catch(() => undefined)
    if (client.registerWatchers)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: configFileNames.map((name) => ({ globPattern: `**/${name}` })),
        })
        .catch(() => undefined)
    if (client.folderEvents)
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => pathOf(folder.uri)))
        folders = [
          ...folders.filter((folder) => !removed.has(folder)),
          ...event.added
            .map((folder) => pathOf(folder.uri))
            .filter((path): path is string => path !== null),
        ]
        recheckAll()
      })
  })

  connection.onDidChangeConfiguration((params) => {
    if (!client.pullSettings) {
      const problems: string[] = []
      const settings = isRecord(params?.settings) ? params.settings : {}
      baseSettings = readSettings(settings[settingsSection] ?? settings, defaultSettings, problems)
      warn(problems)
    }
    settingsCache.clear()
    settingsKnown.clear()
    recheckAll()
  })

  const configNames = new Set<string>(configFileNames)
  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : []
    const relevant = changes.some((change) => {
      const path = typeof change?.uri === 'string' ? (pathOf(change.uri) ?? change.uri) : ''
      return configNames.has(basename(path))
    })
    if (relevant) recheckAll()
  })

  connection.onHover(async (params, token): Promise<Hover | null> => {
    const uri = uriParam(params)
    const position = positionParam(params)
    const checked = await freshWithReport(uri, token)
    if (!checked) return null
    const hover = hoverAt(checked, checked.offsetAt(position))
    if (
      hover &&
      !client.markdownHover &&
      typeof hover.contents === 'object' &&
      'kind' in hover.contents
    )
      hover.contents = { kind: MarkupKind.PlainText, value: plain(hover.contents.value) }
    return hover
  })

  connection.onCodeAction(async (params, token) => {
    const uri = uriParam(params)
    const range = rangeParam(params)
    const only =
      isRecord(params.context) && Array.isArray(params.context.only)
        ? params.context.only
        : undefined
    const checked = await fresh(uri, token)
    if (!checked) return null
    return codeActions(checked, uri, range, client.diagnostics, only)
  })

  connection.onDocumentSymbol(async (params, token) => {
    const uri = uriParam(params)
    const checked = await freshWithReport(uri, token)
    if (!checked) return null
    return client.hierarchicalSymbols ? documentSymbols(checked) : flatSymbols(checked, uri)
  })

  connection.languages.inlayHint.on(async (params, token) => {
    const uri = uriParam(params)
    const range = rangeParam(params)
    const settings = await settingsFor(uri)
    if (!settings.inlayHints.enable) return []
    const checked = await freshWithReport(uri, token)
    if (!checked) return null
    return inlayHints(checked, range)
  })

  connection.onRequest(reportRequest, async (params) => {
    const uri = uriParam(params)
    let job = await jobFor(uri, true)
    if (!job) {
      if (documents.get(uri)) throw invalid(`${uri}: not a Markdown, plain-text or HTML document`)
      const path = pathOf(uri)
      if (path === null) throw invalid(`${uri}: the document is not open and is not a file`)
      const format = formatOf('', uri) ?? 'text'
      let text: string
      try {
        text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '')
      } catch (error) {
        throw invalid(
          `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        )
      }
      const settings = await settingsFor(uri)
      job = {
        uri,
        version: 0,
        text,
        format,
        path,
        cwd: folderOf(path) ?? dirname(path),
        rules: settings.rules,
        preset: settings.preset,
        fullReport: true,
        report: true,
        generation,
      }
    }
    let result: AnalysisResult
    try {
      result = await analyzer.run(job)
    } catch (error) {
      if (error instanceof CancelledError)
        throw new ResponseError(
          LSPErrorCodes.ContentModified,
          'the document changed while its report was made',
        )
      throw error
    }
    if (result.configProblem || !result.report)
      throw new ResponseError(
        ErrorCodes.InvalidRequest,
        result.configProblem?.message ?? 'no report',
      )
    return result.report
  })

  connection.onRequest(statusRequest, async (): Promise<ServerStatus> => {
    const analysisHeapUsed = await analyzer.heapUsed().catch(() => 0)
    globalThis.gc?.()
    return {
      documents: documents.all().length,
      checked: results.size,
      pending: scheduler.pending,
      jobs: { ...scheduler.counts },
      restarts: analyzer.restarts,
      heapUsed: process.memoryUsage().heapUsed,
      analysisHeapUsed,
    }
  })

  connection.onShutdown(async () => {
    await analyzer.dispose()
  })

  documents.listen(checkedSync(connection, (problem) => warn([problem])))
}
