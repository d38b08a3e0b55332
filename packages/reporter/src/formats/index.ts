import type { FormatName, Formatter } from '../types.js'
import { html } from './html.js'
import { json } from './json.js'
import { jsonl } from './jsonl.js'
import { markdown } from './markdown.js'
import { sarif } from './sarif.js'
import { text } from './text.js'

/** Every format by name: `formats[name](reports, options)` gives the output as a string. */
export const formats: Readonly<Record<FormatName, Formatter>> = Object.freeze({
  json,
  jsonl,
  text,
  markdown,
  sarif,
  html,
})

/** The format names, in the order the CLI lists them. */
export const formatNames: readonly FormatName[] = Object.freeze([
  'text',
  'json',
  'jsonl',
  'markdown',
  'sarif',
  'html',
])

export { html, json, jsonl, markdown, sarif, text }
