import { isUtf8 } from 'node:buffer'

/** The text of an input file and what was noticed while decoding it. */
export interface DecodedText {
  /**
   * The text, without its byte-order mark: every offset in a report indexes into this string
   * (as an editor shows the file, where the mark is no character either).
   */
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  /** The file started with a byte-order mark, which was removed. */
  bom: boolean
  /** Problems worth a warning: invalid UTF-8 replaced with U+FFFD. */
  warnings: string[]
}

export type DecodeResult = { ok: true; value: DecodedText } | { ok: false; reason: string }

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true })
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true })

/**
 * Decodes the bytes of an article. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are text; bytes with a NUL in them are not (a binary file, or UTF-16 or UTF-32
 * without a mark). Invalid UTF-8 is decoded with replacement characters and a warning naming
 * the first bad line, so one mis-encoded byte never loses a whole article.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (bytes.length >= 4 && b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return { ok: false, reason: 'not a text file (UTF-32 is not supported; save it as UTF-8)' }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be')

  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'not a text file (binary data)' }

  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  const text = utf8.decode(body)
  const warnings: string[] = []
  if (!isUtf8(body)) {
    const at = firstReplacement(text)
    warnings.push(
      `invalid UTF-8${at ? ` (first at line ${at.line}, column ${at.column})` : ''}; decoded with replacement characters (U+FFFD)`,
    )
  }
  return { ok: true, value: { text, encoding: 'utf-8', bom, warnings } }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  let le = body
  if (encoding === 'utf-16be') {
    le = new Uint8Array(body.length - (body.length % 2))
    for (let i = 0; i + 1 < body.length; i += 2) {
      le[i] = body[i + 1] as number
      le[i + 1] = body[i] as number
    }
  }
  const text = utf16le.decode(le)
  if (text.includes('\u0000')) return { ok: false, reason: 'not a text file (binary data)' }
  const warnings: string[] = []
  if (body.length % 2 === 1)
    warnings.push(`odd number of bytes for ${encoding.toUpperCase()}; the last byte was dropped`)
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    warnings.push(`unpaired surrogate in ${encoding.toUpperCase()} text`)
  return { ok: true, value: { text, encoding, bom: true, warnings } }
}

function firstReplacement(text: string): { line: number; column: number } | null {
  const index = text.indexOf('\uFFFD')
  if (index === -1) return null
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: index - lineStart + 1 }
}

/** True for text with nothing to check: empty, or only white space. */
export function isBlank(text: string): boolean {
  return !/[^\s\u200B\u200C\u200D\u2060\uFEFF]/.test(text)
}
