import type { Doc } from '@onrecord/parser'
import type { FoundAttribution } from './attributions.js'
import { docIndex } from './doc-index.js'
import type { Lexicons, PhraseList } from './lexicons.js'
import { isDash, phraseBefore } from './noun-phrase.js'
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
  const recent: EntityState[] = []
  const order = [...found].sort(
    (a, b) => (a.source?.start ?? a.content.start) - (b.source?.start ?? b.content.start),
  )
  const mentionOf = new Map<FoundAttribution, SourceMention>()
  const positions = docIndex(doc)
  // Whether a sentence is in the headline, by block, asked once per block.
  const headlineBlocks = new Map<number, boolean>()
  const headline = (sentence: number): boolean => {
    const block = doc.sentences[sentence]?.block
    if (block === undefined) return false
    let known = headlineBlocks.get(block)
    if (known === undefined) {
      known = isHeadlineBlock(doc, doc.blocks[block])
      headlineBlocks.set(block, known)
    }
    return known
  }
  // Entities by id, by surname (named) and by kind and phrase, so linking stays linear.
  // (By kind, then phrase: a key joining the two was a new string to build and hash at every
  // look-up.)
  const byId = new Map<string, EntityState>()
  const bySurname = new Map<string, EntityState>()
  const byKindAndKey = new Map<SourceKind, Map<string, EntityState>>()
  const byKey = (kind: SourceKind, key: string): EntityState | undefined =>
    byKindAndKey.get(kind)?.get(key)
  const register = (entity: EntityState): EntityState => {
    byId.set(entity.id, entity)
    if (entity.kind === 'named' && entity.surname && !bySurname.has(entity.surname))
      bySurname.set(entity.surname, entity)
    const ofKind = byKindAndKey.get(entity.kind)
    if (!ofKind) byKindAndKey.set(entity.kind, new Map([[entity.key, entity]]))
    else if (!ofKind.has(entity.key)) ofKind.set(entity.key, entity)
    return entity
  }

  // Roles the article gives named people ("Marta Quill, the EU's special envoy to the
  // region, …"), so that "the envoy said" — or "Envoy" in the headline — is Quill.
  // (Built on the first mention that could name a role: most articles have none.)
  let roles: Map<string, RoleHolder | null> | undefined
  const rolesOf = () => {
    roles ??= roleIndex(sentenceWords, lexicons)
    return roles
  }

  /** Links a phrase naming a source to its entity, creating the entity when it is new. */
  const linkPhrase = (
    phrase: Word[],
    sentence: number,
  ): { entity: EntityState; kind: SourceKind; reference: boolean } => {
    const sentenceStart = sentenceWords[sentence]?.[0]?.start === phrase[0]?.start
    const shape = classifySource(phrase, lexicons, sentenceStart)
    const kind = shape.kind
    // (The possessive cut by hand: no regular expression run for every source mention.)
    const headWord = shape.head?.lower ?? ''
    const head = headWord.endsWith("'s") ? headWord.slice(0, -2) : headWord
    const role = roleHolder(phrase, sentence, rolesOf, headline)
    if (role && role.name !== phrase)
      return { entity: linkPhrase(role.name, role.sentence).entity, kind: 'named', reference: true }
    if (kind === 'named') {
      const name = nameText(phrase)
      const surname = surnameOf(name)
      const key = keyOf(phrase)
      const known = (surname ? bySurname.get(surname) : undefined) ?? byKey('named', key)
      if (known) {
        if (name.length > known.name.length) known.name = name
        return {
          entity: known,
          kind,
          reference: name.split(/\s+/).length < known.name.split(/\s+/).length,
        }
      }
      return {
        entity: register(
          newEntity(entities, doc, phrase, kind, head, shape.plural, surname, name, key),
        ),
        kind,
        reference: false,
      }
    }
    const key = keyOf(phrase)
    const definite = isShortDefinite(phrase)
    const known =
      (definite ? recent.find((e) => e.kind === kind && e.head === head) : undefined) ??
      (/^another\b/.test(key) ? undefined : byKey(kind, key))
    if (known) return { entity: known, kind, reference: true }
    return {
      entity: register(newEntity(entities, doc, phrase, kind, head, shape.plural, null, null, key)),
      kind,
      reference: false,
    }
  }

  for (const item of order) {
    if (!item.source) continue
    let entity: EntityState | undefined
    let reference = false
    let kind: SourceKind
    // (Only a one-word source can be a pronoun: its contraction is cut only then.)
    const only = onlyWord(item.source.words)
    const pronoun = only ? only.lower.replace(/'(?:s|re|ve|d|ll|m)$/, '') : ''
    if (only && lexicons.pronouns.hasWord(pronoun)) {
      reference = true
      // "Ahmed al-Sharaa, who has voiced …": "who" stands for the phrase before it.
      // ("The study, which notes …": "which" stands for a thing named in any case, a document
      // or a body, never for a person named earlier.)
      const antecedent =
        pronoun === 'who' || pronoun === 'which'
          ? antecedentOf(item, sentenceWords, lexicons, pronoun === 'which')
          : null
      // "he"/"she": the person named most recently before the pronoun, whether or not that
      // person has spoken yet ("Thomas Greaves walked in. “…,” he said.").
      const named = personPronouns.has(pronoun)
        ? lastNamedPerson(doc, sentenceWords, item.source.start, lexicons)
        : null
      const latest = recent.find((e) => e.kind === 'named' && e.person && !e.plural)
      const latestAt = latest?.mentions.at(-1)?.start.offset ?? -1
      entity = antecedent
        ? linkPhrase(antecedent, item.source.sentence).entity
        : named && named[0] && named[0].start > latestAt
          ? linkPhrase(named, positions.sentenceAt((named[0] as Word).start)).entity
          : pronoun === 'which'
            ? undefined
            : resolvePronoun(pronoun, recent)
      kind = entity?.kind ?? 'named'
    } else {
      const linked = linkPhrase(item.source.words, item.source.sentence)
      entity = linked.entity
      kind = linked.kind
      reference = linked.reference
    }
    const span = doc.spanOf(item.source.start, item.source.end)
    const mention: SourceMention = {
      text: span.text,
      start: span.start,
      end: span.end,
      kind,
      entity: entity?.id ?? null,
      reference,
    }
    mentionOf.set(item, mention)
    if (entity) {
      // (The span the mention copies: asked once, not twice, of the document.)
      entity.mentions.push(span)
      // (Most mentions repeat the source just cited: it is first already, nothing to move.)
      if (recent[0] !== entity) {
        const at = recent.indexOf(entity)
        if (at >= 0) recent.splice(at, 1)
        recent.unshift(entity)
        // Pronouns reach back a few sources, not the whole article.
        if (recent.length > 24) recent.length = 24
      }
    }
  }

  const attributions = attributionsOf(doc, found, mentionOf, byId, positions)
  describeEntities(doc, positions, entities, found, mentionOf, sentenceWords, lexicons, headline)
  return { attributions, entities: entities.map(publicEntity) }
}

