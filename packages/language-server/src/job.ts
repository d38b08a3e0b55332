import type { PresetName } from '@onrecord/cli'
import type { InputFormat } from '@onrecord/parser'
import type { Report } from '@onrecord/reporter'

/**
 * What the server hands the analysis worker: one version of one document and the settings it
 * is checked with. Plain data, so it crosses a worker boundary by structured clone.
 */
export interface AnalysisJob {
  uri: string
  version: number
  text: string
  format: InputFormat
  /** Absolute path of the document's file, or null for a buffer without one (`untitled:`). */
  path: string | null
  /** Where configuration discovery starts for a buffer without a file, and what `report.file` is relative to. */
  cwd: string
  /** Rule severities from the editor's settings, over the configuration file (like `--rule`). */
  rules: Record<string, 'off' | 'info' | 'warn' | 'error'>
  /** A preset from the editor's settings, over the configuration file's (like `--preset`). */
  preset: PresetName | null
  /** Keep the article text and blocks in the report (for `onrecord/report`). */
  fullReport: boolean
  /**
   * Make the report now and send it with the result. Otherwise (a check of the document as it
   * is edited) only what diagnostics need is made and sent; the analysis thread keeps the
   * analysis of the document's latest check and makes its report when it is asked for
   * (`reportOf`), for hovers, symbols and inlay hints.
   */
  report: boolean
  /** The server's configuration generation when the job was made, echoed in the result. */
  generation: number
}

/** A place elsewhere in the document that explains a finding (the `cause` of a lint message). */
export interface RelatedPlace {
  start: number
  end: number
  message: string
}

/** One lint message, flattened: offsets are UTF-16 code units into the job's text. */
export interface Finding {
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  start: number
  end: number
  url: string | null
  /** The standard the message rests on. */
  note: string | null
  actual: string | null
  /** Replacements for `actual`, when the rule knows a fix. */
  expected: string[] | null
  related: RelatedPlace[]
}

/** A problem with the configuration the document is checked with. */
export interface ConfigProblem {
  message: string
  /** Absolute path of the configuration file at fault, or null for the editor's settings. */
  file: string | null
  key: string | null
  /** 1-based line of the key in the file, when it can be found. */
  line: number | null
}

/** What the worker sends back for one job. */
export interface AnalysisResult {
  uri: string
  version: number
  generation: number
  /** Time the analysis took, in milliseconds. */
  ms: number
  /** Absolute path of the configuration file used, or null for the defaults. */
  configFile: string | null
  /** Set when the configuration is invalid: then nothing else is (the document is not linted). */
  configProblem: ConfigProblem | null
  findings: Finding[]
  /** The format the document was read in. */
  format: InputFormat | null
  /**
   * The sourcing report (without the article text unless the job asked for it), when the job
   * asked for it; null when there is none, or when it is `deferred`.
   */
  report: Report | null
  /** The analysis thread holds the analysis and makes the report when asked (`reportOf`). */
  deferred: boolean
  /** Sentence spans as flat `[start, end, start, end, …]` offsets, in document order. */
  sentences: number[]
  /** Block spans (paragraphs, headings, list items …) as flat `[start, end, …]` offsets. */
  blocks: number[]
}
