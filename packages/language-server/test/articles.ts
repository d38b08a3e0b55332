import { readFileSync } from 'node:fs'

/** Test articles, written for these tests. */

export const bridge = `# Harbour bridge vote delayed again

Mayor Dana Whitfield said on Tuesday that the vote on the harbour bridge would be delayed until spring.

“We are not going to rush a decision this big,” Whitfield told reporters at City Hall.

A senior official said the engineering report had found cracks in two of the pylons.

“The numbers simply do not add up,” she claimed, pointing to the budget. “We owe people the truth.”

The 🌉 project will probably cost more than the council expects.
`

export const library = `The county library will close two branches next year.

Librarian Omar Haddad said the closures were forced by the new budget.

The savings will reportedly pay for longer opening hours at the main branch.
`

export const museum = `<!doctype html>
<html><body>
<h1>Museum &amp; gallery merger</h1>
<p>Director Ines Moreau said the two boards would vote in June.</p>
<p>The merger will likely save money, officials insisted.</p>
</body></html>
`

/** Line and UTF-16 character of the `nth` occurrence of `needle`, counted independently of the server. */
export function at(text: string, needle: string, nth = 0): { line: number; character: number } {
  let from = -1
  for (let i = 0; i <= nth; i++) {
    from = text.indexOf(needle, from + 1)
    if (from === -1) throw new Error(`“${needle}” not found`)
  }
  const before = text.slice(0, from).split('\n')
  return { line: before.length - 1, character: (before.at(-1) as string).length }
}

/** The range of the `nth` occurrence of `needle` (on one line). */
export function rangeOf(text: string, needle: string, nth = 0) {
  const start = at(text, needle, nth)
  return { start, end: { line: start.line, character: start.character + needle.length } }
}

/**
 * The paragraphs written for the long-article tests and for `scripts/bench-lsp.mjs`, one a line
 * in `fixtures/transit-paragraphs.txt` (both read that file).
 */
export function transitParagraphs(): string[] {
  const file = new URL('./fixtures/transit-paragraphs.txt', import.meta.url)
  return readFileSync(file, 'utf8').split('\n').filter(Boolean)
}

/** An article of about `words` words, made of paragraphs written for the benchmarks and tests. */
export function longArticle(words: number): string {
  const paragraphs = transitParagraphs()
  const out: string[] = ['# Transit authority expands bus fleet', '']
  let count = 0
  let i = 0
  while (count < words) {
    const paragraph = paragraphs[i % paragraphs.length] as string
    out.push(paragraph, '')
    count += paragraph.split(/\s+/).length
    i++
  }
  return out.join('\n')
}
