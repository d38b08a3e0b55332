import type { FormatName, Formatter } from '../types.js'
import { formatNames } from './names.js'

/**
 * One format, loaded on first use: only its own module (and what it needs) is read, so a
 * program that writes JSON never loads the HTML page's renderer, its styles or SARIF.
 * Rejects with a `TypeError` for a name that is not a format.
 */
export async function loadFormat(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).json
    case 'jsonl':
      return (await import('./jsonl.js')).jsonl
    case 'text':
      return (await import('./text.js')).text
    case 'markdown':
      return (await import('./markdown.js')).markdown
    case 'sarif':
      return (await import('./sarif.js')).sarif
    case 'html':
      return (await import('./html.js')).html
    default:
      throw new TypeError(
        `unknown format "${String(name)}"; expected one of ${formatNames.join(', ')}`,
      )
  }
}

/**
 * Every format at once: `const { formats } = await loadFormats()`, then
 * `formats[name](reports, options)`. The module also exports each formatter by name
 * (`json`, `jsonl`, `text`, `markdown`, `sarif`, `html`) and `formatNames`.
 */
export function loadFormats(): Promise<typeof import('./index.js')> {
  return import('./index.js')
}