/**
 * The attributions as reported, in the order found, each added to its entity's list. (Kept out
 * of `linkEntities`, as `describeEntities` is: small functions are optimised sooner than one
 * large one.)
 */
function attributionsOf(
  doc: Doc,
  found: FoundAttribution[],
  mentionOf: Map<FoundAttribution, SourceMention>,
  byId: Map<string, EntityState>,
  positions: ReturnType<typeof docIndex>,
): Attribution[] {
  const attributions: Attribution[] = []
  for (let index = 0; index < found.length; index++) {
    const item = found[index] as FoundAttribution
    const id = `a${index + 1}`
    let source = mentionOf.get(item) ?? null
    if (!source && item.carriedFrom) {
      const carried = mentionOf.get(item.carriedFrom)
      if (carried) source = { ...carried, reference: true }
    }
    const attribution: Attribution = {
      id,
      kind: item.kind,
      source,
      cue: item.cue ? doc.spanOf(item.cue.start, item.cue.end) : null,
      content: doc.spanOf(item.content.start, item.content.end),
      sentences: positions.sentencesOverlapping(item.content.start, item.content.end),
      quotes: positions.quotesOverlapping(item.content.start, item.content.end).map((q) => q.index),
    }
    if (item.hedgedCue) attribution.hedgedCue = true
    attributions.push(attribution)
    const entity = source?.entity ? byId.get(source.entity) : undefined
    if (entity) entity.attributions.push(id)
  }
  return attributions
}

