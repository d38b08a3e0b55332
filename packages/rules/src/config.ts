import type { Rule } from './rule.js'
import { ruleModules } from './rules/index.js'

/** How loudly a rule speaks: `error` → vfile `fatal: true`, `warn` → `false`, `info` → unset. */
export type Severity = 'off' | 'info' | 'warn' | 'error'

/** A severity as written in configuration: also 0 (off), 1 (warn) and 2 (error), as in ESLint. */
export type SeverityInput = Severity | 0 | 1 | 2

/** A rule's options, by name. */
export type RuleOptions = Readonly<Record<string, unknown>>

/** `"warn"`, `2`, `["warn"]` or `["warn", { minWords: 5 }]`. */
export type RuleSetting =
  | SeverityInput
  | readonly [SeverityInput]
  | readonly [SeverityInput, RuleOptions]

export interface LintConfig {
  /** Severity (and options) by rule id; rules not named keep their default severity. */
  rules?: Readonly<Record<string, RuleSetting>>
}

/** One option of a rule: its type, allowed values and default. */
export type OptionSpec =
  | {
      type: 'enum'
      values: readonly string[]
      default: string
      description: string
    }
  | {
      type: 'integer'
      min: number
      max?: number
      default: number
      description: string
    }
  | {
      type: 'boolean'
      default: boolean
      description: string
    }
  | {
      type: 'list'
      /** Allowed items; any string when absent. */
      values?: readonly string[]
      default: readonly string[]
      description: string
    }

/** A problem with a configuration: the key at fault, what is wrong and what is allowed. */
export interface ConfigProblem {
  /** Path of the key: `rules.hedge`, `rules.hedge[1].kinds`. */
  key: string
  /** One line, naming the file and the key: `onrecord.json: rules.hedgee: unknown rule …`. */
  message: string
  /** The values the key allows, when there is a closed list. */
  allowed?: readonly string[]
}

export const severities: readonly Severity[] = ['off', 'info', 'warn', 'error']
const severityInputs = ['off', 'info', 'warn', 'error', '0', '1', '2']

/** Rank of a severity, for comparisons: off 0, info 1, warn 2, error 3. */
export function severityRank(severity: Severity): number {
  return severities.indexOf(severity)
}

/** The severity a configuration value stands for, or null when it stands for none. */
export function normalizeSeverity(value: unknown): Severity | null {
  if (value === 0) return 'off'
  if (value === 1) return 'warn'
  if (value === 2) return 'error'
  if (typeof value === 'string' && (severities as readonly string[]).includes(value))
    return value as Severity
  return null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ')

/** Edit distance, for "did you mean" hints (short strings only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      diagonal = above
    }
  }
  return row[b.length] as number
}

/** The closest of `candidates` to `value`, when it is close enough to be a typo. */
export function closest(value: string, candidates: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : null
}

function optionProblems(
  spec: OptionSpec,
  value: unknown,
  key: string,
  fileName: string,
): ConfigProblem[] {
  const problem = (what: string, allowed?: readonly string[]): ConfigProblem[] => [
    {
      key,
      message: `${fileName}: ${key}: ${what}`,
      ...(allowed ? { allowed } : {}),
    },
  ]
  switch (spec.type) {
    case 'enum':
      if (typeof value === 'string' && spec.values.includes(value)) return []
      return problem(
        `${JSON.stringify(value)} is not allowed; expected one of ${list(spec.values)}`,
        spec.values,
      )
    case 'boolean':
      if (typeof value === 'boolean') return []
      return problem(`${JSON.stringify(value)} is not allowed; expected true or false`)
    case 'integer': {
      const ok =
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= spec.min &&
        (spec.max === undefined || value <= spec.max)
      if (ok) return []
      const range = spec.max === undefined ? `≥ ${spec.min}` : `from ${spec.min} to ${spec.max}`
      return problem(`${JSON.stringify(value)} is not allowed; expected a whole number ${range}`)
    }
    case 'list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
        return problem(
          `${JSON.stringify(value)} is not allowed; expected a list of strings${
            spec.values ? ` from ${list(spec.values)}` : ''
          }`,
          spec.values,
        )
      const values = spec.values
      if (!values) return []
      return (value as string[])
        .filter((item) => !values.includes(item))
        .flatMap((item) =>
          problem(
            `${JSON.stringify(item)} is not allowed; expected items from ${list(values)}`,
            values,
          ),
        )
    }
  }
}

