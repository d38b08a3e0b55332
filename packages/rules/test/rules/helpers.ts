import { type InputFormat, parse } from '@onrecord/parser'
import {
  analyze,
  type LintConfig,
  type LintResult,
  lintWithSuppressed,
  type RuleOptions,
  rules,
  type Severity,
} from '@onrecord/rules'
import { VFile } from 'vfile'

export interface LintTextOptions {
  format?: InputFormat
  path?: string
  /** Run this rule only (at its default severity, or `warn` when it is off by default). */
  only?: string
  /** Options for the `only` rule. */
  options?: RuleOptions
  severity?: Severity
  config?: LintConfig
}

/** A configuration that runs one rule and turns every other off. */
export function onlyRule(id: string, options?: RuleOptions, severity?: Severity): LintConfig {
  const meta = rules.find((rule) => rule.id === id)
  if (!meta) throw new Error(`no rule ${id}`)
  const level = severity ?? (meta.defaultSeverity === 'off' ? 'warn' : meta.defaultSeverity)
  return {
    rules: Object.fromEntries(
      rules.map((rule) => [rule.id, rule.id === id ? (options ? [level, options] : level) : 'off']),
    ),
  }
}

/** parse → analyze → lint on a string. */
export function lintText(
  text: string,
  options: LintTextOptions = {},
): LintResult & {
  file: VFile
} {
  const file = new VFile({ value: text, ...(options.path ? { path: options.path } : {}) })
  const doc = parse(file, { format: options.format ?? 'markdown' })
  const analysis = analyze(doc)
  const config = options.only
    ? onlyRule(options.only, options.options, options.severity)
    : (options.config ?? {})
  return { ...lintWithSuppressed(analysis, config), file }
}