/** Classifies the anonymous entities and finds how (and whether) each named one is introduced. */
function describeEntities(
  doc: Doc,
  positions: ReturnType<typeof docIndex>,
  entities: EntityState[],
  found: FoundAttribution[],
  mentionOf: Map<FoundAttribution, SourceMention>,
  sentenceWords: Word[][],
  lexicons: Lexicons,
  /** Whether a sentence is in the headline (each block's answer remembered). */
  isHeadline: (sentence: number) => boolean,
): void {
  // The capitalised runs of the whole text, read only when a named source's introduction is
  // looked up by surname: many articles cite no one by name, and the scan is of every capital.
  let names: NameIndex | undefined
  const namesOf = (): NameIndex => {
    names ??= indexNames(doc.text, lexicons['person-titles'])
    return names
  }
  const itemsOf = new Map<string, FoundAttribution[]>()
  for (const item of found) {
    const id = mentionOf.get(item)?.entity
    if (!id) continue
    const list = itemsOf.get(id)
    if (list) list.push(item)
    else itemsOf.set(id, [item])
  }
  for (const entity of entities) {
    if (entity.kind === 'anonymous')
      entity.anonymity = anonymity(
        doc,
        entity,
        itemsOf.get(entity.id) ?? [],
        mentionOf,
        sentenceWords,
        lexicons,
      )
    const body = bodyMention(positions, entity, isHeadline)
    const { full, name } = introduction(namesOf, entity, lexicons, body)
    entity.introducedFully = full
    // A name in full in the headline over a story that cites the source by surname alone:
    // the story's first mention is the one that fails to introduce, and where to say so.
    if (!full && body) entity.introduced = body
    if (name && name.length > entity.name.length) entity.name = name
  }
}

/**
 * The entity without the linking state. Built field by field, in `Entity`'s order: a rest
 * pattern copied every property through a generic slow path, for every entity of every article.
 */
function publicEntity(entity: EntityState): Entity {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    mentions: entity.mentions,
    introduced: entity.introduced,
    introducedFully: entity.introducedFully,
    anonymity: entity.anonymity,
    attributions: entity.attributions,
  }
}

function newEntity(
  entities: EntityState[],
  doc: Doc,
  phrase: Word[],
  kind: SourceKind,
  head: string,
  plural: boolean,
  surname: string | null,
  /** The name as written (`nameText`) of a named source, which `linkPhrase` has read; null for others. */
  name: string | null,
  /** `keyOf(phrase)`, which `linkPhrase` has built already. */
  key: string,
): EntityState {
  const span = doc.spanOf((phrase[0] as Word).start, (phrase.at(-1) as Word).end)
  const entity: EntityState = {
    id: `e${entities.length + 1}`,
    name: kind === 'named' ? fullName(name ?? '', span.text) : span.text,
    kind,
    mentions: [],
    introduced: span,
    introducedFully: false,
    anonymity: null,
    attributions: [],
    surname,
    key,
    head,
    plural,
    person: name !== null && name !== '',
  }
  entities.push(entity)
  return entity
}

/** A named source's name: the name as written, or the phrase for roles ("His government"). */
function fullName(name: string, text: string): string {
  return name && !/^(?:his|her|their|its|our|the|this)$/i.test(name) ? name : text
}

