export { escapeHtml } from './formats/html.js'
export { htmlIndexPage, type IndexRow } from './formats/html-index.js'
export { formatNames, formats, html, json, jsonl, markdown, sarif, text } from './formats/index.js'
export { report } from './report.js'
export { defaultScoringOptions, resolveScoringOptions } from './scoring-options.js'
export { sourcingStatuses } from './status.js'
export type * from './types.js'

/** The version of the Report contract this package writes. */
export const reportVersion = 1

/** Where the JSON Schema of the Report contract lives in the installed package. */
export const reportSchemaUrl: URL = new URL('../schema/report.schema.json', import.meta.url)
