import type { ReportAttribution, ReportQuote, ReportSource } from '@onrecord/reporter'
import { type DocumentSymbol, type SymbolInformation, SymbolKind } from 'vscode-languageserver'
import { type Checked, short } from './checked.js'

const sourceKinds: Record<ReportSource['kind'], SymbolKind> = {
  named: SymbolKind.Class,
  document: SymbolKind.File,
  anonymous: SymbolKind.Interface,
  vague: SymbolKind.Namespace,
}

interface Extent {
  start: number
  end: number
}

function grow(extent: Extent, span: { start: { offset: number }; end: { offset: number } }) {
  extent.start = Math.min(extent.start, span.start.offset)
  extent.end = Math.max(extent.end, span.end.offset)
}

function quoteSymbol(checked: Checked, quote: ReportQuote, detail: string): DocumentSymbol {
  const range = checked.rangeOf(quote)
  return {
    name: `“${short(quote.inner.text, 70)}”`,
    detail,
    kind: SymbolKind.String,
    range,
    selectionRange: range,
  }
}

/**
 * The source ledger as an outline: every source in order of introduction, its kind and the
 * claims it carries as the detail, and under it what it says — each direct quote, and each
 * paraphrase with its cue. Quotes no one is found to have said come last, in their own group.
 */
export function documentSymbols(checked: Checked): DocumentSymbol[] {
  const report = checked.report
  if (!report) return []
  const quotes = new Map(report.quotes.map((quote) => [quote.id, quote]))
  const attributions = new Map(report.attributions.map((a) => [a.id, a]))
  const symbols: DocumentSymbol[] = []
  const sources = [...report.sources].sort(
    (a, b) => a.introduced.start.offset - b.introduced.start.offset,
  )
  for (const source of sources) {
    const extent = { start: source.introduced.start.offset, end: source.introduced.end.offset }
    for (const mention of source.mentions) grow(extent, mention)
    const children: DocumentSymbol[] = []
    for (const id of source.attributions) {
      const attribution = attributions.get(id)
      if (!attribution) continue
      children.push(...saying(checked, attribution, quotes, extent))
    }
    const facts = [source.kind, `${source.claims} claim${source.claims === 1 ? '' : 's'}`]
    if (source.breaches.length > 0) facts.push(source.breaches.join(', '))
    symbols.push({
      name: source.name || short(source.introduced.text),
      detail: facts.join(' · '),
      kind: sourceKinds[source.kind],
      range: checked.range(extent.start, extent.end),
      selectionRange: checked.rangeOf(source.introduced),
      children: children.sort(
        (a, b) =>
          a.range.start.line - b.range.start.line ||
          a.range.start.character - b.range.start.character,
      ),
    })
  }
  const unspoken = report.quotes.filter((quote) => quote.depth === 0 && quote.speaker === null)
  if (unspoken.length > 0) {
    const first = unspoken[0] as ReportQuote
    const last = unspoken[unspoken.length - 1] as ReportQuote
    symbols.push({
      name: 'Quotes without a speaker',
      detail: `${unspoken.length}`,
      kind: SymbolKind.Namespace,
      range: checked.range(first.start.offset, last.end.offset),
      selectionRange: checked.rangeOf(first),
      children: unspoken.map((quote) => quoteSymbol(checked, quote, 'no speaker found')),
    })
  }
  return symbols
}

/** What one attribution of a source says: its quotes, or its paraphrase. */
function saying(
  checked: Checked,
  attribution: ReportAttribution,
  quotes: Map<string, ReportQuote>,
  extent: Extent,
): DocumentSymbol[] {
  const cue = attribution.cue ? ` · “${short(attribution.cue.text, 30)}”` : ''
  const own = attribution.quotes
    .map((id) => quotes.get(id))
    .filter((quote): quote is ReportQuote => quote !== undefined && quote.depth === 0)
  if (own.length > 0)
    return own.map((quote) => {
      grow(extent, quote)
      return quoteSymbol(
        checked,
        quote,
        `${attribution.kind === 'mixed' ? 'partial quote' : 'direct quote'}${cue}`,
      )
    })
  grow(extent, attribution.content)
  const range = checked.rangeOf(attribution.content)
  return [
    {
      name: short(attribution.content.text, 70),
      detail: `paraphrase${cue}`,
      kind: SymbolKind.Event,
      range,
      selectionRange: range,
    },
  ]
}

/** The same outline, flat, for clients without hierarchical document symbols. */
export function flatSymbols(checked: Checked, uri: string): SymbolInformation[] {
  const flat: SymbolInformation[] = []
  const walk = (symbols: DocumentSymbol[], container?: string) => {
    for (const symbol of symbols) {
      flat.push({
        name: symbol.name,
        kind: symbol.kind,
        location: { uri, range: symbol.range },
        ...(container ? { containerName: container } : {}),
      })
      if (symbol.children) walk(symbol.children, symbol.name)
    }
  }
  walk(documentSymbols(checked))
  return flat
}