/**
 * Checks a lint configuration and lists its problems, each naming the file, the key and the
 * allowed values: unknown rule ids, bad severities, unknown or ill-typed options. An empty
 * list means the configuration is valid.
 */
export function validateLintConfig(
  value: unknown,
  fileName = 'configuration',
  rules: readonly Rule[] = ruleModules,
): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const ids = rules.map((rule) => rule.meta.id)
  if (!isRecord(value)) {
    return [
      {
        key: '',
        message: `${fileName}: expected an object such as { "rules": { "hedge": "warn" } }, got ${JSON.stringify(value)}`,
      },
    ]
  }
  for (const key of Object.keys(value)) {
    if (key !== 'rules')
      problems.push({
        key,
        message: `${fileName}: ${key}: unknown key; expected "rules"`,
        allowed: ['rules'],
      })
  }
  const settings = value.rules
  if (settings === undefined) return problems
  if (!isRecord(settings)) {
    problems.push({
      key: 'rules',
      message: `${fileName}: rules: expected an object of rule ids to severities, got ${JSON.stringify(settings)}`,
    })
    return problems
  }
  for (const [id, setting] of Object.entries(settings)) {
    const key = `rules.${id}`
    const rule = rules.find((r) => r.meta.id === id)
    if (!rule) {
      const hint = closest(id.replace(/^onrecord:/, ''), ids)
      problems.push({
        key,
        message: `${fileName}: ${key}: unknown rule${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${list(ids)}`,
        allowed: ids,
      })
      continue
    }
    const [severity, options, ...rest] = Array.isArray(setting) ? setting : [setting]
    if (Array.isArray(setting) && (setting.length === 0 || rest.length > 0)) {
      problems.push({
        key,
        message: `${fileName}: ${key}: expected a severity or [severity, options], got ${JSON.stringify(setting)}`,
      })
      continue
    }
    if (normalizeSeverity(severity) === null) {
      problems.push({
        key: Array.isArray(setting) ? `${key}[0]` : key,
        message: `${fileName}: ${Array.isArray(setting) ? `${key}[0]` : key}: ${JSON.stringify(severity)} is not a severity; expected one of ${list(severityInputs)}`,
        allowed: severityInputs,
      })
    }
    if (options === undefined) continue
    if (!isRecord(options)) {
      problems.push({
        key: `${key}[1]`,
        message: `${fileName}: ${key}[1]: expected an object of options, got ${JSON.stringify(options)}`,
      })
      continue
    }
    const names = Object.keys(rule.meta.options)
    for (const [name, optionValue] of Object.entries(options)) {
      const optionKey = `${key}[1].${name}`
      const spec = rule.meta.options[name]
      if (!spec) {
        problems.push({
          key: optionKey,
          message: `${fileName}: ${optionKey}: unknown option; ${
            names.length > 0 ? `expected one of ${list(names)}` : `rule "${id}" takes no options`
          }`,
          allowed: names,
        })
        continue
      }
      problems.push(...optionProblems(spec, optionValue, optionKey, fileName))
    }
  }
  return problems
}

/** A rule as configured: its severity and its options with defaults filled in. */
export interface ResolvedRule {
  rule: Rule
  severity: Severity
  options: RuleOptions
}

/**
 * Resolves a configuration against the rules: every rule with its severity and full options.
 * Throws a TypeError listing the problems when the configuration is invalid.
 */
export function resolveLintConfig(
  config: LintConfig = {},
  rules: readonly Rule[] = ruleModules,
): ResolvedRule[] {
  const problems = validateLintConfig(config, 'lint configuration', rules)
  if (problems.length > 0)
    throw new TypeError(problems.map((problem) => problem.message).join('\n'))
  return rules.map((rule) => {
    const setting = config.rules?.[rule.meta.id]
    const [severityInput, given] = Array.isArray(setting) ? setting : [setting]
    const severity = normalizeSeverity(severityInput) ?? rule.meta.defaultSeverity
    const options: Record<string, unknown> = {}
    for (const [name, spec] of Object.entries(rule.meta.options)) options[name] = spec.default
    Object.assign(options, (given as RuleOptions | undefined) ?? {})
    return { rule, severity, options: Object.freeze(options) }
  })
}
