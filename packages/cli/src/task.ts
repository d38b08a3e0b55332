import { type Formatter, loadFormat, type Report } from '@onrecord/reporter'
import type { ResolvedConfig } from './config.js'
import { isBlank } from './decode.js'
import { FileError } from './errors.js'
import {
  blankOutcome,
  type JobSpec,
  type Outcome,
  type SarifFragment,
  STDIN_LABEL,
  type Task,
} from './outcome.js'
import { runPipeline } from './pipeline.js'
import { readText } from './read.js'
import { stylishFile } from './stylish.js'
import { summaryRow } from './summary.js'

/**
 * Checks one file: read, decode, run the pipeline, format. Never throws for a problem with the
 * file itself — that becomes a `failed` or `skipped` outcome naming the reason.
 */
export async function runTask(task: Task, config: ResolvedConfig, spec: JobSpec): Promise<Outcome> {
  let text: string
  let notices: string[]
  try {
    if (task.text) {
      text = task.text.value
      notices = task.text.warnings
    } else {
      const decoded = await readText(task.path, task.label, config.maxFileSize)
      text = decoded.text
      notices = decoded.warnings
    }
  } catch (error) {
    if (error instanceof FileError) return blankOutcome(task, 'failed', error.reason)
    throw error
  }
  if (isBlank(text))
    return blankOutcome(task, 'skipped', text === '' ? 'empty file' : 'only white space', notices)
  return checkText(task, text, notices, config, spec, await formatterFor(spec))
}

/**
 * The reporter's formatter a run needs, loaded the first time: none for lint output, the
 * summary table, `json` and `jsonl` (written here with `JSON.stringify`); the one asked for
 * otherwise. Nothing else of the formats is ever loaded.
 */
function formatterFor(spec: JobSpec): Promise<Formatter> | null {
  if (spec.mode !== 'report' || spec.format === null) return null
  if (spec.format === 'json' || spec.format === 'jsonl') return null
  return loadFormat(spec.format)
}

function checkText(
  task: Task,
  text: string,
  notices: string[],
  config: ResolvedConfig,
  spec: JobSpec,
  formatter: Formatter | null,
): Outcome {
  // Lint output and the summary table need no copy of the article in the report.
  const keepText = spec.mode === 'report' && spec.format !== null
  const { report } = runPipeline(
    {
      text,
      path: task.path === '-' && task.label === STDIN_LABEL ? null : task.label,
      format: spec.inputFormat ?? undefined,
    },
    config,
    { text: keepText },
  )
  const counts = { errors: 0, warnings: 0, infos: 0 }
  for (const m of report.messages) {
    if (m.severity === 'error') counts.errors++
    else if (m.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  const shown: Report = spec.quiet
    ? { ...report, messages: report.messages.filter((m) => m.severity === 'error') }
    : report
  const outcome: Outcome = {
    ...blankOutcome(task, 'ok', null, notices),
    ...counts,
    score: report.score.value,
    grade: report.score.grade,
    title: report.title,
    summary: spec.summary ? summaryRow(report, task.label) : null,
  }
  if (spec.mode === 'lint')
    outcome.chunk = stylishFile(
      {
        label: task.label,
        messages: report.messages,
        score: report.score.value,
        grade: report.score.grade,
        minScore: spec.minScore,
        quiet: spec.quiet,
      },
      spec.color,
    )
  else if (spec.format === 'sarif')
    outcome.sarif = sarifFragment(shown, spec, formatter as Formatter)
  else if (spec.format !== null) outcome.chunk = formatChunk(shown, spec, formatter)
  return outcome
}

/** Two spaces before every line: a report as an element of the `json` array. */
function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`
}

/** The output for one report in `spec.format`; `formatter` is that format's (none for JSON). */
function formatChunk(report: Report, spec: JobSpec, formatter: Formatter | null): string {
  switch (spec.format) {
    case 'jsonl':
      return `${JSON.stringify(report)}\n`
    case 'json':
      return spec.many
        ? indent(JSON.stringify(report, null, 2))
        : `${JSON.stringify(report, null, 2)}\n`
    case 'markdown': {
      const section = (formatter as Formatter)([report])
      // With several articles each report is a section under the run's title: one level down.
      return spec.many ? section.replace(/^#/gm, '##') : section
    }
    case 'text':
      return (formatter as Formatter)([report], { color: spec.color })
    case 'html':
      return (formatter as Formatter)([report], { toolVersion: spec.toolVersion })
    default:
      return (formatter as Formatter)([report], {
        color: spec.color,
        toolVersion: spec.toolVersion,
      })
  }
}

function sarifFragment(report: Report, spec: JobSpec, sarif: Formatter): SarifFragment {
  const log = JSON.parse(
    sarif([report], {
      ruleDescriptors: spec.ruleDescriptors,
      toolVersion: spec.toolVersion,
    }),
  ) as {
    runs: Array<{
      tool: { driver: { rules: SarifFragment['rules'] } }
      artifacts: SarifFragment['artifact'][]
      results: SarifFragment['results']
    }>
  }
  const run = log.runs[0]
  return {
    rules: run?.tool.driver.rules ?? [],
    artifact: run?.artifacts[0] ?? {},
    results: run?.results ?? [],
  }
}
