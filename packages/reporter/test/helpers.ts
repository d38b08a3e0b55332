import { type Doc, type InputFormat, parse, type Span } from '@onrecord/parser'
import type {
  Analysis,
  AnonymityDetails,
  Attribution,
  AttributionKind,
  Claim,
  ClaimCoverage,
  Entity,
  Hedge,
  HedgeKind,
  SourceKind,
} from '@onrecord/rules'
import { VFile } from 'vfile'

/**
 * Builds an Analysis by hand over a real parsed document, while the rules package's
 * `analyze()` is being written: spans come from `doc.spanOf`, found by substring.
 */
export class ArticleBuilder {
  readonly doc: Doc
  private readonly attributions: Attribution[] = []
  private readonly entities: Entity[] = []
  private readonly hedges: Hedge[] = []
  private readonly claims: Claim[] = []
  lede: number | null = null

  constructor(text: string, options: { format?: InputFormat; path?: string } = {}) {
    const file = new VFile({ value: text, ...(options.path ? { path: options.path } : {}) })
    this.doc = parse(file, options.format ? { format: options.format } : {})
    const first = this.doc.blocks.find((b) => b.kind === 'paragraph')
    this.lede = first ? first.index : null
  }

  /** The span of the `occurrence`-th match of `text` (0-based) at or after `after`. */
  span(text: string, options: { occurrence?: number; after?: Span; from?: number } = {}): Span {
    let from = options.from ?? (options.after ? options.after.start.offset : 0)
    let index = -1
    for (let n = 0; n <= (options.occurrence ?? 0); n++) {
      index = this.doc.text.indexOf(text, from)
      if (index < 0) throw new Error(`not in the article: ${JSON.stringify(text)}`)
      from = index + 1
    }
    return this.doc.spanOf(index, index + text.length)
  }

  /** Index of the sentence holding an offset. */
  sentenceAt(offset: number): number {
    const sentence = this.doc.sentences.find(
      (s) => s.start.offset <= offset && offset < s.end.offset,
    )
    if (!sentence) throw new Error(`no sentence at offset ${offset}`)
    return sentence.index
  }

  /** The sentence whose text contains `text`. */
  sentence(text: string): number {
    return this.sentenceAt(this.span(text).start.offset)
  }

  entity(spec: {
    id: string
    name: string
    kind: SourceKind
    mentions: Span[]
    introducedFully?: boolean
    anonymity?: Partial<{
      reason: Span | null
      basis: Span | null
      specificity: AnonymityDetails['specificity']
      pluralWithoutCount: boolean
      opinion: boolean
    }> | null
  }): Entity {
    const entity: Entity = {
      id: spec.id,
      name: spec.name,
      kind: spec.kind,
      mentions: spec.mentions,
      introduced: spec.mentions[0] as Span,
      introducedFully: spec.introducedFully ?? true,
      anonymity:
        spec.kind === 'anonymous' && spec.anonymity !== null
          ? {
              reason: spec.anonymity?.reason ?? null,
              basis: spec.anonymity?.basis ?? null,
              specificity: spec.anonymity?.specificity ?? 1,
              pluralWithoutCount: spec.anonymity?.pluralWithoutCount ?? false,
              opinion: spec.anonymity?.opinion ?? false,
            }
          : null,
      attributions: [],
    }
    this.entities.push(entity)
    return entity
  }

