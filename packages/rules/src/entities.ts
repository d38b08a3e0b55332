import type { Doc } from '@onrecord/parser'
import type { FoundAttribution } from './attributions.js'
import type { Lexicons } from './lexicons.js'
import { classifySource } from './source-kind.js'
import type { AnonymityDetails, Attribution, Entity, SourceKind, SourceMention } from './types.js'
import { isCapitalized, type Word } from './words.js'

const opinionCues = new Set([
  'argued',
  'argues',
  'arguing',
  'claimed',
  'claims',
  'criticized',
  'criticised',
  'described',
  'called',
  'warned',
  'insisted',
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'fear',
  'fears',
  'hope',
  'hopes',
  'suggested',
  'predicted',
])
const personPronouns = new Set(['he', 'she', 'him', 'her', 'i'])
const groupPronouns = new Set(['they', 'we'])

interface Linked {
  attributions: Attribution[]
  entities: Entity[]
}

interface EntityState extends Entity {
  surname: string | null
  key: string
  head: string
  plural: boolean
  person: boolean
}

/**
 * Links every source mention to one entity per real-world source: "Ahmed al-Sharaa" =
 * "President Sharaa" = "Sharaa"; "he"/"they" to the nearest fitting entity; "the source" back
 * to the source it repeats. Classifies each entity as named, document, anonymous or vague.
 */
