import type { InputFormat } from '@onrecord/parser'
import type { FormatName, RuleDescriptor } from '@onrecord/reporter'
import type { SummaryRow } from './summary.js'

/** How standard input without `--stdin-filename` is shown; its report's `file` is null. */
export const STDIN_LABEL = '<stdin>'

/** What a run computes for every file: the same for all files, sent to each worker once. */
export interface JobSpec {
  mode: 'lint' | 'report'
  /** The report format; null when only the summary table is wanted. */
  format: FormatName | null
  /** More than one input: `json` is an array, `markdown` has a section per article. */
  many: boolean
  color: boolean
  quiet: boolean
  summary: boolean
  minScore: number | null
  inputFormat: InputFormat | null
  toolVersion: string
  ruleDescriptors: RuleDescriptor[]
}

/** One file to check. */
export interface Task {
  seq: number
  /** Absolute path; ignored when `text` is given. */
  path: string
  label: string
  configKey: string
  /** The text itself, for standard input. */
  text?: { value: string; warnings: string[] }
}

/** SARIF pieces of one report, put together into one log by the main thread. */
export interface SarifFragment {
  rules: Array<Record<string, unknown> & { id: string }>
  artifact: Record<string, unknown>
  results: Array<Record<string, unknown>>
}

/** The outcome of one file: what to print, and the counts behind the exit code. */
export interface Outcome {
  seq: number
  label: string
  status: 'ok' | 'skipped' | 'failed'
  /** Why the file was skipped or failed. */
  reason: string | null
  /** Warnings about the file itself (invalid UTF-8 replaced …). */
  notices: string[]
  /** The formatted output for this file, or '' when there is none. */
  chunk: string
  sarif: SarifFragment | null
  errors: number
  warnings: number
  infos: number
  score: number | null
  grade: string | null
  title: string | null
  summary: SummaryRow | null
}

export function blankOutcome(
  task: Task,
  status: Outcome['status'],
  reason: string | null,
  notices: string[] = [],
): Outcome {
  return {
    seq: task.seq,
    label: task.label,
    status,
    reason,
    notices,
    chunk: '',
    sarif: null,
    errors: 0,
    warnings: 0,
    infos: 0,
    score: null,
    grade: null,
    title: null,
    summary: null,
  }
}

/** A file that could not be checked, and why. */
export function failedOutcome(task: Task, reason: string): Outcome {
  return blankOutcome(task, 'failed', reason)
}

/** The reason given for a bug met while checking a file: one line, no stack. */
export function internalError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return `internal error: ${message.split('\n')[0]} (please report this with the file)`
}
