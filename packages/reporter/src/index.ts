// The formatters are not imported here: each is loaded when first asked for (`loadFormat`,
// `loadFormats`), so that importing the package to build reports loads none of them.
export { escapeHtml } from './formats/escape.js'
export { htmlIndexPage, type IndexRow } from './formats/html-index.js'
export { loadFormat, loadFormats } from './formats/load.js'
export { formatNames } from './formats/names.js'
export { report } from './report.js'
export { defaultScoringOptions, resolveScoringOptions } from './scoring-options.js'
export { sourcingStatuses } from './status.js'
export type * from './types.js'

/** The version of the Report contract this package writes. */
export const reportVersion = 1

/** Where the JSON Schema of the Report contract lives in the installed package. */
export const reportSchemaUrl: URL = new URL('../schema/report.schema.json', import.meta.url)
