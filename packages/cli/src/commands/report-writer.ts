import { mkdir, realpath } from 'node:fs/promises'
import { dirname, extname, resolve, sep } from 'node:path'
import {
  type FormatName,
  htmlIndexPage,
  type IndexRow,
  loadFormat,
  type RuleDescriptor,
} from '@onrecord/reporter'
import { displayPath } from '../config-files.js'
import { UserError } from '../errors.js'
import type { Outcome, SarifFragment } from '../outcome.js'
import { AtomicFileSink, OutputNames, type Sink, writeFileAtomic } from '../output.js'
import { csv, jsonSummary } from '../summary.js'

export interface ReportWriterOptions {
  format: FormatName | null
  out: string | null
  summary: 'csv' | 'json' | null
  summaryOut: string | null
  /** More than one input (or a folder or glob): `json` is an array. */
  many: boolean
  /** Exactly one file to check. */
  single: boolean
  stdout: Sink
  /** Absolute paths of the inputs, which are never written to. */
  inputs: ReadonlySet<string>
  cwd: string
  toolVersion: string
  ruleDescriptors: RuleDescriptor[]
}

/** Puts the per-file outputs of `onrecord report` together, streaming, in input order. */
export interface ReportWriter {
  add(outcome: Outcome): Promise<void>
  /** Writes what comes last (closing brackets, index pages) and moves files into place. */
  finish(): Promise<string | null>
  abort(): Promise<void>
}

interface MarkdownRow {
  label: string
  score: number
  grade: string
  seq: number
}

