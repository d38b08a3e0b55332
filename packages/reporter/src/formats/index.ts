import type { FormatName, Formatter } from '../types.js'
import { html } from './html.js'
import { json } from './json.js'
import { jsonl } from './jsonl.js'
import { markdown } from './markdown.js'
import { sarif } from './sarif.js'
import { text } from './text.js'

/**
 * Every format by name: `formats[name](reports, options)` gives the output as a string. This
 * module loads all six; the package's entry point reaches it only through `loadFormats()` (or
 * one format through `loadFormat(name)`), so importing the package loads no formatter.
 */
export const formats: Readonly<Record<FormatName, Formatter>> = Object.freeze({
  json,
  jsonl,
  text,
  markdown,
  sarif,
  html,
})

export { formatNames } from './names.js'
export { html, json, jsonl, markdown, sarif, text }
