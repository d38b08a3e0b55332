/**
 * Where each character of a node's *value* sits in the *source* it was parsed from.
 *
 * A text node's value is not always its source: Markdown drops the `> ` of every blockquote
 * line, list indentation and the backslash of an escape (`\*`), and decodes character
 * references (`&amp;`); HTML decodes entities and turns `\r\n` into `\n`. nlcst tools count
 * offsets in the value, so without this map every word after the first such spot is off.
 */
export interface ValueMap {
  /**
   * Where the value begins in the source when it is exactly its source slice (character
   * `index` at `identityStart + index`), else null: the bridge places every token of plain
   * prose this way without two method calls per token.
   */
  readonly identityStart: number | null
  /** Source offset where the value's character `index` begins. */
  startOf(index: number): number
  /** Source offset just after the value's character `index`. */
  endOf(index: number): number
}

/** A value that is exactly its source slice. */
class Identity implements ValueMap {
  constructor(readonly identityStart: number) {}
  startOf(index: number): number {
    return this.identityStart + index
  }
  endOf(index: number): number {
    return this.identityStart + index + 1
  }
}

class Table implements ValueMap {
  readonly identityStart = null
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly fallback: number,
  ) {}
  startOf(index: number): number {
    return index < this.starts.length ? (this.starts[index] as number) : this.fallback
  }
  endOf(index: number): number {
    return index < this.ends.length ? (this.ends[index] as number) : this.fallback
  }
}

const reference = /&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};?)/y

/** How far to look ahead for a value character the source has after some markup. */
const window = 256

/**
 * Aligns `value` with `text.slice(start, end)`. Characters that match are mapped one to one;
 * a backslash escape, a character reference or a `\r\n` maps onto all its source
 * characters; source characters the value lacks (line prefixes, indentation) are skipped.
 */
export function alignValue(value: string, text: string, start: number, end: number): ValueMap {
  if (end - start === value.length && text.startsWith(value, start)) return new Identity(start)
  const starts = new Int32Array(value.length)
  const ends = new Int32Array(value.length)
  let i = 0
  let j = start
  while (i < value.length) {
    const char = value[i] as string
    if (j >= end) {
      // The source ran out (should not happen): pin what is left to the end.
      starts[i] = end
      ends[i] = end
      i++
      continue
    }
    const source = text[j] as string
    if (source === '&') {
      reference.lastIndex = j
      const match = reference.exec(text)
      if (match && j + match[0].length <= end && !value.startsWith(match[0], i)) {
        const after = j + referenceLength(match[0], value, i, text, j)
        // A reference decodes to one or two UTF-16 units: take the length that lets the
        // value go on with what follows the reference in the source.
        const width = decodedWidth(value, i, text, after, end)
        for (let k = 0; k < width; k++) {
          starts[i + k] = j
          ends[i + k] = after
        }
        i += width
        j = after
        continue
      }
    }
    if (source === char) {
      starts[i] = j
      ends[i] = j + 1
      i++
      j++
      continue
    }
    if (source === '\\' && text[j + 1] === char && j + 1 < end) {
      starts[i] = j
      ends[i] = j + 2
      i++
      j += 2
      continue
    }
    if (char === '\n' && source === '\r') {
      starts[i] = j
      j += text[j + 1] === '\n' && j + 1 < end ? 2 : 1
      ends[i] = j
      i++
      continue
    }
    // Markup the value does not have: skip ahead to where the value can go on.
    const next = nextSource(char, text, j + 1, Math.min(end, j + 1 + window))
    if (next !== -1) {
      j = next
      continue
    }
    // Nothing to skip to (a replaced character): map one to one and go on.
    starts[i] = j
    ends[i] = j + 1
    i++
    j++
  }
  return new Table(starts, ends, end)
}

/**
 * The length of the reference at `at`. One without a semicolon is HTML's legacy form
 * (`&copy 2024`, `&copythe`): its name is the shortest prefix after which the source goes on
 * the way the value does.
 */
function referenceLength(match: string, value: string, index: number, text: string, at: number) {
  if (match.endsWith(';') || match[1] === '#') return match.length
  const code = value.charCodeAt(index)
  const next = value[index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)]
  if (next === undefined) return match.length
  for (let length = 3; length < match.length; length++)
    if (text[at + length] === next) return length
  return match.length
}

/**
 * Where a text node's value really starts in the source. An HTML parser may place a text
 * node that begins with a character reference just after it (parse5 does so for the first
 * text of an implied `<body>`); then the node's value begins with what the reference decodes
 * to, not with the source character at `start`.
 */
export function startBeforeReferences(value: string, text: string, start: number): number {
  let from = start
  for (let guard = 0; guard < 8; guard++) {
    if (from >= text.length || value.length === 0 || value[0] === text[from]) return from
    const amp = text.lastIndexOf('&', from - 1)
    if (amp === -1 || from - amp > 40) return from
    reference.lastIndex = amp
    const match = reference.exec(text)
    // The reference ends at `start` or (parse5 at the start of an implied body) covers it.
    if (!match || amp + match[0].length < from) return from
    from = amp
  }
  return from
}

/** The first place in `text[from, to)` that can give `char`: itself, a reference, an escape, a `\r` for `\n`. */
function nextSource(char: string, text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const source = text[k]
    if (source === char || source === '&' || source === '\\' || (char === '\n' && source === '\r'))
      return k
  }
  return -1
}

function decodedWidth(value: string, index: number, text: string, after: number, end: number) {
  const code = value.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) return 2
  if (after >= end) return Math.min(2, value.length - index)
  if (index + 1 >= value.length) return 1
  // A few named references decode to two characters (`&fjlig;`, `&nvlt;`).
  const source = text[after] as string
  if (value[index + 1] === source || source === '&' || source === '\\' || source === '\r') return 1
  if (index + 2 >= value.length || value[index + 2] === source) return 2
  return 1
}
