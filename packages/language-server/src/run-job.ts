import { readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { type CheckResult, ConfigError, check } from '@onrecord/cli'
import { ParseCache } from '@onrecord/parser'
import type { Report } from '@onrecord/reporter'
import type { Analysis } from '@onrecord/rules'
import type { VFileMessage } from 'vfile-message'
import type { AnalysisJob, AnalysisResult, Finding, RelatedPlace } from './job.js'

interface PointLike {
  line?: number | null | undefined
  column?: number | null | undefined
  offset?: number | null | undefined
}

type PlaceLike = PointLike | { start?: PointLike | null; end?: PointLike | null } | null | undefined

/** Offsets of the starts of lines, for points that carry a line and column but no offset. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++
    if (code === 13 || code === 10) starts.push(i + 1)
  }
  return starts
}

class Offsets {
  private starts: number[] | undefined
  constructor(private readonly text: string) {}

  of(point: PointLike | null | undefined): number | null {
    if (!point) return null
    if (typeof point.offset === 'number' && Number.isFinite(point.offset))
      return Math.min(Math.max(0, point.offset), this.text.length)
    if (typeof point.line !== 'number' || !Number.isFinite(point.line)) return null
    this.starts ??= lineStarts(this.text)
    const line = Math.min(Math.max(1, Math.trunc(point.line)), this.starts.length)
    const start = this.starts[line - 1] as number
    const column = typeof point.column === 'number' ? Math.max(1, Math.trunc(point.column)) : 1
    return Math.min(start + column - 1, this.text.length)
  }

  /** Start and end offsets of a vfile place; a point gives an empty range. */
  range(place: PlaceLike): [number, number] {
    if (place && ('start' in place || 'end' in place)) {
      const span = place as { start?: PointLike | null; end?: PointLike | null }
      const start = this.of(span.start) ?? 0
      return [start, Math.max(start, this.of(span.end) ?? start)]
    }
    const at = this.of(place as PointLike | null | undefined) ?? 0
    return [at, at]
  }
}

function severityOf(message: VFileMessage): Finding['severity'] {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** The related places of a message: its `cause`, and the cause's cause (a short chain). */
function relatedOf(message: VFileMessage, offsets: Offsets): RelatedPlace[] {
  const related: RelatedPlace[] = []
  let cause: unknown = message.cause
  for (let depth = 0; depth < 3 && cause instanceof Error; depth++) {
    const place = (cause as { place?: PlaceLike }).place
    if (place) {
      const [start, end] = offsets.range(place)
      const reason = (cause as { reason?: unknown }).reason
      related.push({ start, end, message: typeof reason === 'string' ? reason : cause.message })
    }
    cause = cause.cause
  }
  return related
}

function toFinding(message: VFileMessage, offsets: Offsets): Finding {
  const [start, end] = offsets.range(message.place as PlaceLike)
  return {
    ruleId: message.ruleId ?? null,
    severity: severityOf(message),
    reason: message.reason,
    start,
    end,
    url: message.url ?? null,
    note: message.note ?? null,
    actual: message.actual ?? null,
    expected: message.expected && message.expected.length > 0 ? [...message.expected] : null,
    related: relatedOf(message, offsets),
  }
}

/** The path to give `check`: relative to `cwd` when inside it, as the command line shows it. */
function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

function flatSpans(spans: ReadonlyArray<{ start: { offset: number }; end: { offset: number } }>) {
  const flat: number[] = new Array(spans.length * 2)
  spans.forEach((span, index) => {
    flat[index * 2] = span.start.offset
    flat[index * 2 + 1] = span.end.offset
  })
  return flat
}

/** The 1-based line where a configuration key (`rules.hedgee`) is written, if it can be found. */
function keyLine(file: string, key: string | null): number | null {
  if (!key) return null
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const last = key
    .split('.')
    .at(-1)
    ?.replace(/\[\d+\]$/, '')
  if (!last) return null
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`(^|["'\\s{,])${escaped}["']?\\s*:`)
  const lines = text.split(/\r\n|\r|\n/)
  const index = lines.findIndex((line) => pattern.test(line))
  return index === -1 ? null : index + 1
}

/** What the analysis thread keeps of one open document between its checks. */
interface Held {
  /** The parse of the last version, for the next check to reuse what did not change. */
  cache: ParseCache
  /** The last check, until its report is asked for or the next check replaces it. */
  last: { version: number; generation: number; result: CheckResult } | null
}

const held = new Map<string, Held>()

/**
 * Checks one version of one document exactly as `onrecord report` checks a file — the same
 * pipeline and the same configuration discovery, through `@onrecord/cli`'s `check` — and
 * flattens what the editor features need into plain data.
 *
 * A check of an open document as it is edited (neither `report` nor `fullReport`) reuses the
 * parse of what did not change since the document's last check, and makes no report: the
 * thread keeps the check, and `reportOf` makes its report when a hover or the outline needs
 * it. Other jobs (`onrecord/report`, a report made again) check the text from scratch and
 * leave what is kept alone.
 */
export async function runJob(job: AnalysisJob): Promise<AnalysisResult> {
  const started = performance.now()
  const base = {
    uri: job.uri,
    version: job.version,
    generation: job.generation,
    findings: [] as Finding[],
    format: job.format,
    report: null,
    deferred: false,
    sentences: [] as number[],
    blocks: [] as number[],
  }
  const editing = !job.report && !job.fullReport
  let kept: Held | undefined
  if (editing) {
    kept = held.get(job.uri)
    if (!kept) {
      kept = { cache: new ParseCache(), last: null }
      held.set(job.uri, kept)
    }
    // The check below may move what the last one shares with it: its report can no longer be made.
    kept.last = null
  }
  try {
    const result = await check(
      job.path === null ? job.text : { path: shownPath(job.path, job.cwd), value: job.text },
      {
        cwd: job.cwd,
        format: job.format,
        rules: job.rules,
        preset: job.preset ?? undefined,
        text: job.fullReport,
        parseCache: kept?.cache,
      },
    )
    const offsets = new Offsets(job.text)
    const analysis = result.file.data.analysis as Analysis | undefined
    const out: AnalysisResult = {
      ...base,
      ms: 0,
      configFile: result.config.file,
      configProblem: null,
      findings: result.messages.map((message) => toFinding(message, offsets)),
      report: editing ? null : result.report,
      deferred: editing,
      sentences: analysis ? flatSpans(analysis.doc.sentences) : [],
      blocks: analysis ? flatSpans(analysis.doc.blocks) : [],
    }
    if (kept) kept.last = { version: job.version, generation: job.generation, result }
    out.ms = performance.now() - started
    return out
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const file = error.file === null ? null : resolve(job.cwd, error.file)
    return {
      ...base,
      ms: performance.now() - started,
      configFile: file,
      configProblem: {
        message: error.message,
        file,
        key: error.key,
        line: file === null ? null : keyLine(file, error.key),
      },
    }
  }
}

/**
 * The report of the last check of a document (`runJob`), if this thread still holds that
 * version's analysis; `undefined` when it does not (a later check replaced it, the document
 * was closed, or the thread was started again).
 */
export function reportOf(uri: string, version: number, generation: number): Report | undefined {
  const last = held.get(uri)?.last
  if (!last || last.version !== version || last.generation !== generation) return undefined
  return last.result.report
}

/** Forgets what is kept of a document (it was closed). */
export function forget(uri: string): void {
  held.delete(uri)
}
