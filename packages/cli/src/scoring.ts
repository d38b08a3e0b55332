import { resolveScoringOptions, type ScoringOverrides } from '@onrecord/reporter'

/**
 * Checks score settings with the reporter's own merge, which names the key at fault
 * (`scoring.hedges.max: expected a number ≥ 0`). Null when they are fine.
 */
export function validateScoring(
  scoring: Record<string, unknown>,
): { key: string; message: string } | null {
  try {
    resolveScoringOptions(scoring as ScoringOverrides)
    return null
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error)
    const match = /^(scoring[^\s:]*): (.*)$/s.exec(text)
    return match
      ? { key: match[1] as string, message: match[2] as string }
      : { key: 'scoring', message: text }
  }
}
