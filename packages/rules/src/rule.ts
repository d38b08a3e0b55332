import type { Span } from '@onrecord/parser'
import { VFileMessage } from 'vfile-message'
import type { OptionSpec, RuleOptions, Severity } from './config.js'
import { docIndex } from './doc-index.js'
import { titleSmallWords } from './lexicon.js'
import type { Analysis, Attribution, Entity, SourceMention } from './types.js'

/** What every lint rule says about itself: the `rules` export lists these. */
export interface RuleMeta {
  /** Kebab-case id, the `ruleId` of its messages: `anonymous-without-reason`. */
  id: string
  /** One line: what the rule flags. */
  description: string
  /** The rule's documentation. */
  url: string
  /** `onrecord:<id>`, as vfile origins are written. */
  origin: string
  /** Severity when the configuration does not mention the rule. */
  defaultSeverity: Severity
  /** One line: the editorial standard the rule rests on. */
  standard: string
  /** The options the rule takes, with their defaults (empty when it takes none). */
  options: Readonly<Record<string, OptionSpec>>
}

/** A lint rule: reads the Analysis (never the tree) and returns messages. */
export interface Rule {
  meta: RuleMeta
  /** `options` has every option of `meta.options`, defaults filled in by `lint`. */
  check(analysis: Analysis, options: RuleOptions): VFileMessage[]
}

/** Where a rule's documentation lives. */
export function ruleUrl(id: string): string {
  return `https://github.com/onrecord/onrecord/blob/main/packages/rules/docs/rules/${id}.md`
}

/** Declares a rule: fills in `url` and `origin`, and types the options its check reads. */
export function defineRule<Options extends RuleOptions>(
  meta: Omit<RuleMeta, 'url' | 'origin' | 'options'> & {
    options?: Readonly<Record<keyof Options & string, OptionSpec>>
  },
  check: (analysis: Analysis, options: Options, meta: RuleMeta) => VFileMessage[],
): Rule {
  const full: RuleMeta = Object.freeze({
    ...meta,
    url: ruleUrl(meta.id),
    origin: `onrecord:${meta.id}`,
    options: Object.freeze({ ...(meta.options ?? {}) }),
  })
  return { meta: full, check: (analysis, options) => check(analysis, options as Options, full) }
}

/** A place: the start and end points of a span (offsets included). */
export interface Place {
  start: Span['start']
  end: Span['end']
}

export interface MessageInit {
  /** What was found and what is expected. */
  reason: string
  place: Place
  /** The text at `place` (defaults to the slice of the file). */
  actual?: string
  /** Replacements for `actual`, when a fix exists. */
  expected?: string[]
  /** The standard the message rests on (defaults to the rule's `standard`). */
  note?: string
  /** A related place: the entity's introduction, the nearest speaker … */
  cause?: Error
  /** Caps the message's severity below the rule's ("info" for background claims). */
  severity?: Severity
}

const caps = new WeakMap<VFileMessage, Severity>()

/** The severity cap a rule put on a message, if any. */
export function severityCap(message: VFileMessage): Severity | undefined {
  return caps.get(message)
}

/**
 * A `VFileMessage` at `place` with `source` "onrecord", built without capturing a stack trace:
 * it extends `Error`, whose constructor walks the stack, but vfile-message then overwrites
 * `stack` (with '' for a message given its reason as a string), so the walk was wasted — and
 * it was most of the cost of a lint message. The place is handed over as it is and the other
 * fields are set after: given an options object, the constructor copies it with a spread, and
 * leaves every field it does not use as it would have set it.
 */
function newMessage(reason: string, place: Place): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = new VFileMessage(reason, place)
  } finally {
    Error.stackTraceLimit = limit
  }
  message.source = 'onrecord'
  return message
}

/** A message of `meta`'s rule: ruleId, source, url, place, actual, expected, note, cause. */
export function createMessage(meta: RuleMeta, analysis: Analysis, init: MessageInit): VFileMessage {
  const place = { start: { ...init.place.start }, end: { ...init.place.end } }
  const message = newMessage(init.reason, place)
  message.ruleId = meta.id
  if (init.cause) message.cause = init.cause
  message.url = meta.url
  message.actual =
    init.actual ?? analysis.doc.text.slice(init.place.start.offset, init.place.end.offset)
  if (init.expected) message.expected = init.expected
  message.note = init.note ?? meta.standard
  if (init.severity) caps.set(message, init.severity)
  return message
}

/**
 * A related place, for `cause`: a message without a rule whose place is `span` and whose
 * reason says what is there ("“Chinedu Okafor” is introduced here").
 */
