import { readFileSync } from 'node:fs'
import type { Doc } from '@onrecord/parser'
import type { Analysis } from '@onrecord/rules'
import AjvDraft04 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import type { Element, Nodes, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Nodes as MdastNodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { VFileMessage } from 'vfile-message'
import { formatNames, formats } from '../../src/formats/index.js'
import type { Report } from '../../src/index.js'
import { spansIn } from '../helpers.js'

/**
 * The checks every output must pass, whatever the article: shared by the fuzz and the
 * pathological-input tests. Each returns a list of problems (empty when all is well), so a
 * failing case says everything that is wrong with it at once.
 */

// The SARIF 2.1.0 schema vendored beside the reporter's own SARIF tests (draft-04).
const sarifSchema = JSON.parse(
  readFileSync(new URL('../sarif/sarif-2.1.0-rtm.5.schema.json', import.meta.url), 'utf8'),
)
// unicodeRegExp: false — one `pattern` in the schema is not valid under the `u` flag.
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validateSarif = ajv.compile(sarifSchema)

/** `text === value.slice(start, end)` and `0 <= start <= end <= length` for every span. */
export function spanProblems(text: string, value: unknown, where: string): string[] {
  const problems: string[] = []
  for (const { path, span } of spansIn(value)) {
    const { start, end } = { start: span.start.offset, end: span.end.offset }
    if (!(start >= 0 && start <= end && end <= text.length))
      problems.push(`${where}${path.slice(1)}: offsets ${start}-${end} out of 0-${text.length}`)
    else if (text.slice(start, end) !== span.text)
      problems.push(`${where}${path.slice(1)}: text is not the slice ${start}-${end}`)
  }
  return problems
}

/** The spans of the document model: blocks, sentences and their tokens, quotes, marks. */
export function docProblems(doc: Doc): string[] {
  const tokens = doc.sentences.flatMap((s) =>
    s.tokens.map((t) => ({ text: doc.text.slice(t.start.offset, t.end.offset), ...t })),
  )
  const problems = spanProblems(
    doc.text,
    {
      blocks: doc.blocks,
      sentences: doc.sentences.map(({ tokens: _t, nodes: _n, ...s }) => s),
      quotes: doc.quotes,
      unbalanced: doc.unbalancedMarks,
    },
    'doc',
  )
  for (const t of tokens)
    if (!(t.start.offset >= 0 && t.start.offset <= t.end.offset && t.end.offset <= doc.text.length))
      problems.push(`doc token ${JSON.stringify(t.value)}: offsets out of range`)
  return problems
}

/** Attributions, sources, hedges and claims of the analysis; the places of the messages. */
export function analysisProblems(analysis: Analysis, messages: readonly VFileMessage[]): string[] {
  const { doc } = analysis
  const problems = spanProblems(
    doc.text,
    {
      attributions: analysis.attributions,
      entities: analysis.entities,
      hedges: analysis.hedges,
      claims: analysis.claims,
    },
    'analysis',
  )
  for (const m of messages) {
    const place = m.place
    if (!place || !('start' in place)) continue
    const start = place.start.offset ?? -1
    const end = place.end.offset ?? -1
    if (!(start >= 0 && start <= end && end <= doc.text.length))
      problems.push(`message ${m.ruleId}: offsets ${start}-${end} out of range`)
    else if (m.actual !== undefined && m.actual !== doc.text.slice(start, end))
      problems.push(`message ${m.ruleId}: actual is not the text at its place`)
  }
  return problems
}

function elements(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node)
  if ('children' in node) for (const child of node.children) elements(child as Nodes, out)
  if (node.type === 'element' && node.content) elements(node.content, out)
  return out
}

function classesOf(e: Element): string[] {
  const c = e.properties.className
  return Array.isArray(c) ? c.map(String) : []
}

/** Text content, leaving out the line-number gutter. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element' && classesOf(node).includes('ln')) return ''
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('')
  return ''
}

/**
 * The elements the HTML formatter writes: every `<tag` in its source (the article's text is
 * escaped, so it can add none). Any other element in a page came from somewhere else.
 */
const reportTags = new Set(
  ['html.ts', 'html-assets.ts'].flatMap((name) =>
    [
      ...readFileSync(new URL(`../../src/formats/${name}`, import.meta.url), 'utf8').matchAll(
        /<([a-z][a-z0-9]*)[\s>/]/g,
      ),
    ].map((m) => m[1] as string),
  ),
)

