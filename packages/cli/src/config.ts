import { suggest } from './args.js'
import {
  checkRulesSection,
  lexiconNames,
  type RuleInfo,
  ruleCatalog,
  type SeveritySetting,
  severitySettings,
} from './catalog.js'
import { ConfigError } from './errors.js'
import { validateScoring } from './scoring.js'
import { DEFAULT_MAX_FILE_SIZE, parseSize } from './size.js'

export type PresetName = 'default' | 'strict' | 'research'
export const presetNames: readonly PresetName[] = ['default', 'strict', 'research']

/** A rule's setting: a severity, or a severity and the rule's options. */
export type RuleSetting =
  | SeveritySetting
  | 'warning'
  | 0
  | 1
  | 2
  | [SeveritySetting | 'warning' | 0 | 1 | 2, Record<string, unknown>?]

/**
 * The configuration file, as written (`.onrecordrc`, `.onrecordrc.json`, `.onrecordrc.yaml`,
 * `.onrecordrc.yml`, or the `onrecord` key of `package.json`). Every key is optional.
 */
export interface Config {
  /** Starting rule severities: `default`, `strict` or `research`. */
  preset?: PresetName
  /** Rule severities and options, over the preset: `{ hedge: 'off', 'loaded-cue': ['warn', {…}] }`. */
  rules?: Record<string, RuleSetting>
  /** Words added to or removed from the built-in lists: `{ 'vague-heads': { add: ['pundits'] } }`. */
  lexicons?: Record<string, { add?: string[]; remove?: string[] }>
  /** Score weights and grade thresholds, merged over the reporter's defaults. */
  scoring?: Record<string, unknown>
  /** The largest input file to read, in bytes or as `"10MB"`. */
  maxFileSize?: number | string
  /** Files to skip, in `.gitignore` syntax, relative to the configuration file's folder. */
  ignorePatterns?: string[]
}

/** A rule as it runs: severity and options. */
export interface EffectiveRule {
  severity: SeveritySetting
  options: Record<string, unknown> | null
}

/**
 * The configuration one file is checked with: preset, file and command line merged, every
 * value checked. Plain data, so it can be sent to a worker thread.
 */
export interface ResolvedConfig {
  /** The configuration file it came from, or null for none (defaults). */
  file: string | null
  preset: PresetName
  rules: Record<string, EffectiveRule>
  lexicons: Record<string, { add: string[]; remove: string[] }>
  scoring: Record<string, unknown> | null
  maxFileSize: number
  ignorePatterns: string[]
}

const topLevelKeys = [
  '$schema',
  'preset',
  'rules',
  'lexicons',
  'scoring',
  'maxFileSize',
  'ignorePatterns',
]

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return JSON.stringify(value)
  return String(value)
}

function unknownKey(
  file: string | null,
  key: string,
  allowed: readonly string[],
  what: string,
): never {
  const last = key.split('.').at(-1) ?? key
  const hint = suggest(last, allowed)
  throw new ConfigError(
    file,
    key,
    `unknown ${what}${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${allowed.join(', ')}`,
  )
}

/** A severity from configuration (`off`, `info`, `warn`/`warning`, `error`, or 0/1/2). */
export function parseSeverity(value: unknown): SeveritySetting | null {
  if (value === 'off' || value === 0) return 'off'
  if (value === 'info') return 'info'
  if (value === 'warn' || value === 'warning' || value === 1) return 'warn'
  if (value === 'error' || value === 2) return 'error'
  return null
}

const severityHelp = `${severitySettings.join(', ')} (or 0, 1, 2)`

/**
 * Checks a configuration object and returns it normalised. Unknown keys, unknown rule ids,
 * unknown word lists and bad values are `ConfigError`s that name the file, the key and what is
 * allowed.
 */