/** The last word of a name, without particles or a possessive ("al-Sharaa" → "sharaa"). */
function surnameOf(name: string): string | null {
  const last = name.split(/\s+/).at(-1)
  if (!last) return null
  return (
    last
      .replace(/['’]s$/, '')
      .replace(/^\p{Ll}{1,3}[-’']/u, '')
      .toLowerCase() || null
  )
}

const notPersonWords = new Set(
  'states york court house department party university committee council city county company inc corp bank times post news street avenue river republic union ministry agency office senate congress school center centre institute service services association foundation group police fire national united new south north east west'.split(
    ' ',
  ),
)

/** How many words before a pronoun `lastNamedPerson` reads at most. */
const lookBackWords = 1000

/**
 * The last person's name (two or three capitalized words, or a title and a surname) in the
 * current or previous paragraph before `offset`, within `lookBackWords` words.
 */
function lastNamedPerson(
  doc: Doc,
  sentenceWords: Word[][],
  offset: number,
  lexicons: Lexicons,
): Word[] | null {
  const at = docIndex(doc).sentenceAt(offset)
  const block = doc.sentences[at]?.block ?? 0
  // The look-back is bounded: two news paragraphs rarely hold more than 700 words (29 sentences at the 99.9th percentile of the research corpus), and an
  // unbounded walk for every pronoun made a long paragraph of pronouns quadratic.
  let budget = lookBackWords
  for (let s = at; s >= 0 && (doc.sentences[s]?.block ?? -1) >= block - 1; s--) {
    const words = sentenceWords[s] ?? []
    for (let k = words.length - 1; k >= 1; k--) {
      const word = words[k] as Word
      if (--budget < 0) return null
      if (word.start >= offset || !isCapitalized(word)) continue
      let from = k
      while (from > 0 && isCapitalized(words[from - 1] as Word) && k - from < 3) from--
      // The run words[from..k] is read in place and copied only when it is a name: most
      // capitalised runs read back over are one word, or no person's name.
      if (k > from && isPersonName(words, from, k, lexicons)) return words.slice(from, k + 1)
      k = from
    }
  }
  return null
}

/**
 * Whether the capitalised run `words[from..to]` (two words or more) names a person: a title
 * and a name, or two name words; no "The Times" opening a sentence, no "New York".
 */
function isPersonName(
  words: readonly Word[],
  from: number,
  to: number,
  lexicons: Lexicons,
): boolean {
  const titles = lexicons['person-titles']
  const opening = (words[from] as Word).lower
  const titled = titles.hasWord(opening)
  if (
    !titled &&
    from === 0 &&
    to === from + 1 &&
    ['the', 'a', 'an', 'but', 'and', 'in', 'on'].includes(opening)
  )
    return false
  let names = 0
  for (let w = from; w <= to; w++) {
    const lower = (words[w] as Word).lower
    if (notPersonWords.has(lower)) return false
    if (!titles.hasWord(lower)) names++
  }
  return titled || names >= 2
}

/** Determiners that open a noun phrase after a preposition: "in a brief", "by the board". */
const antecedentDeterminers = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
])

/** The phrase a relative "who" refers to: the words right before ", who". */
function antecedentOf(
  item: FoundAttribution,
  sentenceWords: Word[][],
  lexicons: Lexicons,
  /** "which": the antecedent is a thing, named in lower case as often as not, and a dash may
   * open the clause ("the study -- which notes …"). */
  anyCase = false,
): Word[] | null {
  const source = item.source
  if (!source) return null
  const words = sentenceWords[source.sentence] ?? []
  let index = words.findIndex((w) => w.start === source.start)
  if (index <= 0) return null
  if (words[index - 1]?.value === ',' || (anyCase && isDash(words[index - 1]))) index--
  const range = phraseBefore(words, index, lexicons)
  if (!range) return null
  // "Ann Roe, a clerk at the agency who …": the role stands in apposition to the name before it,
  // and the name is who the clause is about.
  if (
    words[range.from - 1]?.value === ',' &&
    ['a', 'an', 'the'].includes((words[range.from] as Word).lower)
  ) {
    const name = phraseBefore(words, range.from - 1, lexicons)
    const named = name ? words.slice(name.from, name.to).filter((w) => isCapitalized(w)) : []
    if (
      name &&
      named.length >= 2 &&
      named.length === name.to - name.from &&
      !named.some((w) => lexicons['time-words'].hasWord(w.lower))
    )
      return words.slice(name.from, name.to)
  }
  if (anyCase) {
    // "members of the ruling party, which …": a thing, so the last noun after "of" — or after
    // another preposition with a determiner ("was laid out in a brief filed in May, which
    // argued …": the brief, not May).
    let from = range.from
    for (let k = range.to - 2; k > range.from; k--) {
      const preposition = (words[k] as Word).lower
      if (
        preposition === 'of' ||
        (lexicons.prepositions.hasWord(preposition) &&
          antecedentDeterminers.has(words[k + 1]?.lower ?? ''))
      ) {
        from = k + 1
        break
      }
    }
    return words.slice(from, range.to)
  }
  const phrase = words.slice(range.from, range.to)
  return phrase.some((w) => isCapitalized(w)) ? phrase : null
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

interface RoleHolder {
  /** The name's words ("Marta Quill"). */
  name: Word[]
  sentence: number
}

/** Words that make a role one the person no longer holds: "the former governor". */
const formerRoles = new Set(['former', 'ex', 'late', 'onetime', 'one-time', 'erstwhile', 'retired'])

/** Words that end the head of a role in apposition: "special envoy to the region". */
const roleHeadEnds = new Set(['of', 'for', 'to', 'at', 'in', 'from', 'on', 'with', 'who', 'and'])

/**
 * Each role noun the article gives one named person in apposition — "Marta Quill, the
 * European Union's special envoy to the region," gives "envoy" → Marta Quill — found in any
 * sentence, quoted or not. A role given to two different names is nobody's: it is left out.
 */
function roleIndex(sentenceWords: Word[][], lexicons: Lexicons): Map<string, RoleHolder | null> {
  const roles = new Map<string, RoleHolder | null>()
  for (let sentence = 0; sentence < sentenceWords.length; sentence++) {
    const words = sentenceWords[sentence] as Word[]
    // (From the third word: two capitalised words must stand before the comma.)
    for (let i = 2; i + 3 < words.length; i++) {
      if ((words[i] as Word).value !== ',') continue
      // The name: two or more capitalised words right before the comma.
      let from = i
      while (from > 0 && isCapitalized(words[from - 1] as Word)) from--
      if (i - from < 2) continue
      // A run that ends in a title is no name. (Asked of its last word, not by a closure over
      // the name: V8 would then build a scope for the loop's body at every word.)
      if (lexicons['person-titles'].hasWord((words[i - 1] as Word).lower)) continue
      const name = words.slice(from, i)
      // The apposition: an article or a possessive phrase, then lower-case words up to its head.
      let k = i + 1
      const article = words[k]?.lower
      if (article !== 'the' && article !== 'a' && article !== 'an') continue
      let head: Word | undefined
      for (k++; k < words.length && k - i < 14; k++) {
        const word = words[k] as Word
        if (!word.isWord || roleHeadEnds.has(word.lower)) break
        if (!isCapitalized(word) && !/['’]s$/.test(word.lower)) head = word
      }
      // ("the former governor": someone else holds the role now.)
      const bygone = words.slice(i + 1, k).some((w) => formerRoles.has(w.lower))
      if (!head || bygone || !/^[a-z-]+$/.test(head.lower)) continue
      const known = roles.get(head.lower)
      const holder = { name, sentence }
      if (known === undefined) roles.set(head.lower, holder)
      else if (known && keyOf(known.name) !== keyOf(name)) roles.set(head.lower, null)
    }
  }
  return roles
}

/**
 * The named person a role mention stands for: "the envoy" (or, in a headline, "Envoy") when
 * the article gives that role to one named person in apposition — before the mention, or
 * anywhere below a headline.
 */
function roleHolder(
  phrase: readonly Word[],
  sentence: number,
  roles: () => ReadonlyMap<string, RoleHolder | null>,
  isHeadline: (sentence: number) => boolean,
): RoleHolder | null {
  // (Counted without building a list: asked for every source mention.)
  let count = 0
  let first: Word | undefined
  let head: Word | undefined
  for (const word of phrase) {
    if (!word.isWord) continue
    if (++count > 2) return null
    first ??= word
    head = word
  }
  if (!first || !head) return null
  const definite = count === 2 && first.lower === 'the'
  if (!definite && count !== 1) return null
  const inHeadline = isHeadline(sentence)
  if (!definite && !inHeadline) return null
  if (definite && isCapitalized(head) && !inHeadline) return null
  const holder = roles().get(head.lower)
  if (!holder) return null
  return inHeadline || holder.sentence <= sentence ? holder : null
}

/** The one word of a phrase (marks aside), or undefined when it has none or several. */
function onlyWord(phrase: readonly Word[]): Word | undefined {
  let only: Word | undefined
  for (const word of phrase) {
    if (!word.isWord) continue
    if (only) return undefined
    only = word
  }
  return only
}

/** "the source", "the senior official": "the" first and three words at most (marks aside). */
function isShortDefinite(phrase: readonly Word[]): boolean {
  let count = 0
  for (const word of phrase) {
    if (!word.isWord) continue
    if (count === 0 && word.lower !== 'the') return false
    if (++count > 3) return false
  }
  return count > 0
}

function keyOf(words: readonly Word[]): string {
  // One loop, no lists in between: asked two or three times for every source mention.
  let key = ''
  let first = true
  for (const w of words) {
    if (!w.isWord || w.lower === 'the' || w.lower === 'a' || w.lower === 'an') continue
    key = first ? w.lower : `${key} ${w.lower}`
    first = false
  }
  return key
}

/** The name as written: the capitalized run that holds the name words ("President Ana Ruiz"). */
function nameText(words: readonly Word[]): string {
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
  if (best.length === 0) return ''
  return best
    .map((w) => w.value)
    .join(' ')
    .replace(/ \./g, '.')
    .replace(/['’]s$/, '')
}

/**
 * Whether a named source is introduced by full name (first name and surname, or a role)
 * at or before its first mention; also finds the fullest form of the name in the text.
 * A one-word name that never appears with a first name is taken for an organisation or a
 * mononym ("Reuters", "Azerbaijan"), unless a courtesy title stands before it ("Mr Okafor").
 */
/** Generational suffixes that follow a surname ("Joseph Biden Jr."): not the surname. */
const nameSuffixes = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])

/** A word that can be part of a name: a capital first, or after a particle ("al-Sharaa"). */
const namePart = /^\p{Lu}|^\p{Ll}{1,3}[-’']\p{Lu}/u

/**
 * The capitalized words of a name ("Mr. Ana de la Lund" → Mr., Ana, Lund; particles such as
 * "al-" kept), without an opening article or a generational suffix.
 */
function capitalizedParts(text: string): string[] {
  // One loop over the words, no filtered and mapped lists in between: asked for every entity.
  const parts: string[] = []
  for (const part of text.split(/\s+/)) {
    if (!namePart.test(part)) continue
    parts.push(part.endsWith(',') ? part.slice(0, -1) : part)
  }
  while (parts.length > 0 && nameSuffixes.has((parts.at(-1) as string).toLowerCase())) parts.pop()
  if (['The', 'A', 'An'].includes(parts[0] ?? '')) parts.shift()
  return parts
}

/**
 * Whether a block is the article's headline: a heading, or — in plain text, which has none —
 * a first paragraph of one short sentence with more text below it that reads as a headline:
 * no full stop at its end, title case, a dozen words or fewer, or a name and a colon first. A headline names people by surname ("Lund says port
 * fees will rise") and leaves the introduction to the story.
 */
function isHeadlineBlock(doc: Doc, block: Doc['blocks'][number] | undefined): boolean {
  if (!block) return false
  if (block.kind === 'heading') return true
  if (doc.format !== 'text' || block.index !== 0 || doc.blocks.length < 2) return false
  const words = block.text.trim().split(/\s+/)
  if (block.sentences.length !== 1 || words.length > 25) return false
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length
  // (Some feeds close every line with a full stop, headlines too: a line of a dozen words or
  // fewer, or one that opens with a speaker's name and a colon — “Lund: port fees will
  // rise.” — is still one.)
  return (
    !/[.!?]["'”’]?$/.test(block.text.trim()) ||
    capitalized >= words.length * 0.6 ||
    words.length <= 12 ||
    /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)?:/u.test(block.text.trim())
  )
}

/** The entity's first mention outside the headline, if it has one. */
function bodyMention(
  positions: ReturnType<typeof docIndex>,
  entity: EntityState,
  /** `linkEntities`' headline test, which remembers each block's answer. */
  isHeadline: (sentence: number) => boolean,
): Entity['introduced'] | undefined {
  return entity.mentions.find((mention) => !isHeadline(positions.sentenceAt(mention.start.offset)))
}

function introduction(
  /** The text's capitalised runs by surname (built on first use). */
  namesOf: () => NameIndex,
  entity: Entity,
  lexicons: Lexicons,
  /** The first mention below the headline: a headline's bare surname introduces no one. */
  body: Entity['introduced'] | undefined,
): { full: boolean; name: string | null } {
  if (entity.kind !== 'named') return { full: true, name: null }
  // A source named only in the headline ("Lund Says Port Fees Will Rise" over a story that
  // quotes the port's figures) is never cited in the story: there is nobody to introduce.
  if (body === undefined && entity.mentions.length > 0) return { full: true, name: null }
  const first = body ?? entity.mentions[0] ?? entity.introduced
  // The name as the first mention gives it: "Okafor", "Mr Okafor", "Femi Okafor, the chief executive".
  const [firstName = first.text, apposition] = first.text.split(/,|\s(?:who|of|from|at)\s/)
  const parts = capitalizedParts(firstName)
  // "The campaign", "The commission": no name at all, nothing to introduce. ("The state's
  // campaign chairman, Phil Lovas": the role first, the full name in apposition after it.)
  if (parts.length === 0 || (parts.length === 1 && capitalizedParts(apposition ?? '').length >= 2))
    return { full: true, name: null }
  // "The Republican", "the Pentagon": one capitalised word after an article is a description
  // or an institution, not a surname waiting for its given name.
  if (parts.length === 1 && /^(?:the|a|an)\s/i.test(firstName.trim()))
    return { full: true, name: null }
  // "Mexico said enough", "Beijing warned": a place cited for its government has no full name
  // and role to give first (data/place-names.txt).
  const placeName = parts
    .join(' ')
    .replace(/['’]s$/, '')
    .toLowerCase()
  if (lexicons['place-names'].has(placeName)) return { full: true, name: null }
  const surname = (parts.at(-1) ?? '').replace(/['’]s$/, '').replace(/[.,]$/, '')
  if (!/^\p{Lu}/u.test(surname.replace(/^\p{Ll}{1,3}[-’']/u, ''))) return { full: true, name: null }
  const titled =
    parts.length >= 2 &&
    parts.slice(0, -1).every((p) => lexicons['person-titles'].has(p.toLowerCase()))
  if (parts.length >= 2 && !titled) return { full: true, name: null }
  let fullest: { index: number; text: string } | null = null
  let earliest = Number.POSITIVE_INFINITY
  for (const match of namesOf().get(surname.replace(/^\p{Ll}{1,3}[-’']/u, '').toLowerCase()) ??
    []) {
    const words = match.words
    const given = words
      .slice(0, -1)
      .filter(
        (w) => !lexicons['person-titles'].has(w.toLowerCase()) && !['The', 'A', 'An'].includes(w),
      )
    if (given.length === 0) continue
    earliest = Math.min(earliest, match.index)
    const text = given.concat(words.at(-1) ?? surname).join(' ')
    if (!fullest || text.length > fullest.text.length) fullest = { index: match.index, text }
  }
  if (!fullest) return { full: !titled, name: null }
  return { full: earliest <= first.start.offset, name: fullest.text }
}

/**
 * A run of two to six capitalized words: "Marta Quill", "Judge Eleanor Whitcombe", "Ahmed
 * al-Sharaa". It starts where a word starts — after anything but a letter or a word's inner
 * mark, or after a hyphen or apostrophe that itself follows no word ("-Ana Ruiz" in a
 * list, "'A Hell Of A Lot Worse'"). Without that look-behind every capital inside a long run
 * of letters and marks (an all-caps or base64 blob of 20,000 characters) was a new start that
 * read to the run’s end, and the scan of the article grew with the square of that run. Sticky
 * (`y`): `indexNames` tries it only where a capital stands.
 */
const nameRunAt =
  /(?:(?<![\p{L}'’.-])|(?<=(?:^|[^\p{L}'’.-])['’-]))(?:\p{Lu}[\p{L}'’.-]*[ \t]){1,5}(?:\p{Ll}{1,3}[-’'])?\p{Lu}[\p{L}'’-]*/uy

type NameIndex = Map<string, Array<{ index: number; words: string[] }>>

/**
 * Whether a run can start at `index`: every run starts with a capital letter. Asked before the
 * regular expression, because trying its look-behind at every character of the article cost
 * more than the rest of entity linking.
 */
function startsCapital(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code >= 65 && code <= 90
  // General Punctuation (curly quotes, dashes, ellipsis) holds no letter: answered without
  // building a string and an expression for every quote mark of the article.
  if (code >= 0x2000 && code <= 0x206f) return false
  return /^\p{Lu}/u.test(String.fromCodePoint(text.codePointAt(index) as number))
}

/**
 * Where in `run` (a capitalised run) a full stop ends a sentence: after a word of four
 * letters or more that is no title abbreviation. -1 when none does before the last word.
 */
function sentenceStopIn(run: string, titles: PhraseList): number {
  // Word by word rather than by one expression: an unanchored letter run before the stop
  // would backtrack on long words.
  const words = run.split(/[ \t]/)
  let at = 0
  for (let w = 0; w < words.length - 1; w++) {
    const word = words[w] as string
    at += word.length
    if (word.length >= 5 && word.endsWith('.') && /^\p{L}+$/u.test(word.slice(0, -1))) {
      // "Gov.", "Sens." (the plural of "Sen.")
      const lower = word.toLowerCase()
      if (!titles.has(lower) && !titles.has(lower.replace(/s\.$/, '.'))) return at - 1
    }
    at += 1
  }
  return -1
}

/**
 * The code units where a run may start, found in one native scan: an ASCII capital that opens
 * a word and is followed, after its word's letters and marks, by a space or tab and then a
 * capital or a particle ("al-", "d’"), or by anything beyond ASCII; or any character beyond
 * ASCII but General Punctuation (U+2000–U+206F, which holds no letter) and the second half of
 * a surrogate pair (a run starts at a code point), which `startsCapital` and `nameRunAt`
 * decide. A plain "The mayor" or "He said", two in three capitals of an article, is skipped
 * here without a call; so is a capital inside a word (after a letter or a full stop, or after
 * a hyphen or apostrophe that follows one: the look-behind `nameRunAt` asks too), which comes
 * first. The look-ahead reads a word of 40 characters at most (a longer one is left to
 * `nameRunAt`), so that no text makes it read to a long run's end at every capital (an all-caps
 * or base64 blob of 20,000 characters). Global (`g`), for `test` to
 * leave `lastIndex` after the unit found, with no match array built.
 */
const runStartCandidate =
  /(?<![A-Za-z.]|[A-Za-z'.-]['-])[A-Z](?=[A-Za-z'.-]{0,39}(?:[^\x00-\x7f]|[ \t](?:[A-Z]|[^\x00-\x7f]|[a-z]{1,3}[-'\x80-\uffff]))|[A-Za-z'.-]{40})|[\u0080-\u1fff\u2070-\udbff\ue000-\uffff]/g

/** Every capitalized run of the text, by its last word without particle or possessive: one pass. */
function indexNames(text: string, titles: PhraseList): NameIndex {
  const names: NameIndex = new Map()
  runStartCandidate.lastIndex = 0
  while (runStartCandidate.test(text)) {
    const at = runStartCandidate.lastIndex - 1
    // (not a run here: the scan goes on from the next code unit)
    if (!startsCapital(text, at)) continue
    nameRunAt.lastIndex = at
    const match = nameRunAt.exec(text)
    if (!match) continue
    runStartCandidate.lastIndex = match.index + match[0].length
    let run = match[0]
    // "Voters met Moreau. Lund said …": a full stop after a word of four letters or more that
    // is no title ("Gov.", "Prof.") ends the sentence, and the run with it.
    const stop = sentenceStopIn(run, titles)
    if (stop > 0) {
      runStartCandidate.lastIndex = match.index + stop + 1
      run = run.slice(0, stop)
      // one word left is no run (the expression asks for two)
      if (!/[ \t]/.test(run)) continue
    }
    const words = run.split(/[ \t]+/)
    // "Joseph Biden Jr.": the run is filed under the surname, not the suffix.
    if (words.length > 2 && nameSuffixes.has((words.at(-1) as string).toLowerCase())) words.pop()
    const last = (words.at(-1) ?? '').replace(/['’]s$/, '')
    words[words.length - 1] = last
    const key = last.replace(/^\p{Ll}{1,3}[-’']/u, '').toLowerCase()
    const list = names.get(key)
    if (list) list.push({ index: match.index, words })
    else names.set(key, [{ index: match.index, words }])
  }
  return names
}

function anonymity(
  doc: Doc,
  entity: Entity,
  found: FoundAttribution[],
  mentionOf: Map<FoundAttribution, SourceMention>,
  sentenceWords: Word[][],
  lexicons: Lexicons,
): AnonymityDetails {
  const items = found
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
  const opening = first?.source
    ? sentenceWords[first.source.sentence]?.[0]?.start === first.source.start
    : false
  const shape = first?.source ? classifySource(first.source.words, lexicons, opening) : null
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
