import type { Point, Span } from './types.js'

/**
 * Line starts of a text, for turning UTF-16 offsets into 1-based line/column points.
 * Lines end at `\r\n`, `\n` or a lone `\r`, as in vfile-location, so positions agree with
 * unist tools on every platform's line endings.
 */
export class LineIndex {
  readonly text: string
  private readonly starts: number[] = [0]
  /** The line of the last look-up: the parser asks for offsets mostly in order. */
  private hint = 0

  constructor(text: string) {
    this.text = text
    // Most articles end their lines with `\n` alone: found by `indexOf`, not character by
    // character.
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        this.starts.push(i + 1)
      return
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      } else if (code === 10 /* \n */) {
        this.starts.push(i + 1)
      }
    }
  }

  /** The point at `offset` (clamped into the text). */
  pointAt(offset: number): Point {
    const clamped = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset
    const starts = this.starts
    let line = this.hint
    if (
      !(
        (starts[line] as number) <= clamped &&
        (line + 1 >= starts.length || clamped < (starts[line + 1] as number))
      )
    ) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if ((starts[mid] as number) <= clamped) low = mid
        else high = mid - 1
      }
      line = low
      this.hint = low
    }
    return { line: line + 1, column: clamped - (starts[line] as number) + 1, offset: clamped }
  }

  /** The span of the text between two offsets. */
  spanOf(start: number, end: number): Span {
    return { text: this.text.slice(start, end), start: this.pointAt(start), end: this.pointAt(end) }
  }
}
