import { type PresetName, presetNames } from '@onrecord/cli'
import { rules } from '@onrecord/rules'

export type SeverityName = 'off' | 'info' | 'warn' | 'error'

/**
 * The editor's settings, section `onrecord` (VS Code: `onrecord.enable` …). They come from
 * `workspace/configuration` when the client supports it, else from `didChangeConfiguration`
 * or the `initializationOptions`. Configuration files (`.onrecordrc` …) still apply; these go
 * over them, as the command line's flags do.
 */
export interface Settings {
  /** Check documents at all (default true). */
  enable: boolean
  /** Rule severities over the configuration file: `{ "hedge": "off" }`. */
  rules: Record<string, SeverityName>
  /** A preset over the configuration file's, or null to keep it. */
  preset: PresetName | null
  inlayHints: {
    /** The resolved speaker after a direct quote whose speaker is named elsewhere (default true). */
    enable: boolean
  }
  /** Milliseconds to wait after an edit before checking again; null adapts to the document. */
  debounce: number | null
}

export const defaultSettings: Settings = Object.freeze({
  enable: true,
  rules: Object.freeze({}) as Record<string, SeverityName>,
  preset: null,
  inlayHints: Object.freeze({ enable: true }),
  debounce: null,
})

const severityNames = new Set(['off', 'info', 'warn', 'error'])
const severityAliases: Record<string, SeverityName> = {
  warning: 'warn',
  '0': 'off',
  '1': 'warn',
  '2': 'error',
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads settings as a client sent them, over `base`: unknown keys and ill-typed values are
 * left out, each with a line in `problems`, so a typo in a settings file never stops checking.
 */
export function readSettings(
  value: unknown,
  base: Settings = defaultSettings,
  problems: string[] = [],
): Settings {
  const settings: Settings = {
    ...base,
    rules: { ...base.rules },
    inlayHints: { ...base.inlayHints },
  }
  if (value === undefined || value === null) return settings
  if (!isRecord(value)) {
    problems.push(`onrecord settings: expected an object, got ${JSON.stringify(value)}`)
    return settings
  }
  if (value.enable !== undefined) {
    if (typeof value.enable === 'boolean') settings.enable = value.enable
    else problems.push('onrecord.enable: expected true or false')
  }
  if (value.rules !== undefined && value.rules !== null) {
    if (!isRecord(value.rules)) problems.push('onrecord.rules: expected an object of rule ids')
    else {
      const ids = new Set(rules.map((rule) => rule.id))
      for (const [id, raw] of Object.entries(value.rules)) {
        const text = String(raw)
        const severity = severityNames.has(text)
          ? (text as SeverityName)
          : (severityAliases[text] ?? null)
        if (!ids.has(id)) problems.push(`onrecord.rules.${id}: unknown rule`)
        else if (severity === null || (typeof raw !== 'string' && typeof raw !== 'number'))
          problems.push(`onrecord.rules.${id}: expected off, info, warn or error`)
        else settings.rules[id] = severity
      }
    }
  }
  if (value.preset !== undefined) {
    if (value.preset === null || value.preset === '') settings.preset = null
    else if (presetNames.includes(value.preset as PresetName))
      settings.preset = value.preset as PresetName
    else problems.push(`onrecord.preset: expected one of ${presetNames.join(', ')}`)
  }
  const hints = value.inlayHints
  if (hints !== undefined && hints !== null) {
    if (isRecord(hints) && (hints.enable === undefined || typeof hints.enable === 'boolean')) {
      if (typeof hints.enable === 'boolean') settings.inlayHints.enable = hints.enable
    } else if (typeof hints === 'boolean') settings.inlayHints.enable = hints
    else problems.push('onrecord.inlayHints.enable: expected true or false')
  }
  if (value.debounce !== undefined) {
    const d = value.debounce
    if (d === null) settings.debounce = null
    else if (typeof d === 'number' && Number.isFinite(d) && d >= 0 && d <= 10_000)
      settings.debounce = Math.round(d)
    else problems.push('onrecord.debounce: expected milliseconds from 0 to 10000, or null')
  }
  return settings
}
