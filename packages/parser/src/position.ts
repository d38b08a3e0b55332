import type { Point, Span } from './types.js'

/**
 * Line starts of a text, for turning UTF-16 offsets into 1-based line/column points.
 * Lines end at `\r\n`, `\n` or a lone `\r`, as in vfile-location, so positions agree with
 * unist tools on every platform's line endings.
 */
export class LineIndex {
  readonly text: string
  private readonly starts: number[] = [0]

  constructor(text: string) {
    this.text = text
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

  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] as number) <= clamped) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: clamped - (this.starts[low] as number) + 1, offset: clamped }
  }

  spanOf(start: number, end: number): Span {
    return { text: this.text.slice(start, end), start: this.pointAt(start), end: this.pointAt(end) }
  }
}
