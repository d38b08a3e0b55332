import { realpathSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { extname, resolve } from 'node:path'
import type { InputFormat } from '@onrecord/parser'
import { type FormatName, formatNames, type RuleDescriptor } from '@onrecord/reporter'
import { integerOption, type ParsedArgs } from '../args.js'
import { ruleCatalog } from '../catalog.js'
import { useColor } from '../color.js'
import {
  type ConfigOverrides,
  type PresetName,
  parseRuleFlag,
  presetNames,
  type ResolvedConfig,
} from '../config.js'
import { ConfigResolver } from '../config-files.js'
import { isBlank } from '../decode.js'
import { FileError, UsageError } from '../errors.js'
import { expandInputs, type InputNotice } from '../inputs.js'
import type { IO } from '../io.js'
import { type JobSpec, type Outcome, STDIN_LABEL, type Task } from '../outcome.js'
import { AtomicFileSink, type Sink, streamSink } from '../output.js'
import { runTasks } from '../pool.js'
import { Progress } from '../progress.js'
import { readStdin } from '../read.js'
import { parseSize } from '../size.js'
import { summaryLine, type Totals } from '../stylish.js'
import { cliVersion } from '../version.js'
import type { ReportWriter } from './report-writer.js'

/** Everything `lint` and `report` take from the command line, checked. */
export interface CheckSettings {
  mode: 'lint' | 'report'
  format: FormatName | null
  out: string | null
  summary: 'csv' | 'json' | null
  summaryOut: string | null
  quiet: boolean
  frail: boolean
  maxWarnings: number | null
  minScore: number | null
  /** `--jobs`, or null for the default (see `defaultJobs`). */
  jobs: number | null
  timeout: number
  color: boolean | undefined
  progress: boolean
  stdinFilename: string | null
  inputFormat: InputFormat | null
  configPath: string | null
  noConfig: boolean
  overrides: ConfigOverrides
  ignorePath: string | null
  ignorePatterns: string[]
  noIgnore: boolean
}

const lintOnlyFlags = ['frail', 'max-warnings'] as const
const reportOnlyFlags = ['format', 'out', 'summary', 'summary-out'] as const

/** The input formats `--input-format` takes (the parser's; listed here so that reading flags loads no parser). */
const inputFormats: readonly InputFormat[] = ['markdown', 'text', 'html']

/** Reads and checks the flags of `lint` and `report`. */
export function checkSettings(parsed: ParsedArgs): CheckSettings {
  const o = parsed.options
  const mode = parsed.command === 'report' ? 'report' : 'lint'
  if (mode === 'lint')
    for (const flag of reportOnlyFlags)
      if (o[flag] !== undefined)
        throw new UsageError(
          `--${flag} is an option of onrecord report (try: onrecord report … --${flag} …)`,
        )
  void lintOnlyFlags

  let format: FormatName | null = null
  let summary: CheckSettings['summary'] = null
  if (mode === 'report') {
    if (o.summary !== undefined) {
      if (o.summary !== 'csv' && o.summary !== 'json')
        throw new UsageError(`--summary must be csv or json, got "${o.summary}"`)
      summary = o.summary
    }
    if (o.format !== undefined) {
      if (!(formatNames as readonly string[]).includes(o.format as string))
        throw new UsageError(
          `unknown format "${o.format}"; expected one of ${formatNames.join(', ')}`,
        )
      format = o.format as FormatName
    } else if (summary === null) format = 'text'
    if (o.out !== undefined && o.out === o['summary-out'])
      throw new UsageError('--out and --summary-out name the same file')
    if (o['summary-out'] !== undefined && summary === null)
      throw new UsageError('--summary-out needs --summary csv|json')
    if (
      summary !== null &&
      format !== null &&
      o.out === undefined &&
      o['summary-out'] === undefined
    )
      throw new UsageError(
        'the reports and the --summary table would both go to standard output; give --out PATH for the reports or --summary-out PATH for the table',
      )
  }

  let inputFormat: InputFormat | null = null
  if (o['input-format'] !== undefined) {
    if (!(inputFormats as readonly string[]).includes(o['input-format'] as string))
      throw new UsageError(
        `--input-format must be one of ${inputFormats.join(', ')}, got "${o['input-format']}"`,
      )
    inputFormat = o['input-format'] as InputFormat
  }

  const overrides: ConfigOverrides = {}
  if (o.preset !== undefined) {
    if (!presetNames.includes(o.preset as PresetName))
      throw new UsageError(
        `unknown preset "${o.preset}"; expected one of ${presetNames.join(', ')}`,
      )
    overrides.preset = o.preset as PresetName
  }
  if (o.rule) overrides.rules = Object.fromEntries(o.rule.map(parseRuleFlag))
  if (o['max-file-size'] !== undefined) {
    const size = parseSize(o['max-file-size'])
    if (size === null)
      throw new UsageError(
        `--max-file-size needs a size such as 500KB or 20MB, got "${o['max-file-size']}"`,
      )
    overrides.maxFileSize = size
  }

  let timeout = 300_000
  if (o.timeout !== undefined) {
    const seconds = Number(o.timeout)
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new UsageError(`--timeout needs a number of seconds (0 for none), got "${o.timeout}"`)
    timeout = Math.round(seconds * 1000)
  }

  if (o.config === false && typeof o.config === 'string')
    throw new UsageError('--config and --no-config contradict')

  // `--summary csv --out scores.csv` (no --format): the table is the output, so it goes to --out.
  const summaryOnly = mode === 'report' && summary !== null && format === null
  return {
    mode,
    format,
    out: summaryOnly ? null : (o.out ?? null),
    summary,
    summaryOut: o['summary-out'] ?? (summaryOnly ? (o.out ?? null) : null),
    quiet: o.quiet === true,
    frail: o.frail === true,
    maxWarnings:
      o['max-warnings'] === undefined
        ? null
        : integerOption('--max-warnings', o['max-warnings'], 0),
    minScore:
      o['min-score'] === undefined ? null : integerOption('--min-score', o['min-score'], 0, 100),
    jobs: o.jobs === undefined ? null : integerOption('--jobs', o.jobs, 1, 256),
    timeout,
    color: o.color,
    progress: o.progress !== false,
    stdinFilename: o['stdin-filename'] ?? null,
    inputFormat,
    configPath: typeof o.config === 'string' ? o.config : null,
    noConfig: o.config === false,
    overrides,
    ignorePath: o['ignore-path'] ?? null,
    ignorePatterns: o['ignore-pattern'] ?? [],
    noIgnore: o.ignore === false,
  }
}

/** Descriptions of the rules for SARIF's rule descriptors. */
function ruleDescriptors(): RuleDescriptor[] {
  return ruleCatalog().map((r) => ({
    id: r.id,
    description: r.description,
    url: r.url,
    defaultSeverity: r.defaultSeverity === 'warn' ? 'warning' : r.defaultSeverity,
  }))
}

/**
 * `onrecord [lint]` and `onrecord report`: find the inputs and their configuration, check
 * every file (in worker threads when there are several), stream the output in input order,
 * and work out the exit code.
 */
export async function runCheck(parsed: ParsedArgs, io: IO): Promise<number> {
  const settings = checkSettings(parsed)
  const writeErr = (line: string) => {
    progress?.clear()
    io.stderr.write(`onrecord: ${line}\n`)
  }
  let progress: Progress | null = null

  const configs = new ConfigResolver({
    configPath: settings.configPath ?? undefined,
    noConfig: settings.noConfig,
    overrides: settings.overrides,
    cwd: io.cwd,
  })

  // No input named: read standard input when it is piped, else explain.
  let inputs = parsed.inputs
  const implicitStdin = inputs.length === 0
  if (implicitStdin) {
    if (io.stdin.isTTY)
      throw new UsageError(
        'no input: give files, folders or globs, or pipe text to standard input (onrecord --help)',
      )
    inputs = ['-']
  }
  if (settings.stdinFilename !== null && !inputs.includes('-'))
    throw new UsageError(
      '--stdin-filename names standard input; give - (or pipe text) as the input',
    )

  const expansion = await expandInputs(inputs, {
    cwd: io.cwd,
    configs,
    ignorePath: settings.ignorePath ?? undefined,
    ignorePatterns: settings.ignorePatterns,
    noIgnore: settings.noIgnore,
  })
  const { files, notices } = expansion
  printNotices(notices, settings.quiet, writeErr)
  let inputErrors = notices.filter((n) => n.severity === 'error').length

  // Every file's configuration, before anything runs: a broken configuration stops the run
  // before any output, with exit code 2.
  const configByKey = new Map<string, ResolvedConfig>()
  const tasks: Task[] = []
  const stdinLabel = settings.stdinFilename ?? STDIN_LABEL
  for (const file of files) {
    const configFor =
      file.path === '-' ? resolve(io.cwd, settings.stdinFilename ?? 'stdin') : file.path
    const config = configs.resolveFor(configFor)
    const configKey = config.file ?? '(defaults)'
    configByKey.set(configKey, config)
    const label = file.path === '-' ? stdinLabel : file.label
    tasks.push({ seq: tasks.length, path: file.path, label, configKey })
  }

  // Standard input is read here, in the main thread, once.
  const stdinTask = tasks.find((t) => t.path === '-')
  if (stdinTask) {
    const config = configByKey.get(stdinTask.configKey) as ResolvedConfig
    try {
      const decoded = await readStdin(io.stdin, stdinLabel, config.maxFileSize)
      if (implicitStdin && isBlank(decoded.text))
        throw new UsageError(
          'no input: standard input is empty; give files, folders or globs (onrecord --help)',
        )
      stdinTask.text = { value: decoded.text, warnings: decoded.warnings }
    } catch (error) {
      if (!(error instanceof FileError)) throw error
      writeErr(`error: ${error.message}`)
      inputErrors++
      tasks.splice(tasks.indexOf(stdinTask), 1)
      tasks.forEach((task, index) => {
        task.seq = index
      })
    }
  }

  // Nothing to check: every input was missing, or every named file is ignored (not a failure).
  if (tasks.length === 0) return inputErrors > 0 ? 2 : 0

  const many = tasks.length > 1 || expansion.multi
  // Colour only for what goes to the terminal: never into a file written with --out.
  const color = useColor(settings.color, settings.out !== null ? {} : io.stdout, io.env)
  const spec: JobSpec = {
    mode: settings.mode,
    format: settings.format,
    many,
    color,
    quiet: settings.quiet,
    summary: settings.summary !== null,
    minScore: settings.minScore,
    inputFormat: settings.inputFormat,
    toolVersion: cliVersion(),
    ruleDescriptors: settings.format === 'sarif' ? ruleDescriptors() : [],
  }

  progress = new Progress(io.stderr, tasks.length, settings.progress)
  const stdoutSink = streamSink(io.stdout, 'standard output', {
    before: () => progress?.clear(),
  })
  // The inputs, by path and by real path, so that no output can be written over one.
  const inputPaths = new Set<string>()
  if (settings.out !== null || settings.summaryOut !== null)
    for (const file of files) {
      if (file.path === '-') continue
      inputPaths.add(file.path)
      try {
        inputPaths.add(realpathSync(file.path))
      } catch {}
    }

  let writer: ReportWriter | null = null
  let lintSink: Sink | null = null
  if (settings.mode === 'report') {
    if (settings.format === 'html' && settings.out === null && tasks.length > 1)
      throw new UsageError(
        '--format html with several inputs needs --out DIR (one page per article and an index.html)',
      )
    // Loaded only for `report`: lint output needs none of it (nor the formats it loads).
    const { openReportWriter } = await import('./report-writer.js')
    writer = await openReportWriter({
      format: settings.format,
      out: settings.out,
      summary: settings.summary,
      summaryOut: settings.summaryOut,
      many,
      single: tasks.length === 1,
      stdout: stdoutSink,
      inputs: inputPaths,
      cwd: io.cwd,
      toolVersion: spec.toolVersion,
      ruleDescriptors: spec.ruleDescriptors,
    })
  } else lintSink = stdoutSink

  const totals: Totals = {
    files: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    failed: 0,
    skipped: 0,
    scored: 0,
    scoreSum: 0,
    underScore: 0,
  }
  let firstLintBlock = true
  const onOutcome = async (outcome: Outcome) => {
    progress?.tick()
    for (const notice of outcome.notices)
      if (!settings.quiet) writeErr(`warning: ${outcome.label}: ${notice}`)
    if (outcome.status === 'failed') {
      totals.failed++
      writeErr(`error: ${outcome.label}: ${outcome.reason}, skipped`)
      return
    }
    if (outcome.status === 'skipped') {
      totals.skipped++
      if (!settings.quiet)
        writeErr(`warning: ${outcome.label}: ${outcome.reason}, nothing to check (skipped)`)
      return
    }
    totals.files++
    totals.errors += outcome.errors
    totals.warnings += outcome.warnings
    totals.infos += outcome.infos
    if (outcome.score !== null) {
      totals.scored++
      totals.scoreSum += outcome.score
      if (settings.minScore !== null && outcome.score < settings.minScore) totals.underScore++
    }
    if (lintSink && outcome.chunk !== '') {
      await lintSink.write(firstLintBlock ? outcome.chunk : `\n${outcome.chunk}`)
      firstLintBlock = false
    }
    if (writer) await writer.add(outcome)
  }

  try {
    await runTasks(tasks, {
      jobs: settings.jobs ?? defaultJobs(tasks.length),
      spec,
      configs: configByKey,
      timeout: settings.timeout,
      onOutcome,
    })
    progress.clear()
    if (writer) {
      const wrote = await writer.finish()
      if (wrote && io.stderr.isTTY && !settings.quiet) writeErr(wrote)
    }
  } catch (error) {
    progress.clear()
    await writer?.abort()
    throw error
  }

  if (lintSink) {
    const shown = settings.quiet ? totals.errors > 0 || totals.failed > 0 : true
    if (shown)
      await lintSink.write(
        `${firstLintBlock ? '' : '\n'}${summaryLine({ ...totals, failed: totals.failed + inputErrors }, color, settings.minScore)}`,
      )
  }

  return exitCode(totals, inputErrors, settings)
}

/** Files per worker thread below which starting one costs more than it saves. */
export const FILES_PER_WORKER = 20

/**
 * One worker thread per core — but no more than one per 20 files: starting a worker (loading
 * the pipeline into it) costs about as much as checking 20–40 articles, so a handful of files is
 * checked fastest in the main thread.
 */
export function defaultJobs(files: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)))
}

/** 2: something could not be checked; 1: problems the flags make fatal; 0: clean. */
export function exitCode(
  totals: Totals,
  inputErrors: number,
  settings: Pick<CheckSettings, 'frail' | 'maxWarnings' | 'minScore'>,
): number {
  if (inputErrors > 0 || totals.failed > 0) return 2
  if (totals.errors > 0) return 1
  if (settings.frail && totals.warnings > 0) return 1
  if (settings.maxWarnings !== null && totals.warnings > settings.maxWarnings) return 1
  if (settings.minScore !== null && totals.underScore > 0) return 1
  return 0
}

function printNotices(
  notices: readonly InputNotice[],
  quiet: boolean,
  write: (line: string) => void,
): void {
  for (const notice of notices) {
    if (notice.severity === 'warning' && quiet) continue
    write(`${notice.severity}: ${notice.message}`)
  }
}