/**
 * The page parsed back as a browser's parser reads it: one script (its own), no element the
 * report does not make, no event handler, no URL but its own anchors and http(s) links, and
 * the article's prose, read back as text, is exactly the prose of the document.
 */
export function htmlProblems(page: string, report: Report, doc: Doc): string[] {
  const problems: string[] = []
  let root: Root
  try {
    // As the page is written to disk and read by a browser: UTF-8.
    root = fromHtml(asWritten(page), {
      onerror(error) {
        throw new Error(`HTML parse error: ${error.message}`)
      },
    })
  } catch (error) {
    return [(error as Error).message]
  }
  const all = elements(root)
  const scripts = all.filter((e) => e.tagName === 'script')
  if (scripts.length !== 1) problems.push(`${scripts.length} script elements`)
  for (const e of all) {
    if (!reportTags.has(e.tagName)) problems.push(`element <${e.tagName}>`)
    for (const [name, value] of Object.entries(e.properties)) {
      if (/^on/i.test(name)) problems.push(`<${e.tagName}> has ${name}`)
      if (/^(src|srcSet|srcDoc|action|formAction|data|poster|background|ping)$/.test(name))
        problems.push(`<${e.tagName}> loads ${name}`)
      if (name === 'href' && !/^(#[\w-]+|https?:\/\/)/.test(String(value)))
        problems.push(`<${e.tagName}> links to ${String(value).slice(0, 40)}`)
      if (/^\s*javascript:/i.test(String(value)))
        problems.push(`<${e.tagName}> ${name} javascript:`)
      if (name === 'style') problems.push(`<${e.tagName}> has a style attribute`)
    }
  }
  const article = all.find((e) => classesOf(e).includes('article'))
  if (report.article && article) {
    const text = report.article.text
    const shown = textOf(article).replace(/\s+/g, '')
    const expected = asWritten(
      report.article.blocks
        .flatMap((b) => b.prose.map((p) => (p.length === 3 ? p[2] : text.slice(p[0], p[1]))))
        .join(''),
    )
      // What the formatter writes for characters HTML does not allow.
      .replace(/[^\P{Cc}\t\n\f\r]|\p{Noncharacter_Code_Point}/gu, '\uFFFD')
      .replace(/\s+/g, '')
    if (shown !== expected) problems.push('the article text shown is not the prose of the report')
  } else if (report.article && report.article.blocks.length > 0) problems.push('no article element')
  void doc
  return problems
}

/** A string as it reads back from a UTF-8 file: lone surrogates become U+FFFD. */
export function asWritten(text: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(text))
}

function mdastTypes(node: MdastNodes, out = new Set<string>()): Set<string> {
  out.add(node.type)
  if ('children' in node) for (const child of node.children) mdastTypes(child as MdastNodes, out)
  return out
}

/** Characters that must never reach a terminal from an article: controls, escapes, bidi. */
const terminalUnsafe =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** Every format of one report: none throws, and each is what it says it is. */
export function formatProblems(report: Report, doc: Doc): string[] {
  const problems: string[] = []
  const reports = [report]
  const out: Record<string, string> = {}
  for (const name of formatNames) {
    try {
      out[name] = name === 'text' ? formats.text(reports, { color: false }) : formats[name](reports)
    } catch (error) {
      problems.push(`${name} threw ${(error as Error).stack}`)
    }
  }
  if (problems.length) return problems
  const expected = JSON.stringify(report)
  try {
    if (JSON.stringify(JSON.parse(out.json as string)) !== expected)
      problems.push('json does not read back as the report')
  } catch (error) {
    problems.push(`json: ${(error as Error).message}`)
  }
  const lines = (out.jsonl as string).split('\n')
  if (lines.length !== 2 || lines[1] !== '' || lines[0] !== expected)
    problems.push('jsonl is not one line holding the report')
  try {
    const log = JSON.parse(out.sarif as string)
    if (!validateSarif(log))
      problems.push(`sarif: ${ajv.errorsText(validateSarif.errors, { separator: '; ' })}`)
  } catch (error) {
    problems.push(`sarif: ${(error as Error).message}`)
  }
  problems.push(...htmlProblems(out.html as string, report, doc))
  const md = mdastTypes(fromMarkdown(out.markdown as string))
  for (const type of ['html', 'image', 'imageReference', 'definition'])
    if (md.has(type)) problems.push(`markdown holds ${type}`)
  const unsafe = terminalUnsafe.exec(out.text as string)
  if (unsafe)
    problems.push(`text holds U+${(unsafe[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
  return problems
}