/** Escapes text for a Markdown code span inside a table cell. */
function cellCode(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  const longest = Math.max(0, ...[...folded.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = folded.startsWith('`') || folded.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${folded}${pad}${fence}`.replace(/\|/g, '\\|')
}

export async function openReportWriter(options: ReportWriterOptions): Promise<ReportWriter> {
  const { format, many } = options
  const opened: Sink[] = []
  const open = async (path: string): Promise<Sink> => {
    const sink = await AtomicFileSink.create(resolve(options.cwd, path), path, options.inputs)
    opened.push(sink)
    return sink
  }

  // Where the reports go. For html with --out: a folder of pages, unless one input goes to a
  // file named *.html.
  let reports: Sink | null = null
  let pages: OutputNames | null = null
  let pagesDir: string | null = null
  if (format !== null) {
    if (format === 'html' && options.out !== null) {
      const out = options.out
      const toFile = options.single && /^\.html?$/i.test(extname(out))
      if (toFile) reports = await open(out)
      else {
        pagesDir = resolve(options.cwd, out)
        pages = new OutputNames(pagesDir, '.html')
      }
    } else reports = options.out !== null ? await open(options.out) : options.stdout
  }
  let table: Sink | null = null
  if (options.summary !== null)
    table = options.summaryOut !== null ? await open(options.summaryOut) : options.stdout

  let count = 0
  let rows = 0
  const indexRows: IndexRow[] = []
  const markdownRows: MarkdownRow[] = []
  // SARIF is one JSON document: its results are gathered (not whole reports) and written at
  // the end into the log an empty run gives, so the log's shape is the reporter's.
  type SarifLog = {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string }> } }
      artifacts: unknown[]
      results: unknown[]
    }>
  }
  const sarifLog: SarifLog | null =
    format === 'sarif'
      ? (JSON.parse(
          (await loadFormat('sarif'))([], {
            ruleDescriptors: options.ruleDescriptors,
            toolVersion: options.toolVersion,
          }),
        ) as SarifLog)
      : null
  const sarifRules = sarifLog?.runs[0]?.tool.driver.rules ?? []
  const sarifRuleIndex = new Map(sarifRules.map((rule, index) => [rule.id, index]))
  const sarifArtifacts: Array<Record<string, unknown>> = []
  const sarifResults: Array<Record<string, unknown>> = []

  if (reports && format === 'json' && many) await reports.write('[\n')
  if (reports && format === 'markdown' && many) await reports.write('# Sourcing reports\n\n')
  if (table && options.summary === 'csv') await table.write(csv.header())
  if (table && options.summary === 'json') await table.write(jsonSummary.open)

  const addSarif = (fragment: SarifFragment) => {
    const ruleIndex = new Map<number, number>()
    fragment.rules.forEach((rule, index) => {
      let global = sarifRuleIndex.get(rule.id)
      if (global === undefined) {
        global = sarifRules.length
        sarifRules.push(rule)
        sarifRuleIndex.set(rule.id, global)
      }
      ruleIndex.set(index, global)
    })
    const artifactIndex = sarifArtifacts.length
    sarifArtifacts.push(fragment.artifact)
    for (const result of fragment.results) {
      const location = (
        result.locations as Array<{ physicalLocation?: { artifactLocation?: { index?: number } } }>
      )?.[0]
      if (location?.physicalLocation?.artifactLocation)
        location.physicalLocation.artifactLocation.index = artifactIndex
      const fixes = result.fixes as
        | Array<{ artifactChanges?: Array<{ artifactLocation?: { index?: number } }> }>
        | undefined
      for (const fix of fixes ?? [])
        for (const change of fix.artifactChanges ?? [])
          if (change.artifactLocation) change.artifactLocation.index = artifactIndex
      if (typeof result.ruleIndex === 'number')
        result.ruleIndex = ruleIndex.get(result.ruleIndex) ?? result.ruleIndex
      sarifResults.push(result)
    }
  }

  return {
    async add(outcome) {
      if (outcome.status !== 'ok') return
      const first = count === 0
      count++
      if (table && outcome.summary) {
        await table.write(
          options.summary === 'csv'
            ? csv.row(outcome.summary)
            : jsonSummary.row(outcome.summary, rows === 0),
        )
        rows++
      }
      if (format === null) return
      if (format === 'sarif') {
        if (outcome.sarif) addSarif(outcome.sarif)
        return
      }
      if (pages) {
        const path = pages.pathFor(outcome.label)
        await mkdir(dirname(path), { recursive: true })
        // A symbolic link inside the output folder must not lead the page outside it.
        const [folder, root] = await Promise.all([
          realpath(dirname(path)),
          realpath(pagesDir as string),
        ])
        if (folder !== root && !folder.startsWith(root + sep))
          throw new UserError(
            `${displayPath(path, options.cwd)}: leads outside ${options.out} through a symbolic link; not writing it`,
          )
        await writeFileAtomic(path, outcome.chunk, options.inputs)
        indexRows.push({
          href: pages.href(path),
          label: outcome.label,
          title: outcome.title,
          score: outcome.score ?? 0,
          grade: outcome.grade ?? '',
          errors: outcome.errors,
          warnings: outcome.warnings,
          seq: outcome.seq,
        })
        return
      }
      if (!reports) return
      if (format === 'json' && many)
        await reports.write(first ? outcome.chunk : `,\n${outcome.chunk}`)
      else if (format === 'text' || format === 'markdown')
        await reports.write(first ? outcome.chunk : `\n${outcome.chunk}`)
      else await reports.write(outcome.chunk)
      if (format === 'markdown' && many)
        markdownRows.push({
          label: outcome.label,
          score: outcome.score ?? 0,
          grade: outcome.grade ?? '',
          seq: outcome.seq,
        })
    },

    async finish() {
      let wrote: string | null = null
      if (reports && format === 'json' && many) await reports.write(count > 0 ? '\n]\n' : ']\n')
      if (reports && format === 'markdown' && many && markdownRows.length > 0) {
        const sorted = markdownRows.sort((a, b) => a.score - b.score || a.seq - b.seq)
        const lines = ['', '## Summary', '', '| File | Score | Grade |', '| --- | ---: | --- |']
        for (const row of sorted)
          lines.push(`| ${cellCode(row.label)} | ${row.score} | ${cellCode(row.grade)} |`)
        await reports.write(`${lines.join('\n')}\n`)
      }
      if (reports && sarifLog) {
        const run = sarifLog.runs[0]
        if (run) {
          run.artifacts = sarifArtifacts
          run.results = sarifResults
        }
        await reports.write(`${JSON.stringify(sarifLog, null, 2)}\n`)
      }
      if (table && options.summary === 'json') await table.write(jsonSummary.close(rows > 0))
      if (pages && pagesDir) {
        const index = resolve(pagesDir, 'index.html')
        await writeFileAtomic(index, htmlIndexPage(indexRows, options.toolVersion), options.inputs)
        wrote = `wrote ${indexRows.length} ${indexRows.length === 1 ? 'page' : 'pages'} and ${displayPath(index, options.cwd)}`
      }
      for (const sink of opened) await sink.close()
      if (!wrote && options.out !== null && reports !== options.stdout)
        wrote = `wrote ${count} ${count === 1 ? 'report' : 'reports'} to ${options.out}`
      return wrote
    },

    async abort() {
      for (const sink of opened) await sink.abort()
    },
  }
}