export function linkEntities(
  doc: Doc,
  found: FoundAttribution[],
  sentenceWords: Word[][],
  lexicons: Lexicons,
): Linked {
  const entities: EntityState[] = []
  const attributions: Attribution[] = []
  const recent: EntityState[] = []
  const order = [...found].sort(
    (a, b) => (a.source?.start ?? a.content.start) - (b.source?.start ?? b.content.start),
  )
  const mentionOf = new Map<FoundAttribution, SourceMention>()

  for (const item of order) {
    if (!item.source) continue
    const words = item.source.words.filter((w) => w.isWord)
    const first = words[0]
    let entity: EntityState | undefined
    let reference = false
    let kind: SourceKind
    const pronoun = first?.lower.replace(/'(?:s|re|ve|d|ll|m)$/, '') ?? ''
    if (words.length === 1 && lexicons.pronouns.has(pronoun)) {
      reference = true
      entity = resolvePronoun(pronoun, recent)
      kind = entity?.kind ?? 'named'
    } else {
      const sentenceStart = sentenceWords[item.source.sentence]?.[0]?.start === item.source.start
      const shape = classifySource(item.source.words, lexicons, sentenceStart)
      kind = shape.kind
      const head = (shape.head?.lower ?? '').replace(/'s$/, '')
      const definite = first?.lower === 'the' && words.length <= 3
      if (kind === 'named') {
        const names = shape.nameWords.map((w) => w.value.replace(/['’]s$/, ''))
        const surname = names.at(-1)?.replace(/^\p{Ll}{1,3}[-’']/u, '') ?? null
        entity = entities.find(
          (e) =>
            e.kind === 'named' &&
            ((surname && e.surname === surname.toLowerCase()) ||
              e.key === keyOf(item.source?.words ?? [])),
        )
        if (!entity) {
          entity = newEntity(
            entities,
            doc,
            item,
            kind,
            head,
            shape.plural,
            surname,
            names.length > 0,
          )
        } else {
          reference = !names.length || names.length < (entity.name.split(/\s+/).length ?? 0)
          const name = nameText(item.source.words, lexicons)
          if (name.length > entity.name.length) entity.name = name
        }
      } else {
        const key = keyOf(item.source.words)
        entity =
          (definite ? recent.find((e) => e.kind === kind && e.head === head) : undefined) ??
          entities.find((e) => e.kind === kind && e.key === key && !/^another\b/.test(key))
        if (entity) reference = definite || reference
        else entity = newEntity(entities, doc, item, kind, head, shape.plural, null, false)
      }
    }
    const mention: SourceMention = {
      ...doc.spanOf(item.source.start, item.source.end),
      kind,
      entity: entity?.id ?? null,
      reference,
    }
    mentionOf.set(item, mention)
    if (entity) {
      entity.mentions.push(doc.spanOf(item.source.start, item.source.end))
      const at = recent.indexOf(entity)
      if (at >= 0) recent.splice(at, 1)
      recent.unshift(entity)
    }
  }

  found.forEach((item, index) => {
    const id = `a${index + 1}`
    let source = mentionOf.get(item) ?? null
    if (!source && item.carriedFrom) {
      const carried = mentionOf.get(item.carriedFrom)
      if (carried) source = { ...carried, reference: true }
    }
    attributions.push({
      id,
      kind: item.kind,
      source,
      cue: item.cue ? doc.spanOf(item.cue.start, item.cue.end) : null,
      content: doc.spanOf(item.content.start, item.content.end),
      sentences: sentencesCovering(doc, item.content.start, item.content.end),
      quotes: doc.quotes
        .filter((q) => q.start.offset < item.content.end && item.content.start < q.end.offset)
        .map((q) => q.index),
    })
    const entity = entities.find((e) => e.id === source?.entity)
    if (entity) entity.attributions.push(id)
  })

  for (const entity of entities) {
    if (entity.kind === 'anonymous')
      entity.anonymity = anonymity(doc, entity, found, mentionOf, sentenceWords, lexicons)
    entity.introducedFully = introducedFully(doc, entity)
  }

  return {
    attributions,
    entities: entities.map(
      ({ surname: _s, key: _k, head: _h, plural: _p, person: _q, ...entity }) => entity,
    ),
  }
}

function newEntity(
  entities: EntityState[],
  doc: Doc,
  item: FoundAttribution,
  kind: SourceKind,
  head: string,
  plural: boolean,
  surname: string | null,
  person: boolean,
): EntityState {
  const source = item.source as NonNullable<FoundAttribution['source']>
  const span = doc.spanOf(source.start, source.end)
  const entity: EntityState = {
    id: `e${entities.length + 1}`,
    name: kind === 'named' ? nameText(source.words, null) || span.text : span.text,
    kind,
    mentions: [],
    introduced: span,
    introducedFully: false,
    anonymity: null,
    attributions: [],
    surname: surname ? surname.toLowerCase() : null,
    key: keyOf(source.words),
    head,
    plural,
    person,
  }
  entities.push(entity)
  return entity
}

function resolvePronoun(pronoun: string, recent: EntityState[]): EntityState | undefined {
  if (personPronouns.has(pronoun))
    return (
      recent.find((e) => e.kind === 'named' && e.person && !e.plural) ??
      recent.find((e) => !e.plural)
    )
  if (groupPronouns.has(pronoun))
    return recent.find((e) => e.plural || (e.kind === 'named' && !e.person)) ?? recent[0]
  if (pronoun === 'it')
    return recent.find((e) => e.kind === 'document' || (e.kind === 'named' && !e.person))
  return recent[0]
}

function keyOf(words: readonly Word[]): string {
  return words
    .filter((w) => w.isWord && !['the', 'a', 'an'].includes(w.lower))
    .map((w) => w.lower)
    .join(' ')
}

/** The name as written: the capitalized run that holds the name words ("President Donald Trump"). */
function nameText(words: readonly Word[], lexicons: Lexicons | null): string {
  let best: Word[] = []
  let run: Word[] = []
  for (const word of words) {
    if (
      isCapitalized(word) ||
      (run.length > 0 &&
        (word.value === '.' || /^(?:al|bin|de|van|von|la|le|du|da)$/.test(word.lower)))
    ) {
      if (!(run.length === 0 && ['the', 'a', 'an'].includes(word.lower))) run.push(word)
    } else {
      if (run.length > best.length) best = run
      run = []
    }
  }
  if (run.length > best.length) best = run
  void lexicons
  if (best.length === 0) return ''
  return best
    .map((w) => w.value)
    .join(' ')
    .replace(/ \./g, '.')
    .replace(/['’]s$/, '')
}

function sentencesCovering(doc: Doc, start: number, end: number): number[] {
  return doc.sentences
    .filter((s) => s.start.offset < end && start < s.end.offset)
    .map((s) => s.index)
}

function introducedFully(doc: Doc, entity: Entity): boolean {
  if (entity.kind !== 'named') return true
  const words = entity.name.split(/\s+/)
  if (words.length >= 2) {
    const firstFull = doc.text.indexOf(entity.name)
    return (
      firstFull >= 0 && firstFull <= entity.introduced.start.offset + entity.introduced.text.length
    )
  }
  return false
}

function anonymity(
  doc: Doc,
  entity: Entity,
  found: FoundAttribution[],
  mentionOf: Map<FoundAttribution, SourceMention>,
  sentenceWords: Word[][],
  lexicons: Lexicons,
): AnonymityDetails {
  const items = found.filter((f) => mentionOf.get(f)?.entity === entity.id)
  let reason: AnonymityDetails['reason'] = null
  let basis: AnonymityDetails['basis'] = null
  let opinion = false
  for (const item of items) {
    if (!item.source) continue
    const sentence = item.source.sentence
    const block = doc.sentences[sentence]?.block
    const scope = [sentence, sentence + 1].filter((s) => doc.sentences[s]?.block === block)
    for (const s of scope) {
      const words = sentenceWords[s] ?? []
      for (let k = 0; k < words.length; k++) {
        const r = reason ? null : lexicons['anonymous-reason'].matchAt(words, k)
        if (r) reason = doc.spanOf((words[k] as Word).start, (words[k + r.length - 1] as Word).end)
        const b = basis || s !== sentence ? null : lexicons['anonymous-basis'].matchAt(words, k)
        if (b) basis = doc.spanOf((words[k] as Word).start, (words[k + b.length - 1] as Word).end)
      }
    }
    if (item.cue && opinionCues.has(item.cue.lemma.split(' ').at(-1) ?? '')) opinion = true
  }
  const first = items.find((i) => i.source && !mentionOf.get(i)?.reference) ?? items[0]
  const shape = first?.source ? classifySource(first.source.words, lexicons, false) : null
  const head = (shape?.head?.lower ?? '').replace(/s$/, '')
  let specificity: AnonymityDetails['specificity'] = head === 'source' ? 0 : 1
  if (shape && shape.modifiers > 0) specificity = 2
  if (shape && (shape.affiliated || basis)) specificity = 3
  if (head === 'source' && shape && shape.modifiers === 0 && !shape.affiliated) specificity = 0
  return {
    reason,
    basis,
    specificity,
    pluralWithoutCount: Boolean(shape?.plural && !shape.counted),
    opinion,
  }
}