  attribution(spec: {
    id: string
    kind: AttributionKind
    source?: { span: Span; entity: Entity | null; kind?: SourceKind; reference?: boolean } | null
    cue?: Span | null
    content: Span
  }): Attribution {
    const sentences = new Set<number>()
    for (const s of [spec.content, spec.source?.span, spec.cue])
      if (s)
        for (const sentence of this.doc.sentences)
          if (sentence.start.offset < s.end.offset && sentence.end.offset > s.start.offset)
            sentences.add(sentence.index)
    const quotes = this.doc.quotes
      .filter(
        (q) => q.start.offset < spec.content.end.offset && q.end.offset > spec.content.start.offset,
      )
      .map((q) => q.index)
    const source = spec.source
    const attribution: Attribution = {
      id: spec.id,
      kind: spec.kind,
      source: source
        ? {
            ...source.span,
            kind: source.kind ?? source.entity?.kind ?? 'named',
            entity: source.entity?.id ?? null,
            reference: source.reference ?? false,
          }
        : null,
      cue: spec.cue ?? null,
      content: spec.content,
      sentences: [...sentences].sort((a, b) => a - b),
      quotes: spec.kind === 'direct' || spec.kind === 'mixed' ? quotes : [],
    }
    if (source?.entity) source.entity.attributions.push(spec.id)
    this.attributions.push(attribution)
    return attribution
  }

  hedge(spec: {
    text: string
    kind: HedgeKind
    voice?: 'reporter' | 'quoted'
    namedOrigin?: boolean
    after?: Span
  }): Hedge {
    const span = this.span(spec.text, spec.after ? { after: spec.after } : {})
    const sentence = this.doc.sentences[this.sentenceAt(span.start.offset)] as Span
    const hedge: Hedge = {
      ...span,
      kind: spec.kind,
      voice: spec.voice ?? 'reporter',
      scope: this.doc.spanOf(span.start.offset, sentence.end.offset),
      namedOrigin: spec.namedOrigin ?? false,
      entry: spec.text.toLowerCase(),
    }
    this.hedges.push(hedge)
    return hedge
  }

  /** A claim for the sentence containing `text`. */
  claim(
    text: string,
    spec: {
      attribution?: Attribution | null
      coverage?: ClaimCoverage
      figures?: boolean
      superlative?: boolean
      accusation?: boolean
      /** Where the sentence is, when its text occurs more than once. */
      at?: Span
    } = {},
  ): Claim {
    const index = spec.at ? this.sentenceAt(spec.at.start.offset) : this.sentence(text)
    const sentence = this.doc.sentences[index] as Span & { block: number }
    const features = {
      figures: spec.figures ?? false,
      superlative: spec.superlative ?? false,
      accusation: spec.accusation ?? false,
    }
    const claim: Claim = {
      ...this.doc.spanOf(sentence.start.offset, sentence.end.offset),
      sentence: index,
      attribution: spec.attribution?.id ?? null,
      coverage: spec.coverage ?? (spec.attribution ? 'own' : 'none'),
      features,
      background: !features.figures && !features.superlative && !features.accusation,
      lede: this.lede !== null && sentence.block === this.lede,
    }
    this.claims.push(claim)
    return claim
  }

  analysis(): Analysis {
    const words = this.doc.sentences.reduce(
      (n, s) => n + s.tokens.filter((t) => t.kind === 'word').length,
      0,
    )
    const claims = [...this.claims].sort((a, b) => a.start.offset - b.start.offset)
    return {
      doc: this.doc,
      attributions: [...this.attributions],
      entities: [...this.entities],
      hedges: [...this.hedges],
      claims,
      lede: this.lede,
      words,
    }
  }
}

/** Every span-like object in a value, with its path, for checking `text === slice`. */
export function* spansIn(
  value: unknown,
  path = '$',
): Generator<{
  path: string
  span: { text: string; start: { offset: number }; end: { offset: number } }
}> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spansIn(value[i], `${path}[${i}]`)
    return
  }
  if (value === null || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  if (
    typeof record.text === 'string' &&
    record.start &&
    typeof (record.start as { offset?: unknown }).offset === 'number' &&
    record.end &&
    typeof (record.end as { offset?: unknown }).offset === 'number'
  )
    yield { path, span: record as never }
  for (const [key, child] of Object.entries(record)) {
    if (key === 'article') continue
    yield* spansIn(child, `${path}.${key}`)
  }
}
