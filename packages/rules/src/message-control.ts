import type { Doc, Span } from '@onrecord/parser'
import { VFileMessage } from 'vfile-message'
import { closest } from './config.js'

/**
 * Ignore comments: `<!-- onrecord ignore rule-id … reason -->` and
 * `<!-- onrecord disable rule-id -->` … `<!-- onrecord enable rule-id -->`.
 *
 * The semantics are remark-message-control's, applied after the rules to their messages:
 * - `ignore` suppresses the named rules (all rules when none is named) in the next block
 *   after the comment (for a comment inside a paragraph, in the rest of that paragraph);
 * - `disable` suppresses them from the comment to the matching `enable`, or to the end of
 *   the file; `enable` ends a `disable` (it never turns on a rule the configuration has off).
 *
 * Instead of walking an mdast tree, the comments are read from the original text with a
 * linear scan (`<!--` … `-->`, then one anchored pattern), and their places are compared with
 * the messages' offsets into the same text. This works alike for Markdown, HTML and plain
 * text (where the comment goes on a line of its own).
 *
 * Anything after the rule ids is the reason, and is kept with each message it suppresses:
 * `<!-- onrecord ignore hedge the forecast is the weather service's, quoted below -->`.
 * A separator (`:`, `--`, `—`) may stand between the ids and the reason.
 */

export type ControlKind = 'ignore' | 'disable' | 'enable'

export interface ControlComment {
  kind: ControlKind
  /** The rules it names; empty for all rules. */
  ruleIds: string[]
  /** The text after the rule ids, if any. */
  reason: string | null
  /** The comment itself. */
  place: Span
  /** For `ignore`: the offsets it covers ([start, end)); null when no text follows it. */
  region: { start: number; end: number } | null
}

/** A message an ignore comment suppressed, with the comment and its reason. */
export interface SuppressedMessage {
  message: VFileMessage
  comment: ControlComment
  reason: string | null
}

export interface ControlComments {
  comments: ControlComment[]
  /** Problems with the comments themselves (an unknown rule id), as messages. */
  problems: VFileMessage[]
}

const DIRECTIVE = /^\s*onrecord\s+(ignore|disable|enable)(?=[\s:]|$)/
const SEPARATOR = /^(?:--+|—|–|:|-)\s*/

export const controlRuleId = 'ignore-comment'
const controlUrl =
  'https://github.com/onrecord/onrecord/blob/main/packages/rules/docs/rules/README.md#ignore-comments'

/** Index of the first sentence starting at or after `offset` (binary search: many comments stay linear). */
function firstSentenceFrom(doc: Doc, offset: number): number {
  let low = 0
  let high = doc.sentences.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((doc.sentences[mid] as Span).start.offset < offset) low = mid + 1
    else high = mid
  }
  return low
}

/** Reads the onrecord comments of a document, checking rule ids against `ruleIds`. */
export function readControlComments(doc: Doc, ruleIds: readonly string[]): ControlComments {
  const known = new Set(ruleIds)
  const comments: ControlComment[] = []
  const problems: VFileMessage[] = []
  const { text } = doc
  let from = 0
  for (;;) {
    const open = text.indexOf('<!--', from)
    if (open === -1) break
    const close = text.indexOf('-->', open + 4)
    if (close === -1) break
    from = close + 3
    const inner = text.slice(open + 4, close)
    const directive = DIRECTIVE.exec(inner)
    if (!directive) continue
    const kind = directive[1] as ControlKind
    const place = doc.spanOf(open, close + 3)
    const rest = inner.slice(directive[0].length).trim()
    const ids: string[] = []
    let remaining = rest
    let unknown: string | null = null
    for (;;) {
      const token = /^[^\s,]+/.exec(remaining)?.[0]
      if (!token || SEPARATOR.test(token)) break
      const bare = token.replace(/^onrecord:/, '')
      const id = bare.replace(/[:;]$/, '')
      if (!known.has(id)) {
        // Without ids the comment covers every rule: a misspelt id must not do that.
        if (ids.length === 0 && (/^[a-z]+(?:-[a-z]+)+$/.test(id) || closest(id, ruleIds)))
          unknown = id
        break
      }
      ids.push(id)
      remaining = remaining.slice(token.length).replace(/^[\s,]+/, '')
      if (id !== bare) break
    }
    if (unknown !== null) {
      const hint = closest(unknown, ruleIds)
      const problem = new VFileMessage(
        `Unknown rule “${unknown}” in an onrecord ${kind} comment${hint ? ` (did you mean “${hint}”?)` : ''}; the comment has no effect. Expected one of: ${ruleIds.join(', ')}`,
        {
          place: { start: place.start, end: place.end },
          ruleId: controlRuleId,
          source: 'onrecord',
        },
      )
      problem.url = controlUrl
      problem.actual = unknown
      if (hint) problem.expected = [hint]
      problems.push(problem)
      continue
    }
    const reason = remaining.replace(SEPARATOR, '').trim() || null
    let region: ControlComment['region'] = null
    if (kind === 'ignore') {
      const next = doc.sentences[firstSentenceFrom(doc, close + 3)]
      const block = next ? doc.blocks[next.block] : undefined
      if (block) region = { start: open, end: block.end.offset }
    }
    comments.push({ kind, ruleIds: ids, reason, place, region })
  }
  return { comments, problems }
}

