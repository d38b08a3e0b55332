import { type InputFormat, type ParseCache, type ParseOptions, parse } from '@onrecord/parser'
import { report as buildReport, type Report, type ScoringOverrides } from '@onrecord/reporter'
import { type Analysis, analyze } from '@onrecord/rules'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { type LintSettings, runLint } from './catalog.js'
import type { ResolvedConfig } from './config.js'

/** One article to run through the pipeline. */
export interface Article {
  /** The text, byte-order mark removed: every offset in the report indexes into it. */
  text: string
  /** The path shown in the report (`file`), or null for text without a file. */
  path: string | null
  /** Overrides detection from the path's extension. */
  format?: InputFormat | undefined
}

export interface PipelineOptions {
  /** Keep the article text and blocks in the report (needed by `html`; default true). */
  text?: boolean | undefined
  /**
   * Reuse the parse of what did not change since the last version parsed with this cache (an
   * editor's buffer). See `ParseCache`: the result is right until the next parse with it.
   */
  parseCache?: ParseCache | undefined
}

export interface PipelineResult {
  report: Report
  /** The lint messages as the rules made them (vfile messages, with `ruleId`, `url`, `actual` …). */
  messages: VFileMessage[]
  file: VFile
}

/** What `lintPipeline` gives: the pipeline up to the lint messages, before the report. */
export interface LintResult {
  analysis: Analysis
  messages: VFileMessage[]
  file: VFile
}

/** The rules package's lint settings for a resolved configuration. */
export function lintSettings(config: ResolvedConfig): LintSettings {
  const rules: LintSettings['rules'] = {}
  for (const [id, rule] of Object.entries(config.rules))
    rules[id] = rule.options ? [rule.severity, rule.options] : rule.severity
  return { rules }
}

const settingsCache = new WeakMap<ResolvedConfig, LintSettings>()

/**
 * The one-way flow every front door shares: `parse` → `analyze` → `lint` → `report`. Pure
 * apart from the configuration: the same article and configuration give the same report.
 */
export function runPipeline(
  article: Article,
  config: ResolvedConfig,
  options: PipelineOptions = {},
): PipelineResult {
  const { analysis, messages, file } = lintPipeline(article, config, options)
  return { report: reportOf(analysis, messages, article, config, options), messages, file }
}

/** `parse` → `analyze` → `lint`: what a linter needs, without the report. */
export function lintPipeline(
  article: Article,
  config: ResolvedConfig,
  options: PipelineOptions = {},
): LintResult {
  const file = new VFile(
    article.path === null ? { value: article.text } : { path: article.path, value: article.text },
  )
  const parseOptions: ParseOptions = {}
  if (article.format) parseOptions.format = article.format
  if (options.parseCache) parseOptions.cache = options.parseCache
  const doc = parse(file, parseOptions)
  const analysis = analyze(doc, { lexicons: config.lexicons })
  let settings = settingsCache.get(config)
  if (!settings) {
    settings = lintSettings(config)
    settingsCache.set(config, settings)
  }
  const messages = runLint(analysis, settings)
  return { analysis, messages, file }
}

/** The report of an article `lintPipeline` went through. */
export function reportOf(
  analysis: Analysis,
  messages: VFileMessage[],
  article: Article,
  config: ResolvedConfig,
  options: PipelineOptions = {},
): Report {
  return buildReport(analysis, {
    file: article.path,
    messages,
    scoring: (config.scoring ?? undefined) as ScoringOverrides | undefined,
    text: options.text ?? true,
  })
}
