import {
  type Analysis,
  lint,
  listNames,
  type OptionSpec,
  type RuleSetting,
  rules,
  validateLintConfig,
} from '@onrecord/rules'
import type { VFileMessage } from 'vfile-message'

/** A severity as configuration writes it. */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'error'
export const severitySettings: readonly SeveritySetting[] = ['off', 'info', 'warn', 'error']

/** What the command line needs to know about a lint rule. */
export interface RuleInfo {
  id: string
  description: string
  defaultSeverity: SeveritySetting
  url: string | null
  /** The editorial standard the rule rests on. */
  standard: string
  /** The options the rule takes, by name (empty when none). */
  options: Readonly<Record<string, OptionSpec>>
}

/** The rules package's lint configuration: severity (and options) by rule id. */
export interface LintSettings {
  rules: Record<string, RuleSetting>
}

/** The names of the word lists that configuration can extend or trim. */
export function lexiconNames(): readonly string[] {
  return listNames
}

let cached: RuleInfo[] | undefined

/** Every lint rule the rules package defines, in its order. */
export function ruleCatalog(): readonly RuleInfo[] {
  cached ??= rules.map((meta) => ({
    id: meta.id,
    description: meta.description,
    defaultSeverity: meta.defaultSeverity,
    url: meta.url,
    standard: meta.standard,
    options: meta.options,
  }))
  return cached
}

/** One line about an option: `kinds: list of epistemic, doxastic… (default epistemic, doxastic)`. */
export function describeOption(name: string, spec: OptionSpec): string {
  const shown = (value: unknown) =>
    Array.isArray(value) ? value.join(', ') || 'none' : String(value)
  const type =
    spec.type === 'enum'
      ? `one of ${spec.values.join(', ')}`
      : spec.type === 'list'
        ? spec.values
          ? `list of ${spec.values.join(', ')}`
          : 'list of words'
        : spec.type === 'integer'
          ? `whole number ≥ ${spec.min}${spec.max === undefined ? '' : ` and ≤ ${spec.max}`}`
          : 'true or false'
  return `${name}: ${type} (default ${shown(spec.default)}) — ${spec.description}`
}

/** Runs the lint rules over an analysis. */
export function runLint(analysis: Analysis, settings: LintSettings): VFileMessage[] {
  return lint(analysis, settings)
}

/**
 * The rules package's check of a `rules` section (rule ids, severities and each rule's
 * options): the first problem as key and message, or null.
 */
export function checkRulesSection(
  section: Record<string, unknown>,
): { key: string; message: string } | null {
  const marker = '\u0000config'
  const problem = validateLintConfig({ rules: section }, marker)[0]
  if (!problem) return null
  let message = problem.message
  const prefix = `${marker}: ${problem.key}: `
  if (message.startsWith(prefix)) message = message.slice(prefix.length)
  else if (message.startsWith(`${marker}: `)) message = message.slice(marker.length + 2)
  return { key: problem.key, message }
}