function startOffset(message: VFileMessage): number | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start.offset : place.offset
}

const names = (comment: ControlComment, ruleId: string | undefined) =>
  comment.ruleIds.length === 0 || (ruleId !== undefined && comment.ruleIds.includes(ruleId))

/**
 * Finds the comment that suppresses a message, by binary search: a scan of every comment for
 * every message made lint quadratic in an article with thousands of comments.
 */
class Suppressions {
  /** Ignore comments with a region, in document order (so by region start). */
  private readonly ignores: ControlComment[]
  /** The farthest region end among `ignores[0..i]`. */
  private readonly reach: number[] = []
  /** Disable and enable comments that name a rule (or all rules), by rule id. */
  private readonly switches = new Map<string, ControlComment[]>()
  private readonly others: ControlComment[]

  constructor(comments: readonly ControlComment[]) {
    this.ignores = comments.filter((c) => c.kind === 'ignore' && c.region)
    let farthest = -1
    for (const c of this.ignores) {
      farthest = Math.max(farthest, (c.region as { end: number }).end)
      this.reach.push(farthest)
    }
    this.others = comments.filter((c) => c.kind !== 'ignore')
  }

  /** The comment that suppresses a message at `offset` from rule `ruleId`, if any. */
  find(offset: number, ruleId: string | undefined): ControlComment | null {
    // ignore: the first comment whose region holds the offset and that names the rule.
    const ignores = this.ignores
    const from = firstIndex(ignores.length, (i) => (this.reach[i] as number) > offset)
    for (let i = from; i < ignores.length; i++) {
      const comment = ignores[i] as ControlComment
      const region = comment.region as { start: number; end: number }
      if (region.start > offset) break
      if (offset < region.end && names(comment, ruleId)) return comment
    }
    // disable / enable: the last comment before the message that names the rule decides.
    const list = this.switchesFor(ruleId)
    const after = firstIndex(
      list.length,
      (i) => (list[i] as ControlComment).place.end.offset > offset,
    )
    const last = list[after - 1]
    return last?.kind === 'disable' ? last : null
  }

  private switchesFor(ruleId: string | undefined): ControlComment[] {
    const key = ruleId ?? ''
    let list = this.switches.get(key)
    if (!list) {
      list = this.others.filter((c) => names(c, ruleId))
      this.switches.set(key, list)
    }
    return list
  }
}

/** The first index in `[0, length)` where `test` holds (it holds from some index on), or `length`. */
function firstIndex(length: number, test: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >> 1
    if (test(mid)) high = mid
    else low = mid + 1
  }
  return low
}

/** Splits messages into those kept and those an onrecord comment suppresses. */
export function applyControlComments(
  messages: readonly VFileMessage[],
  comments: readonly ControlComment[],
): { kept: VFileMessage[]; suppressed: SuppressedMessage[] } {
  const kept: VFileMessage[] = []
  const suppressed: SuppressedMessage[] = []
  const suppressions = new Suppressions(comments)
  for (const message of messages) {
    const offset = startOffset(message)
    const comment =
      offset === undefined ? null : suppressions.find(offset, message.ruleId ?? undefined)
    if (comment) suppressed.push({ message, comment, reason: comment.reason })
    else kept.push(message)
  }
  return { kept, suppressed }
}
