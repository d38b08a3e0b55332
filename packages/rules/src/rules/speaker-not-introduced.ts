import { createMessage, defineRule, lineOf, quoted, type Rule, relatedPlace } from '../rule.js'
import type { Entity } from '../types.js'

const letter = /^\p{L}$/u
/** Whether one character is a letter: ASCII answered from its code, the rest by `letter`. */
const isLetter = (char: string) => {
  const code = char.charCodeAt(0)
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return letter.test(char)
}
const inWord = (char: string) => isLetter(char) || char === "'" || char === '’' || char === '-'

/**
 * The last word of a text, lower-cased: from the first letter of the last run of letters,
 * apostrophes and hyphens that holds a letter, to the end of that run ("Smith’s" → "smith’s",
 * "Jean-Luc Picard." → "picard"). A scan by code point: the pattern it replaces,
 * `/(\p{L}[\p{L}'’-]*)\P{L}*$/u`, backtracks quadratically on a long run of letters.
 */
function lastWord(text: string): string | undefined {
  const chars = Array.from(text)
  let last = chars.length - 1
  while (last >= 0 && !isLetter(chars[last] as string)) last--
  if (last < 0) return undefined
  let start = last
  while (start > 0 && inWord(chars[start - 1] as string)) start--
  while (!isLetter(chars[start] as string)) start++
  let end = last + 1
  while (end < chars.length && inWord(chars[end] as string)) end++
  return chars.slice(start, end).join('').toLowerCase()
}

/** Where the text first gives the entity in full, after its introduction: a fuller mention. */
function fullIntroduction(
  entity: Entity,
  bySurname: ReadonlyMap<string, readonly Entity[]>,
): Entity['introduced'] | null {
  const start = entity.introduced.start.offset
  const fuller = entity.mentions.find(
    (mention) =>
      mention.start.offset > start &&
      mention.text.length > entity.introduced.text.length &&
      mention.text.includes(entity.name),
  )
  if (fuller) return fuller
  // The same person under another entity ("Okafor" … "Chinedu Okafor, chief executive").
  const surname = lastWord(entity.introduced.text)
  if (surname === undefined) return null
  const other = bySurname
    .get(surname)
    ?.find((e) => e !== entity && e.introducedFully && e.introduced.start.offset > start)
  return other?.introduced ?? null
}

/** Named entities by the last word of their name, in the order of `entities`. */
function namedBySurname(entities: readonly Entity[]): Map<string, Entity[]> {
  const out = new Map<string, Entity[]>()
  for (const e of entities) {
    if (e.kind !== 'named') continue
    const surname = lastWord(e.name)
    if (surname === undefined) continue
    const list = out.get(surname)
    if (list) list.push(e)
    else out.set(surname, [e])
  }
  return out
}

/**
 * A named source first cited by surname or title and surname only ("Okafor said") before
 * any full name and role: the reader does not yet know who is speaking.
 */
export const speakerNotIntroduced: Rule = defineRule(
  {
    id: 'speaker-not-introduced',
    description: 'Flags a named source cited before the text gives the full name and role',
    defaultSeverity: 'warn',
    standard:
      'AP Stylebook: give a person’s full name and identification on first reference, the last name alone after',
  },
  (analysis, _options, meta) => {
    const unintroduced = analysis.entities.filter(
      (e) => e.kind === 'named' && !e.introducedFully && e.attributions.length > 0,
    )
    // Most articles introduce every source in full: then no index of surnames is needed.
    if (unintroduced.length === 0) return []
    // By surname, once: a search of every entity for each one was quadratic in long articles.
    const bySurname = namedBySurname(analysis.entities)
    return unintroduced.map((entity) => {
      const full = fullIntroduction(entity, bySurname)
      const fullText = full?.text.split(',')[0]?.trim()
      return createMessage(meta, analysis, {
        reason: `Source ${quoted(entity.introduced.text)} is cited before the text gives a full name and role; introduce the source in full at first mention${
          full
            ? ` (the full introduction, ${quoted(full.text, 50)}, comes later, ${lineOf(full)})`
            : ''
        }`,
        place: entity.introduced,
        ...(fullText && fullText !== entity.introduced.text ? { expected: [fullText] } : {}),
        ...(full
          ? { cause: relatedPlace(`${quoted(full.text)}: the full introduction`, full) }
          : {}),
      })
    })
  },
)
