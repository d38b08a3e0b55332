import { UsageError } from './errors.js'

export type Command = 'lint' | 'report' | 'rules' | 'init' | 'help'
export const commands: readonly Command[] = ['lint', 'report', 'rules', 'init', 'help']

type Kind = 'boolean' | 'string' | 'list'

interface OptionSpec {
  kind: Kind
  short?: string
  /** `--no-<name>` sets a boolean to false. */
  negatable?: boolean
}

/** Every flag the command line knows, by its long name. */
const spec = {
  help: { kind: 'boolean', short: 'h' },
  version: { kind: 'boolean', short: 'v' },
  config: { kind: 'string', short: 'c', negatable: true },
  preset: { kind: 'string' },
  rule: { kind: 'list', short: 'r' },
  'ignore-path': { kind: 'string' },
  'ignore-pattern': { kind: 'list' },
  ignore: { kind: 'boolean', negatable: true },
  quiet: { kind: 'boolean', short: 'q' },
  frail: { kind: 'boolean' },
  'max-warnings': { kind: 'string' },
  'min-score': { kind: 'string' },
  format: { kind: 'string', short: 'f' },
  out: { kind: 'string', short: 'o' },
  summary: { kind: 'string' },
  'summary-out': { kind: 'string' },
  'stdin-filename': { kind: 'string' },
  'input-format': { kind: 'string' },
  color: { kind: 'boolean', negatable: true },
  jobs: { kind: 'string', short: 'j' },
  'max-file-size': { kind: 'string' },
  timeout: { kind: 'string' },
  progress: { kind: 'boolean', negatable: true },
} as const satisfies Record<string, OptionSpec>

export type OptionName = keyof typeof spec
export const optionNames = Object.keys(spec) as OptionName[]

type ValueOf<S> = S extends { kind: 'list' }
  ? string[]
  : S extends { kind: 'boolean' }
    ? boolean
    : // A negatable string option (`--config PATH` / `--no-config`) is false when negated.
      S extends { negatable: true }
      ? string | false
      : string

type Values = { [K in OptionName]?: ValueOf<(typeof spec)[K]> }

export interface ParsedArgs {
  command: Command
  /** Whether the command was named (`onrecord lint x`) or implied (`onrecord x`). */
  explicitCommand: boolean
  /** Files, directories, globs and `-`, in order. */
  inputs: string[]
  options: Values
}

const shortToLong = new Map<string, OptionName>()
for (const name of optionNames) {
  const short = (spec[name] as OptionSpec).short
  if (short) shortToLong.set(short, name)
}

/**
 * Parses the command line: `--name value`, `--name=value`, `-j 4`, `-j4`, bundled short
 * booleans (`-qh`), `--no-<flag>`, repeatable `--rule`, and `--` to end the options. The first
 * positional argument names the command when it is one of `lint`, `report`, `rules`, `init`,
 * `help`; otherwise the command is `lint`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: Values = {}
  const positionals: string[] = []
  let onlyPositionals = false

  const set = (name: OptionName, value: string | boolean, flag: string) => {
    const kind = (spec[name] as OptionSpec).kind
    const store = options as Record<string, unknown>
    if (kind === 'list') {
      ;((store[name] as string[] | undefined) ?? (store[name] = [] as string[])).push(
        value as string,
      )
      return
    }
    if (kind !== 'boolean' && store[name] !== undefined && store[name] !== value)
      throw new UsageError(`${flag} given twice`)
    store[name] = value
  }

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg)
      continue
    }
    if (arg === '--') {
      onlyPositionals = true
      continue
    }
    const takeValue = (flag: string, inline: string | undefined): string => {
      if (inline !== undefined) return inline
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith('-') && next !== '-' && !/^-\d/.test(next)))
        throw new UsageError(`${flag} needs a value`)
      i++
      return next
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const rawName = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      const inline = eq === -1 ? undefined : arg.slice(eq + 1)
      let name = rawName as OptionName
      let negated = false
      if (!(name in spec) && rawName.startsWith('no-') && rawName.slice(3) in spec) {
        name = rawName.slice(3) as OptionName
        negated = true
      }
      const option = spec[name] as OptionSpec | undefined
      if (!option) throw new UsageError(unknownFlag(`--${rawName}`))
      if (negated) {
        if (!option.negatable) throw new UsageError(unknownFlag(`--${rawName}`))
        if (inline !== undefined) throw new UsageError(`--${rawName} takes no value`)
        set(name, false, arg)
        continue
      }
      if (option.kind === 'boolean') {
        if (inline !== undefined) throw new UsageError(`--${rawName} takes no value`)
        set(name, true, arg)
      } else set(name, takeValue(`--${rawName}`, inline), `--${rawName}`)
      continue
    }
    // Short flags: `-q`, `-qh`, `-j4`, `-j 4`, `-j=4`.
    for (let k = 1; k < arg.length; k++) {
      const letter = arg[k] as string
      const name = shortToLong.get(letter)
      if (!name) throw new UsageError(unknownFlag(`-${letter}`))
      const option = spec[name] as OptionSpec
      if (option.kind === 'boolean') {
        set(name, true, `-${letter}`)
        continue
      }
      const rest = arg.slice(k + 1)
      set(
        name,
        takeValue(`-${letter}`, rest === '' ? undefined : rest.replace(/^=/, '')),
        `-${letter}`,
      )
      break
    }
  }

  let command: Command = 'lint'
  let explicitCommand = false
  const first = positionals[0]
  if (first !== undefined && (commands as readonly string[]).includes(first)) {
    command = first as Command
    explicitCommand = true
    positionals.shift()
  }
  return { command, explicitCommand, inputs: positionals, options }
}

function unknownFlag(flag: string): string {
  const candidates = [
    ...optionNames,
    ...optionNames.filter((n) => (spec[n] as OptionSpec).negatable).map((n) => `no-${n}`),
  ]
  const hint = flag.startsWith('--') ? suggest(flag.slice(2), candidates) : null
  return `unknown option ${flag}${hint ? ` (did you mean --${hint}?)` : ''}; see onrecord --help`
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      previous = current
    }
  }
  return row[b.length] as number
}

/** The closest of `candidates` to `value`, when it is close enough to be a likely typo. */
export function suggest(value: string, candidates: readonly string[]): string | null {
  const lower = value.toLowerCase()
  let best: string | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const other = candidate.toLowerCase()
    // "hedgehog" for "hedge", "anonymous" for "anonymous-source": one contains the other.
    const d =
      lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other))
        ? 1
        : distance(lower, other)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : null
}

/** A whole number from a flag value, within bounds. */
export function integerOption(
  flag: string,
  value: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`${flag} needs a whole number, got "${value}"`)
  const n = Number(value)
  if (n < min || n > max)
    throw new UsageError(
      max === Number.MAX_SAFE_INTEGER
        ? `${flag} must be at least ${min}, got ${n}`
        : `${flag} must be between ${min} and ${max}, got ${n}`,
    )
  return n
}
