import type { FormatOptions, Report } from '../types.js'

/** JSON Lines: one report per line, in input order — for streams and corpora. */
export function jsonl(reports: readonly Report[], _options: FormatOptions = {}): string {
  return reports.map((report) => `${JSON.stringify(report)}\n`).join('')
}
