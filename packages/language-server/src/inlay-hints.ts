import type { ReportQuote } from '@onrecord/reporter'
import type { InlayHint, Range } from 'vscode-languageserver'
import { Checked } from './checked.js'

/**
 * After each direct quote whose speaker is not named in the quote's own sentences, the
 * speaker the analysis resolved: `“…we will not sign.” — Tom Barrack`. A quote attributed
 * through a pronoun (“…,” he said) gets the hint too: the name is what the reader needs.
 */
export function inlayHints(checked: Checked, range: Range): InlayHint[] {
  const report = checked.report
  if (!report) return []
  const from = checked.offsetAt(range.start)
  const to = checked.offsetAt(range.end)
  const attributions = new Map(report.attributions.map((a) => [a.id, a]))
  const { sentences } = checked.result
  const hints: InlayHint[] = []
  for (const quote of report.quotes) {
    if (quote.depth !== 0 || quote.speaker === null) continue
    if (quote.end.offset < from || quote.end.offset > to) continue
    const source = checked.sources.get(quote.speaker)
    if (!source) continue
    const mention = quote.attribution ? attributions.get(quote.attribution)?.source : null
    if (
      mention &&
      names(mention.text, source.name) &&
      withinSentences(quote, mention.start.offset, sentences)
    )
      continue
    const via =
      mention && mention.reference
        ? `${JSON.stringify(mention.text)} on line ${checked.lineOf(mention)} stands for ${source.name}`
        : mention
          ? `named on line ${checked.lineOf(mention)} as “${mention.text}”`
          : `introduced on line ${checked.lineOf(source.introduced)}`
    hints.push({
      position: checked.snapshot.positionAt(quote.end.offset),
      label: `— ${source.name}`,
      paddingLeft: true,
      tooltip: `Speaker of this quote: ${source.name} (${source.kind} source), ${via}.`,
    })
  }
  return hints
}

/** Whether a mention names the source ("Whitfield" for Dana Whitfield), unlike "she" or "the official". */
function names(mention: string, name: string): boolean {
  const words = new Set(name.toLowerCase().match(/\p{L}+/gu) ?? [])
  return (mention.match(/\p{Lu}\p{L}*/gu) ?? []).some((word) => words.has(word.toLowerCase()))
}

/** Whether `offset` lies in one of the sentences the quote runs through. */
function withinSentences(
  quote: ReportQuote,
  offset: number,
  sentences: readonly number[],
): boolean {
  let first = Checked.spanIndex(sentences, quote.start.offset)
  let last = Checked.spanIndex(sentences, Math.max(quote.start.offset, quote.end.offset - 1))
  if (first === -1) first = last
  if (last === -1) last = first
  if (first === -1) return false
  const start = sentences[first * 2] as number
  const end = sentences[last * 2 + 1] as number
  return start <= offset && offset < end
}
