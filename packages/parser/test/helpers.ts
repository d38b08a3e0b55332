import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Doc, Point, Span } from '@onrecord/parser'
import { location } from 'vfile-location'

const fixtureRoot = fileURLToPath(new URL('./fixtures/', import.meta.url))

/** The fixture folders: `fixtures/<case>/input.{md,txt,html}` and `expected.json`. */
export function fixtureCases(): Array<{ name: string; input: string; expected: string }> {
  return readdirSync(fixtureRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(fixtureRoot, entry.name)
      const input = readdirSync(dir).find((file) => file.startsWith('input.'))
      if (!input) throw new Error(`fixture ${entry.name} has no input file`)
      return { name: entry.name, input: join(dir, input), expected: join(dir, 'expected.json') }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** `line:column` of a point, computed from scratch: no code shared with the parser. */
export function independentPoint(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const char = text[i]
    if (char === '\r' && text[i + 1] === '\n') {
      // A `\r\n` is one line ending; a point between its two characters is still on the line.
      if (i + 1 < offset) {
        line++
        lineStart = i + 2
        i++
      }
    } else if (char === '\r' || char === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** `3:1-3:35 @45-80`: a span as the fixtures write it. */
export function where(span: { start: Point; end: Point }): string {
  const { start, end } = span
  return `${start.line}:${start.column}-${end.line}:${end.column} @${start.offset}-${end.offset}`
}

/** The parts of a Doc a fixture pins down, in a form that reads well as JSON. */
export function describeDoc(doc: Doc) {
  return {
    format: doc.format,
    frontMatter: doc.frontMatter
      ? {
          title: doc.frontMatter.title ?? null,
          author: doc.frontMatter.author ?? null,
          date: doc.frontMatter.date ?? null,
        }
      : null,
    messages: doc.file.messages.map((m) => `${m.line ?? '?'}:${m.column ?? '?'} ${m.reason}`),
    blocks: doc.blocks.map((block) => ({
      kind: block.kind,
      depth: block.depth,
      at: where(block),
      sentences: block.sentences.map((index) => {
        const sentence = doc.sentences[index] as Span & { start: Point; end: Point }
        return { text: sentence.text, at: where(sentence) }
      }),
    })),
    quotes: doc.quotes.map((quote) => ({
      text: quote.text,
      at: where(quote),
      style: quote.style,
      depth: quote.depth,
      parent: quote.parent,
      ...(quote.segments.length > 1
        ? {
            blocks: quote.blocks,
            segments: quote.segments.map((segment) => ({ text: segment.text, at: where(segment) })),
          }
        : {}),
    })),
    unbalanced: doc.unbalancedMarks.map((mark) => ({
      text: mark.text,
      role: mark.role,
      style: mark.style,
      at: where(mark),
    })),
  }
}

/** Every span the Doc reports, with what it is, for the invariant checks. */
export function allSpans(doc: Doc): Array<{ what: string; span: Span }> {
  const spans: Array<{ what: string; span: Span }> = []
  for (const block of doc.blocks) spans.push({ what: `block ${block.index}`, span: block })
  for (const sentence of doc.sentences)
    spans.push({ what: `sentence ${sentence.index}`, span: sentence })
  for (const quote of doc.quotes) {
    spans.push({ what: `quote ${quote.index}`, span: quote })
    spans.push({ what: `quote ${quote.index} open`, span: quote.open })
    spans.push({ what: `quote ${quote.index} close`, span: quote.close })
    spans.push({ what: `quote ${quote.index} inner`, span: quote.inner })
    quote.segments.forEach((segment, i) =>
      spans.push({ what: `quote ${quote.index} segment ${i}`, span: segment }),
    )
  }
  doc.unbalancedMarks.forEach((mark, i) => spans.push({ what: `unbalanced ${i}`, span: mark }))
  return spans
}

/** Everything wrong with the positions of a Doc: an empty list when all is well. */
export function checkPositions(doc: Doc): string[] {
  const problems: string[] = []
  const unist = location(doc.text)
  for (const { what, span } of allSpans(doc)) {
    if (doc.text.slice(span.start.offset, span.end.offset) !== span.text)
      problems.push(`${what}: text is not its slice`)
    for (const [edge, point] of [
      ['start', span.start],
      ['end', span.end],
    ] as const) {
      const scratch = independentPoint(doc.text, point.offset)
      const byUnist = unist.toPoint(point.offset)
      if (scratch.line !== point.line || scratch.column !== point.column)
        problems.push(
          `${what} ${edge}: ${point.line}:${point.column} but counted ${scratch.line}:${scratch.column}`,
        )
      if (byUnist?.line !== point.line || byUnist?.column !== point.column)
        problems.push(`${what} ${edge}: disagrees with vfile-location`)
    }
  }
  for (const sentence of doc.sentences)
    for (const token of sentence.tokens) {
      const scratch = independentPoint(doc.text, token.start.offset)
      if (scratch.line !== token.start.line || scratch.column !== token.start.column)
        problems.push(
          `token ${JSON.stringify(token.value)} of sentence ${sentence.index}: bad point`,
        )
      if (token.start.offset < sentence.start.offset || token.end.offset > sentence.end.offset)
        problems.push(`token ${JSON.stringify(token.value)} outside sentence ${sentence.index}`)
    }
  return problems
}