export function validateConfig(raw: unknown, file: string | null): Config {
  if (raw === null || raw === undefined) return {}
  if (!isPlainObject(raw))
    throw new ConfigError(file, null, `expected an object of settings, got ${describe(raw)}`)
  const out: Config = {}
  for (const key of Object.keys(raw))
    if (!topLevelKeys.includes(key)) unknownKey(file, key, topLevelKeys.slice(1), 'key')

  if (raw.preset !== undefined) {
    if (!presetNames.includes(raw.preset as PresetName))
      throw new ConfigError(
        file,
        'preset',
        `unknown preset ${describe(raw.preset)}; allowed: ${presetNames.join(', ')}`,
      )
    out.preset = raw.preset as PresetName
  }

  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules))
      throw new ConfigError(
        file,
        'rules',
        `expected an object of rule ids to severities, got ${describe(raw.rules)}`,
      )
    const catalog = ruleCatalog()
    const ids = catalog.map((r) => r.id)
    const rules: Record<string, RuleSetting> = {}
    for (const [id, setting] of Object.entries(raw.rules)) {
      const key = `rules.${id}`
      if (!ids.includes(id)) unknownKey(file, key, ids, 'rule')
      const [severityValue, options, extra] = Array.isArray(setting) ? setting : [setting]
      if (
        Array.isArray(setting) &&
        (setting.length === 0 || setting.length > 2 || extra !== undefined)
      )
        throw new ConfigError(file, key, 'expected a severity or [severity, options]')
      const severity = parseSeverity(severityValue)
      if (severity === null)
        throw new ConfigError(
          file,
          key,
          `unknown severity ${describe(severityValue)}; allowed: ${severityHelp}`,
        )
      if (options !== undefined && !isPlainObject(options))
        throw new ConfigError(file, key, `rule options must be an object, got ${describe(options)}`)
      if (options !== undefined) {
        const problem = checkRulesSection({ [id]: [severity, options] })
        if (problem) throw new ConfigError(file, problem.key, problem.message)
        rules[id] = [severity, options]
      } else rules[id] = severity
    }
    out.rules = rules
  }

  if (raw.lexicons !== undefined) {
    if (!isPlainObject(raw.lexicons))
      throw new ConfigError(
        file,
        'lexicons',
        `expected an object of word-list names, got ${describe(raw.lexicons)}`,
      )
    const names = lexiconNames()
    const lexicons: NonNullable<Config['lexicons']> = {}
    for (const [name, changes] of Object.entries(raw.lexicons)) {
      const key = `lexicons.${name}`
      if (!names.includes(name)) unknownKey(file, key, names, 'word list')
      if (!isPlainObject(changes))
        throw new ConfigError(
          file,
          key,
          `expected { add: [...], remove: [...] }, got ${describe(changes)}`,
        )
      const entry: { add?: string[]; remove?: string[] } = {}
      for (const [k, words] of Object.entries(changes)) {
        if (k !== 'add' && k !== 'remove') unknownKey(file, `${key}.${k}`, ['add', 'remove'], 'key')
        if (!Array.isArray(words) || words.some((w) => typeof w !== 'string' || w.trim() === ''))
          throw new ConfigError(
            file,
            `${key}.${k}`,
            'expected a list of words or phrases (non-empty strings)',
          )
        entry[k] = words.map((w) => w.trim())
      }
      lexicons[name] = entry
    }
    out.lexicons = lexicons
  }

  if (raw.scoring !== undefined) {
    if (!isPlainObject(raw.scoring))
      throw new ConfigError(
        file,
        'scoring',
        `expected an object of score settings, got ${describe(raw.scoring)}`,
      )
    const problem = validateScoring(raw.scoring)
    if (problem) throw new ConfigError(file, problem.key, problem.message)
    out.scoring = raw.scoring
  }

  if (raw.maxFileSize !== undefined) {
    if (parseSize(raw.maxFileSize) === null)
      throw new ConfigError(
        file,
        'maxFileSize',
        `expected a size in bytes or a string such as "10MB", got ${describe(raw.maxFileSize)}`,
      )
    out.maxFileSize = raw.maxFileSize as number | string
  }

  if (raw.ignorePatterns !== undefined) {
    const patterns = raw.ignorePatterns
    if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string'))
      throw new ConfigError(
        file,
        'ignorePatterns',
        'expected a list of .gitignore-style patterns (strings)',
      )
    out.ignorePatterns = patterns as string[]
  }
  return out
}

/** The severities a preset starts from. */
export function presetRules(
  preset: PresetName,
  catalog: readonly RuleInfo[] = ruleCatalog(),
): Record<string, EffectiveRule> {
  const rules: Record<string, EffectiveRule> = {}
  for (const rule of catalog) {
    let severity = rule.defaultSeverity
    if (preset === 'strict') {
      if (strictErrors.has(rule.id)) severity = 'error'
      else if (severity === 'off' || severity === 'info') severity = 'warn'
    } else if (preset === 'research') {
      if (severity === 'off') severity = 'info'
    }
    rules[rule.id] = { severity, options: null }
  }
  return rules
}

/**
 * Under `strict`, an anonymous source is an error unless the text gives both a reason for the
 * anonymity and the source's basis of knowledge (AP, Reuters, NYT), and so is a bare
 * "sources said".
 */
const strictErrors = new Set([
  'anonymous-without-reason',
  'anonymous-without-basis',
  'plural-anonymous',
])

/** What the command line adds over configuration files. */
export interface ConfigOverrides {
  preset?: PresetName | undefined
  rules?: Record<string, SeveritySetting> | undefined
  maxFileSize?: number | undefined
}

/** Merges preset, configuration file and command-line overrides into the configuration one file runs with. */
export function resolveConfig(
  config: Config,
  file: string | null,
  overrides: ConfigOverrides = {},
): ResolvedConfig {
  const preset = overrides.preset ?? config.preset ?? 'default'
  const rules = presetRules(preset)
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const [severityValue, options] = Array.isArray(setting) ? setting : [setting]
    rules[id] = { severity: parseSeverity(severityValue) ?? 'warn', options: options ?? null }
  }
  for (const [id, severity] of Object.entries(overrides.rules ?? {}))
    rules[id] = { severity, options: rules[id]?.options ?? null }
  const lexicons: ResolvedConfig['lexicons'] = {}
  for (const [name, changes] of Object.entries(config.lexicons ?? {}))
    lexicons[name] = { add: [...(changes.add ?? [])], remove: [...(changes.remove ?? [])] }
  return {
    file,
    preset,
    rules,
    lexicons,
    scoring: config.scoring ?? null,
    maxFileSize: overrides.maxFileSize ?? parseSize(config.maxFileSize) ?? DEFAULT_MAX_FILE_SIZE,
    ignorePatterns: [...(config.ignorePatterns ?? [])],
  }
}

/** Parses one `--rule id=severity` flag. */
export function parseRuleFlag(value: string): [string, SeveritySetting] {
  const eq = value.indexOf('=')
  const id = (eq === -1 ? value : value.slice(0, eq)).trim()
  const severityText = eq === -1 ? '' : value.slice(eq + 1).trim()
  const ids = ruleCatalog().map((r) => r.id)
  if (!ids.includes(id)) {
    const hint = suggest(id, ids)
    throw new ConfigError(
      null,
      `--rule ${value}`,
      `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; see onrecord rules`,
    )
  }
  const severity = parseSeverity(severityText)
  if (severity === null)
    throw new ConfigError(null, `--rule ${value}`, `expected ${id}=off|info|warn|error`)
  return [id, severity]
}
