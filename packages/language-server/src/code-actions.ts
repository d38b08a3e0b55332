import { rules } from '@onrecord/rules'
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver'
import { Checked, short } from './checked.js'
import { type DiagnosticOptions, toDiagnostic } from './diagnostics.js'
import type { Finding } from './job.js'

/** Titles of fixes that put a template in place of a source's description. */
const templateTitles: Record<string, string> = {
  'anonymous-without-reason':
    'Say why the source is anonymous (“…, who spoke on condition of anonymity because …,”)',
  'anonymous-without-basis': 'Say how the source knows (“… with direct knowledge of …”)',
}

/** The placeholder an ignore comment carries until the writer gives the reason. */
export const reasonPlaceholder = '[reason]'

const ruleIds = new Set(rules.map((rule) => rule.id))

function overlaps(finding: Finding, from: number, to: number): boolean {
  return finding.start <= to && from <= finding.end
}

/** The offsets `actual` stands at: the finding's range, or the first match inside it. */
function target(finding: Finding, text: string): [number, number] | null {
  const here = text.slice(finding.start, finding.end)
  if (finding.actual === null || here === finding.actual) return [finding.start, finding.end]
  const at = here.indexOf(finding.actual)
  if (at === -1) return null
  return [finding.start + at, finding.start + at + finding.actual.length]
}

function title(finding: Finding, replacement: string): string {
  const template = finding.ruleId === null ? undefined : templateTitles[finding.ruleId]
  if (template && replacement.includes('[')) return template
  return `Replace “${short(finding.actual ?? '', 40)}” with “${short(replacement, 40)}”`
}

/**
 * The ignore comment for a rule, on a line of its own above the paragraph (or heading, list
 * item …) of the finding: `<!-- onrecord ignore hedge -- [reason] -->`. When that line is
 * already an onrecord ignore comment, the rule id is added to it instead.
 */
function ignoreEdit(checked: Checked, finding: Finding): { range: Range; newText: string } | null {
  const ruleId = finding.ruleId
  if (ruleId === null || !ruleIds.has(ruleId)) return null
  const text = checked.snapshot.getText()
  const block = Checked.spanIndex(checked.result.blocks, finding.start)
  const blockStart = block === -1 ? finding.start : (checked.result.blocks[block * 2] as number)
  const line = checked.snapshot.positionAt(blockStart).line
  if (line > 0) {
    const above = text.slice(
      checked.offsetAt({ line: line - 1, character: 0 }),
      checked.offsetAt({ line, character: 0 }),
    )
    const existing = /^(\s*<!--\s*onrecord\s+ignore)((?:[\s,]+[a-z]+(?:-[a-z]+)*)*)/.exec(above)
    if (existing) {
      const ids = (existing[2] ?? '').split(/[\s,]+/).filter(Boolean)
      const known = ids.filter((id) => ruleIds.has(id))
      if (known.includes(ruleId)) return null
      // Insert after the last rule id, before the reason.
      let end = (existing[1] as string).length
      let rest = existing[2] ?? ''
      for (const id of known) {
        const at = rest.indexOf(id)
        end += at + id.length
        rest = rest.slice(at + id.length)
      }
      const position = checked.snapshot.positionAt(
        checked.offsetAt({ line: line - 1, character: 0 }) + end,
      )
      return { range: { start: position, end: position }, newText: ` ${ruleId}` }
    }
  }
  const lineStart = checked.offsetAt({ line, character: 0 })
  const indent = /^[ \t]*/.exec(text.slice(lineStart, blockStart))?.[0] ?? ''
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  const position = { line, character: 0 }
  // In plain text a comment line joins the paragraph below it unless a blank line parts them.
  const after = checked.result.format === 'text' ? eol + eol : eol
  return {
    range: { start: position, end: position },
    newText: `${indent}<!-- onrecord ignore ${ruleId} -- ${reasonPlaceholder} -->${after}`,
  }
}

/**
 * Quick fixes for the findings in `range`: apply the rule's `expected` replacement ("claimed"
 * → "said"; the anonymity template for an anonymous source without a reason), and ignore the
 * rule for this paragraph with a comment that asks for the reason.
 */
export function codeActions(
  checked: Checked,
  uri: string,
  range: Range,
  options: DiagnosticOptions,
  only?: readonly string[],
): CodeAction[] {
  const quickFix: string = CodeActionKind.QuickFix
  if (only && !only.some((kind) => kind === quickFix || quickFix.startsWith(`${kind}.`))) return []
  if (checked.result.configProblem) return []
  const from = checked.offsetAt(range.start)
  const to = checked.offsetAt(range.end)
  const text = checked.snapshot.getText()
  const actions: CodeAction[] = []
  for (const finding of checked.result.findings) {
    if (!overlaps(finding, from, to)) continue
    const diagnostic: Diagnostic = toDiagnostic(finding, checked, uri, options)
    const at = target(finding, text)
    if (at && finding.expected)
      finding.expected.forEach((replacement, index) => {
        actions.push({
          title: title(finding, replacement),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: {
            changes: { [uri]: [{ range: checked.range(at[0], at[1]), newText: replacement }] },
          },
        })
      })
    const ignore = ignoreEdit(checked, finding)
    if (ignore)
      actions.push({
        title: `Ignore “${finding.ruleId}” in this paragraph (onrecord ignore comment with a reason)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [ignore] } },
      })
  }
  return actions
}
