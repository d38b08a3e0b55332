import type { Doc, Span } from '@onrecord/parser'
import {
  DETERMINERS,
  type Item,
  isComma,
  PREPOSITIONS,
  QUOTE_MARKS,
  words,
} from './hedge-grammar.js'
import type { Lexicon } from './lexicon.js'

/** Where a cue sits among a sentence's items. */
export interface CuePlace {
  /** Index of the cue's first item. */
  start: number
  /** Index after the cue's last item. */
  end: number
  /** The cue opens an appositive or reduced clause ("The deal, reportedly worth $5m, …"). */
  appositive: boolean
}

const BOUNDARIES = words('; : — – ( ) ? ! . … [ ]')
/** A comma before one of these ends a clause. */
const CLAUSE_OPENERS = words(
  'but and or which while whereas although though who whom where when because since so yet according unless if',
)
/** A clause opened by one of these ends at its comma: "While X is not expected to attend, …". */
const SUBORDINATORS = words(
  'while although though because if when whereas since unless after before as once whether until',
)
/** Verbs of saying: ", officials said" closes the clause before it. */
const SPEECH = words('said says told added according reported reports report wrote writes noted')
/** After one of these a capitalised name is the origin of a report: "according to Reuters". */
const ORIGIN_AFTER = words('according citing quoting per reported report cited quoted told')

/**
 * The clause a hedge bears on: from the cue to the end of its clause (the sentence's end, a
 * semicolon, colon, dash or bracket, the end of a quote for a quoted hedge, the comma that
 * closes an appositive or a fronted subordinate clause, or a comma before "but", "which",
 * ", officials said" …). A cue that closes its clause ("…, probably.") hedges the clause
 * before it.
 */
export function scopeOf(doc: Doc, items: Item[], cue: CuePlace, quoted: boolean): Span {
  const isBoundary = (item: Item): boolean =>
    !item.isWord && (BOUNDARIES.has(item.value) || (quoted && QUOTE_MARKS.has(item.value)))
  let subordinate = false
  for (let i = cue.start - 1; i >= 0; i--) {
    const item = items[i] as Item
    if (isBoundary(item) || isComma(item)) break
    if (item.isWord && SUBORDINATORS.has(item.lower)) {
      const opener = items[i - 1]
      subordinate = !opener || !opener.isWord
      break
    }
  }
  let end = cue.end
  for (let i = cue.end; i < items.length; i++) {
    const item = items[i] as Item
    if (isBoundary(item)) break
    if (isComma(item) && i > cue.end) {
      const after = items[i + 1]
      if (cue.appositive || subordinate) break
      if (after?.isWord) {
        if (CLAUSE_OPENERS.has(after.lower) || ORIGIN_AFTER.has(after.lower)) break
        // ", marking a rare meeting": a participle clause of its own
        if (after.lower.endsWith('ing')) break
        if (attributionFollows(items, i + 1)) break
      }
    }
    if (item.isWord) end = i + 1
  }
  let start = cue.start
  if (end === cue.end) {
    for (let i = cue.start - 1; i >= 0; i--) {
      const item = items[i] as Item
      if (isBoundary(item) || (isComma(item) && i < cue.start - 1)) break
      if (item.isWord) start = i
    }
  }
  const from = (items[start] as Item).start
  const to = (items[end - 1] as Item).end
  return doc.spanOf(from, to)
}

/** ", the Financial Times reported", ", officials said": a short attribution closes the clause. */
function attributionFollows(items: Item[], from: number): boolean {
  for (let k = from; k < Math.min(items.length, from + 5); k++) {
    const item = items[k] as Item
    if (!item.isWord) return false
    if (SPEECH.has(item.lower)) return k > from
  }
  return false
}

/**
 * The sentence names where a report came from: "according to Reuters", "as reported by The
 * Washington Post", "citing the BBC", "the Post reported", "Reuters said", "according to
 * court documents". A name is a capitalised word that does not open the sentence; a document
 * counts when a specific qualifier stands before it (`data/hedge-origins.txt`). "according
 * to sources", "according to unconfirmed reports" and "officials said" name nobody.
 */
export function namesOrigin(
  items: Item[],
  cue: CuePlace,
  first: number,
  origins: Lexicon,
): boolean {
  const named = (i: number): boolean => {
    const item = items[i]
    if (!item?.isWord) return false
    if (item.capitalised) return i !== first && item.lower !== 'i'
    if (origins.get(item.lower)?.label !== 'document') return false
    const before = items[i - 1]
    return (
      !!before?.isWord &&
      !before.capitalised &&
      !ORIGIN_AFTER.has(before.lower) &&
      !DETERMINERS.has(before.lower) &&
      !PREPOSITIONS.has(before.lower) &&
      origins.get(before.lower)?.label !== 'vague'
    )
  }
  for (let i = 0; i < items.length; i++) {
    if (i >= cue.start && i < cue.end) continue
    const item = items[i] as Item
    if (!item.isWord) continue
    if (ORIGIN_AFTER.has(item.lower)) {
      for (let k = i + 1; k < Math.min(items.length, i + 7); k++) {
        const after = items[k] as Item
        if (!after.isWord && after.value !== '-' && after.value !== "'") break
        if (named(k)) return true
      }
    }
    if (SPEECH.has(item.lower)) {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const before = items[k] as Item
        if (!before.isWord) break
        if (before.capitalised && named(k)) return true
      }
    }
  }
  return false
}
