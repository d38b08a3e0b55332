import type { VFileMessage } from 'vfile-message'
import {
  type LintConfig,
  type ResolvedRule,
  resolveLintConfig,
  type Severity,
  severityRank,
} from './config.js'
import {
  applyControlComments,
  type ControlComment,
  readControlComments,
  type SuppressedMessage,
} from './message-control.js'
import { type RuleMeta, severityCap } from './rule.js'
import { ruleModules } from './rules/index.js'
import type { Analysis } from './types.js'

/** The metadata of every lint rule: id, description, docs url, default severity, standard. */
export const rules: RuleMeta[] = ruleModules.map((rule) => rule.meta)

export interface LintResult {
  /** Messages kept, sorted by position (also on `analysis.doc.file.messages`). */
  messages: VFileMessage[]
  /** Messages an ignore comment suppressed, with the comment's reason. */
  suppressed: SuppressedMessage[]
  /** The onrecord comments of the document. */
  comments: ControlComment[]
}

const fatalFor: Record<Exclude<Severity, 'off'>, boolean | undefined> = {
  error: true,
  warn: false,
  info: undefined,
}

const order = new Map(ruleModules.map((rule, index) => [rule.meta.id, index]))

// Where a message starts and ends, as two functions rather than one returning a pair: the sort
// below asks for both ends of two messages at every comparison, and a pair was an array each.

function startOf(message: VFileMessage): number {
  const place = message.place
  if (!place) return Number.POSITIVE_INFINITY
  if ('start' in place) return place.start.offset ?? Number.POSITIVE_INFINITY
  return place.offset ?? Number.POSITIVE_INFINITY
}

function endOf(message: VFileMessage): number {
  const place = message.place
  if (!place) return Number.POSITIVE_INFINITY
  if ('start' in place) return place.end.offset ?? 0
  return place.offset ?? 0
}

function byPosition(a: VFileMessage, b: VFileMessage): number {
  return (
    startOf(a) - startOf(b) ||
    endOf(a) - endOf(b) ||
    (order.get(a.ruleId ?? '') ?? -1) - (order.get(b.ruleId ?? '') ?? -1)
  )
}

/**
 * Configurations already resolved, by object: a run over many files passes one configuration
 * object for all of them, and validating and resolving it again for every file cost about 2 %
 * of a 1,000-article run. A configuration object is read once — to change the settings, pass
 * a new object (as the command line and the language server do).
 */
const resolved = new WeakMap<LintConfig, ResolvedRule[]>()

function resolvedRules(config: LintConfig): ResolvedRule[] {
  let rules = resolved.get(config)
  if (!rules) {
    rules = resolveLintConfig(config)
    resolved.set(config, rules)
  }
  return rules
}

/** Messages this module put on a file, so that linting again replaces them. */
const pushed = new WeakSet<VFileMessage>()

/**
 * Runs the enabled rules over an analysis and applies the document's onrecord comments:
 * returns the kept messages sorted by position, and the suppressed ones with their reasons.
 * The kept messages (and any problem with the comments) are put on `analysis.doc.file`.
 * Throws a TypeError when the configuration is invalid (see `validateLintConfig`).
 */
export function lintWithSuppressed(analysis: Analysis, config: LintConfig = {}): LintResult {
  const file = analysis.doc.file
  const produced: VFileMessage[] = []
  for (const { rule, severity, options } of resolvedRules(config)) {
    if (severity === 'off') continue
    // One message per rule and place: two entities read from one mention say one thing.
    const seen = new Set<number>()
    for (const message of rule.check(analysis, options)) {
      const start = startOf(message)
      if (seen.has(start)) continue
      seen.add(start)
      const cap = severityCap(message)
      const effective = cap && severityRank(cap) < severityRank(severity) ? cap : severity
      if (effective === 'off') continue
      message.fatal = fatalFor[effective]
      produced.push(message)
    }
  }
  const { comments, problems } = readControlComments(
    analysis.doc,
    ruleModules.map((rule) => rule.meta.id),
  )
  for (const problem of problems) problem.fatal = false
  const { kept, suppressed } = applyControlComments(produced, comments)
  const messages = [...kept, ...problems].sort(byPosition)
  for (const message of [...produced, ...problems]) {
    if (file.path) {
      message.file = file.path
      message.name = `${file.path}:${message.name}`
    }
  }
  // Replace what an earlier run put on the file, keep everything else.
  const others = file.messages.filter((message) => !pushed.has(message))
  file.messages.length = 0
  // Loops, not push(...list): spreading 100,000 messages overflows the call stack.
  for (const message of others) file.messages.push(message)
  for (const message of messages) file.messages.push(message)
  for (const message of messages) pushed.add(message)
  return { messages, suppressed, comments }
}

/**
 * Runs the enabled rules over an analysis and returns their messages, sorted by position,
 * after the document's onrecord ignore comments are applied. The messages are also put on
 * `analysis.doc.file.messages`. Severity maps to vfile `fatal`: error → true, warn → false,
 * info → undefined.
 */
export function lint(analysis: Analysis, config: LintConfig = {}): VFileMessage[] {
  return lintWithSuppressed(analysis, config).messages
}
