import { fileURLToPath } from 'node:url'
import { formatFromPath, type InputFormat } from '@onrecord/parser'

const byLanguage: Record<string, InputFormat> = {
  markdown: 'markdown',
  plaintext: 'text',
  text: 'text',
  html: 'html',
}

/** File extensions checked whatever the client calls their language (as `onrecord` walks folders). */
const checkedExtensions = new Set(['md', 'markdown', 'txt', 'text', 'html', 'htm'])

/** The languages the server checks (LSP language ids), as clients should select documents. */
export const languageIds = ['markdown', 'plaintext', 'html'] as const

/** The absolute path of a `file:` URI, or null for any other scheme (`untitled:` …). */
export function pathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  try {
    return fileURLToPath(uri)
  } catch {
    return null
  }
}

/**
 * The parser's format for a document: from its language id, else from its file name, else
 * null (the server leaves the document alone).
 */
export function formatOf(languageId: string, uri: string): InputFormat | null {
  const known = byLanguage[languageId]
  if (known) return known
  const path = pathOf(uri) ?? uri
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase()
  return extension && checkedExtensions.has(extension) ? formatFromPath(path) : null
}
