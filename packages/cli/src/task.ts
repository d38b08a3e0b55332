import { type FormatName, formats, type Report } from '@onrecord/reporter'
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
  return checkText(task, text, notices, config, spec)
}

function checkText(
  task: Task,
  text: string,
  notices: string[],
  config: ResolvedConfig,
  spec: JobSpec,
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
  else if (spec.format === 'sarif') outcome.sarif = sarifFragment(shown, spec)
  else if (spec.format !== null) outcome.chunk = formatChunk(shown, spec.format, spec)
  return outcome
}

/** Two spaces before every line: a report as an element of the `json` array. */
function indent(json: string): string {
  return `  ${json.replaceAll('\n', '\n  ')}`
}

function formatChunk(report: Report, format: FormatName, spec: JobSpec): string {
  switch (format) {
    case 'jsonl':
      return `${JSON.stringify(report)}\n`
    case 'json':
      return spec.many
        ? indent(JSON.stringify(report, null, 2))
        : `${JSON.stringify(report, null, 2)}\n`
    case 'markdown': {
      const section = formats.markdown([report])
      // With several articles each report is a section under the run's title: one level down.
      return spec.many ? section.replace(/^#/gm, '##') : section
    }
    case 'text':
      return formats.text([report], { color: spec.color })
    case 'html':
      return formats.html([report], { toolVersion: spec.toolVersion })
    default:
      return formats[format]([report], { color: spec.color, toolVersion: spec.toolVersion })
  }
}

function sarifFragment(report: Report, spec: JobSpec): SarifFragment {
  const log = JSON.parse(
    formats.sarif([report], {
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
