import type { FormatOptions, Report } from '../types.js'

/**
 * The machine contract: one report prints as the object itself, several as an array, two-space
 * indented with a final newline. The shape is `schema/report.schema.json`.
 */
export function json(reports: readonly Report[], _options: FormatOptions = {}): string {
  const value = reports.length === 1 ? reports[0] : reports
  return `${JSON.stringify(value, null, 2)}\n`
}
