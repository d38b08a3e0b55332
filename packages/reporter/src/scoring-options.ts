import type { ScoringOptions, ScoringOverrides } from './types.js'

/**
 * The default weights and grade thresholds. docs/scoring.md gives the reasoning for each number
 * and the standard it rests on; change them there and here together.
 */
export const defaultScoringOptions: ScoringOptions = deepFreeze({
  sourcing: {
    max: 45,
    shortfall: {
      'named-quote': 0,
      'named-paraphrase': 0.05,
      document: 0.1,
      'anonymous-qualified': 0.4,
      'anonymous-bare': 0.8,
      vague: 0.7,
      agentless: 0.8,
      unattributed: 0.7,
    },
    background: 0.15,
    accusation: 1,
    weights: {
      base: 1,
      background: 0.5,
      figures: 1.5,
      superlative: 1.5,
      accusation: 3,
      lede: 2,
    },
  },
  accusations: { unattributed: 12, unnamed: 6 },
  lede: {
    points: {
      'named-quote': 0,
      'named-paraphrase': 0,
      document: 0,
      'anonymous-qualified': 5,
      'anonymous-bare': 10,
      vague: 7,
      agentless: 7,
      unattributed: 4,
    },
    accusation: 10,
  },
  anonymousStandards: {
    max: 20,
    points: {
      'no-reason': 3,
      'no-basis': 3,
      'bare-description': 3,
      'uncounted-plural': 2,
      opinion: 4,
    },
  },
  anonymousShare: { max: 10, threshold: 0.25 },
  hedges: { max: 8, allowance: 4, perRate: 0.25, hearsay: 2, hearsayMax: 6 },
  namedSources: { minClaims: 3, none: 8, one: 4 },
  directVoices: { minClaims: 3, none: 3 },
  singleSource: {
    minClaims: 2,
    points: { named: 4, document: 4, vague: 8, anonymous: 10 },
  },
  grades: [
    { grade: 'A', min: 85 },
    { grade: 'B', min: 70 },
    { grade: 'C', min: 55 },
    { grade: 'D', min: 40 },
    { grade: 'F', min: 0 },
  ],
})

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Merges overrides over the defaults and checks every value: unknown keys, wrong types,
 * negative weights and unordered grades are errors that name the key.
 */
export function resolveScoringOptions(overrides: ScoringOverrides | undefined): ScoringOptions {
  if (overrides === undefined) return defaultScoringOptions
  const merged = merge(defaultScoringOptions, overrides, 'scoring')
  return deepFreeze(merged as ScoringOptions)
}

function merge(base: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return structuredClone(base)
  if (Array.isArray(base)) return checkGrades(override, path)
  if (isPlainObject(base)) {
    if (!isPlainObject(override)) throw new TypeError(`${path}: expected an object`)
    for (const key of Object.keys(override))
      if (!(key in base))
        throw new TypeError(
          `${path}.${key}: unknown scoring option (allowed: ${Object.keys(base).join(', ')})`,
        )
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(base))
      out[key] = merge(base[key], override[key], `${path}.${key}`)
    return out
  }
  if (typeof override !== 'number' || !Number.isFinite(override) || override < 0)
    throw new TypeError(`${path}: expected a number ≥ 0, got ${JSON.stringify(override)}`)
  if (
    (path.includes('.shortfall.') ||
      path === 'scoring.sourcing.background' ||
      path === 'scoring.sourcing.accusation' ||
      path.endsWith('.threshold')) &&
    override > 1
  )
    throw new TypeError(`${path}: expected a number between 0 and 1, got ${override}`)
  return override
}

function checkGrades(value: unknown, path: string): Array<{ grade: string; min: number }> {
  if (!Array.isArray(value) || value.length === 0)
    throw new TypeError(`${path}: expected a non-empty list of { grade, min }`)
  const grades = value.map((entry, index) => {
    if (
      !isPlainObject(entry) ||
      typeof entry.grade !== 'string' ||
      entry.grade === '' ||
      typeof entry.min !== 'number' ||
      !Number.isFinite(entry.min)
    )
      throw new TypeError(`${path}[${index}]: expected { grade: string, min: number }`)
    return { grade: entry.grade, min: entry.min }
  })
  for (let i = 1; i < grades.length; i++)
    if ((grades[i] as { min: number }).min >= (grades[i - 1] as { min: number }).min)
      throw new TypeError(`${path}: grades must go from best to worst with falling minimums`)
  if ((grades.at(-1) as { min: number }).min > 0)
    throw new TypeError(`${path}: the last grade must have min 0 so that every score has a grade`)
  return grades
}

/** The grade a score earns. */
export function gradeFor(value: number, grades: ScoringOptions['grades']): string {
  for (const { grade, min } of grades) if (value >= min) return grade
  return (grades.at(-1) as { grade: string }).grade
}
