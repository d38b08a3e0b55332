import type { Doc } from '@onrecord/parser'
import { allSpans } from '../helpers.js'

/**
 * The position invariant for large documents, in linear time: `helpers.ts`'s
 * `independentPoint` counts from the start of the file for every point, which is quadratic
 * on a 200,000-character paragraph. Here the line starts are found once, by a scan of our
 * own (`\r\n`, `\r` and `\n` each end a line), and each point is looked up by binary search.
 * Also checked: no span or token boundary falls between the two halves of a surrogate pair.
 */
export function positionProblems(doc: Doc): string[] {
  const text = doc.text
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2)
      i++
    } else if (c === 10 || c === 13) starts.push(i + 1)
  }
  const pointAt = (offset: number) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 }
  }
  const splitsPair = (offset: number) => {
    const before = text.charCodeAt(offset - 1)
    const after = text.charCodeAt(offset)
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
  }
  const problems: string[] = []
  const checkPoint = (what: string, point: { line: number; column: number; offset: number }) => {
    const expected = pointAt(point.offset)
    if (expected.line !== point.line || expected.column !== point.column)
      problems.push(
        `${what}: ${point.line}:${point.column} at offset ${point.offset}, counted ${expected.line}:${expected.column}`,
      )
    if (splitsPair(point.offset)) problems.push(`${what}: splits a surrogate pair`)
  }
  for (const { what, span } of allSpans(doc)) {
    if (
      !(
        span.start.offset >= 0 &&
        span.start.offset <= span.end.offset &&
        span.end.offset <= text.length
      )
    )
      problems.push(`${what}: offsets out of range`)
    else if (text.slice(span.start.offset, span.end.offset) !== span.text)
      problems.push(`${what}: text is not its slice`)
    checkPoint(`${what} start`, span.start)
    checkPoint(`${what} end`, span.end)
  }
  for (const sentence of doc.sentences)
    for (const token of sentence.tokens) {
      checkPoint(`token of sentence ${sentence.index}`, token.start)
      checkPoint(`token of sentence ${sentence.index}`, token.end)
      if (token.start.offset < sentence.start.offset || token.end.offset > sentence.end.offset)
        problems.push(`token outside sentence ${sentence.index}`)
    }
  return problems.slice(0, 20)
}