export function relatedPlace(reason: string, span: Place): VFileMessage {
  return newMessage(reason, { start: { ...span.start }, end: { ...span.end } })
}

/** The text of a span for a reason: one line, at most `max` characters, in curly quotes. */
export function quoted(text: string, max = 60): string {
  // Claims can be long sentences; only their opening is shown, so only that is flattened
  // (white space folded), unless folding left it too short to fill the snippet.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text
  let flat = head.replace(/\s+/g, ' ').trim()
  if (head !== text && flat.length <= max) flat = text.replace(/\s+/g, ' ').trim()
  const short = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
  return `“${short}”`
}

/** "line 12" for a reason that points elsewhere in the file. */
export function lineOf(place: Place): string {
  return `line ${place.start.line}`
}

// — Tools the rules share for reading the Analysis —

/** Number of words (runs of letters or digits) in a text. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/**
 * Whether quoted words read as a title or a code rather than speech: no letter at all (an
 * identifier, a number), or two or more words in title case — every word a capital but the
 * small words of `data/title-small-words.txt` (“State of the Union”, “Contract with America”).
 */
export function isTitleOrCode(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
  if (!words.some((word) => /\p{L}/u.test(word))) return true
  if (words.length < 2) return false
  const small = titleSmallWords()
  return words.every((word, i) => /^[\p{Lu}\p{N}]/u.test(word) || (i > 0 && small.has(word)))
}

/**
 * `author="lee"`, `<a href="…">`: a quoted value after an equals sign is markup or code that
 * a feed left in the text, no one's words.
 */
export function isAttributeValue(text: string, start: number): boolean {
  return /=[ \t]*$/.test(text.slice(Math.max(0, start - 4), start))
}

/** A cue that says the source did not say something: "would not say", "hasn't said", "declined to". */
const refusalCue = /\b(?:not|never|declined|declines|refused|refuses)\b|n['’]t\b/i

/** "Officials would not say whether …", "a spokesman declined to": a refusal reports nothing. */
export function isRefusal(attribution: Attribution): boolean {
  return attribution.cue !== null && refusalCue.test(attribution.cue.text)
}

/**
 * Whether a source gives the story anything: one of its attributions is no refusal. A source
 * that only declined to say ("Officials declined to say whether …") offers no information
 * whose standing the anonymity rules could question.
 */
export function informs(entity: Entity, analysis: Analysis): boolean {
  if (entity.attributions.length === 0) return true
  const own = new Set(entity.attributions)
  return analysis.attributions.some((a) => own.has(a.id) && !isRefusal(a))
}

/** The entities of an analysis by id. */
export function entitiesById(analysis: Analysis): Map<string, Entity> {
  return new Map(analysis.entities.map((entity) => [entity.id, entity]))
}

/**
 * Quotes a speaker is given for: those an attribution lists, and those inside an
 * attribution's content (a quote within a paraphrase is the source's words).
 */
export function attributedQuotes(analysis: Analysis): Set<number> {
  const covered = new Set<number>()
  for (const attribution of analysis.attributions) {
    for (const index of attribution.quotes) covered.add(index)
    const { content } = attribution
    for (const quote of docIndex(analysis.doc).quotesOverlapping(
      content.start.offset,
      content.end.offset,
    )) {
      if (quote.start.offset >= content.start.offset && quote.end.offset <= content.end.offset)
        covered.add(quote.index)
    }
  }
  return covered
}

/**
 * For a mention that is a pronoun or a back-reference ("he", "the person"): a related place
 * at the introduction of the entity it stands for, for `cause`.
 */
export function referenceCause(
  mention: SourceMention | null,
  entities: Map<string, Entity>,
): VFileMessage | undefined {
  if (!mention?.reference || !mention.entity) return undefined
  const entity = entities.get(mention.entity)
  if (!entity) return undefined
  return relatedPlace(
    `${quoted(mention.text)} stands for ${quoted(entity.name)}, introduced here`,
    entity.introduced,
  )
}

/** "Sources" → "sources" when the first word is one of `common` (so "Israeli" keeps its capital). */
export function lowerCommonFirst(text: string, common: (word: string) => boolean): string {
  const first = /^\p{L}+/u.exec(text)?.[0]
  if (!first || !common(first.toLowerCase())) return text
  return first.toLowerCase() + text.slice(first.length)
}

/** The attribution ids of an entity, resolved, in text order. */
export function attributionsOf(analysis: Analysis, entity: Entity): Attribution[] {
  const ids = new Set(entity.attributions)
  return analysis.attributions.filter((a) => ids.has(a.id))
}
