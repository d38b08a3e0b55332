import { readFileSync } from 'node:fs'
import type { Analysis } from '@onrecord/rules'
import { VFileMessage } from 'vfile-message'
import type { LintMessage } from '../src/index.js'
import { ArticleBuilder } from './helpers.js'

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

export interface Case {
  name: string
  path: string
  analysis: Analysis
  messages: LintMessage[]
}

function message(
  reason: string,
  place: { start: { line: number; column: number }; end: { line: number; column: number } },
  options: {
    ruleId: string
    fatal?: boolean | null
    url?: string
    note?: string
    actual?: string
    expected?: string[]
  },
): VFileMessage {
  const m = new VFileMessage(reason, { place, ruleId: options.ruleId, source: 'onrecord' })
  m.fatal = 'fatal' in options ? options.fatal : false
  if (options.url) m.url = options.url
  if (options.note) m.note = options.note
  if (options.actual !== undefined) m.actual = options.actual
  if (options.expected) m.expected = options.expected
  return m
}

/** A message over the span of some text, with vfile positions (line/column, no offsets). */
function messageAt(
  b: ArticleBuilder,
  text: string,
  reason: string,
  options: Parameters<typeof message>[2],
): VFileMessage {
  const span = b.span(text)
  return message(
    reason,
    {
      start: { line: span.start.line, column: span.start.column },
      end: { line: span.end.line, column: span.end.column },
    },
    options,
  )
}

/** A mixed story: anonymous lede with reason and basis, a named engineer, a document, a vague and an agentless attribution, an unsourced figure and an unsourced accusation. */
export function harbourBridge(): Case {
  const path = 'test/fixtures/harbour-bridge/input.md'
  const b = new ArticleBuilder(fixture('harbour-bridge/input.md'), { path })
  const official = b.entity({
    id: 'e1',
    name: 'a council official familiar with the repair schedule',
    kind: 'anonymous',
    mentions: [
      b.span('a council official familiar with the repair schedule'),
      b.span('The official'),
    ],
    anonymity: {
      reason: b.span('because the timetable has not been announced'),
      basis: b.span('familiar with the repair schedule'),
      specificity: 1,
    },
  })
  const calder = b.entity({
    id: 'e2',
    name: "Ines Calder, the council's chief engineer",
    kind: 'named',
    mentions: [b.span("Ines Calder, the council's chief engineer"), b.span('She said')],
  })
  const agency = b.entity({
    id: 'e3',
    name: 'A report by the regional transport agency',
    kind: 'document',
    mentions: [b.span('A report by the regional transport agency')],
  })
  const critics = b.entity({
    id: 'e4',
    name: 'Critics',
    kind: 'vague',
    mentions: [b.span('Critics')],
  })
  const a1 = b.attribution({
    id: 'a1',
    kind: 'indirect',
    source: {
      span: b.span('a council official familiar with the repair schedule'),
      entity: official,
    },
    cue: b.span('said on Monday'),
    content: b.span('The Ferrow harbour bridge will reopen to traffic in April'),
  })
  const a2 = b.attribution({
    id: 'a2',
    kind: 'direct',
    source: { span: b.span("Ines Calder, the council's chief engineer"), entity: calder },
    cue: b.span('said', { after: b.span('nearly on time') }),
    content: b.span('“We are on budget and nearly on time,”'),
  })
  const a3 = b.attribution({
    id: 'a3',
    kind: 'indirect',
    source: { span: b.span('She'), entity: calder, reference: true },
    cue: b.span('said', { after: b.span('She said') }),
    content: b.span('the final inspection would take place in March'),
  })
  const a4 = b.attribution({
    id: 'a4',
    kind: 'indirect',
    source: { span: b.span('A report by the regional transport agency'), entity: agency },
    cue: b.span('said', { after: b.span('transport agency') }),
    content: b.span('the repairs had cost $18 million'),
  })
  const a5 = b.attribution({
    id: 'a5',
    kind: 'indirect',
    source: { span: b.span('Critics'), entity: critics },
    cue: b.span('say', { after: b.span('Critics') }),
    content: b.span('the contractor cut corners'),
  })
  const a6 = b.attribution({
    id: 'a6',
    kind: 'agentless',
    source: null,
    cue: b.span('It is believed'),
    content: b.span('the cost could rise further'),
  })
  b.hedge({ text: 'could', kind: 'epistemic' })
  b.hedge({ text: 'reportedly', kind: 'hearsay' })
  b.claim('The Ferrow harbour bridge', { attribution: a1 })
  b.claim('The bridge has been closed', { figures: true })
  b.claim('We are on budget', { attribution: a2 })
  b.claim('She said the final', { attribution: a3 })
  b.claim('A report by', { attribution: a4, figures: true })
  b.claim('Critics say', { attribution: a5, accusation: true })
  b.claim('It is believed', { attribution: a6 })
  b.claim("The mayor's office reportedly hid", { accusation: true })
  const messages = [
    messageAt(b, 'reportedly', '“reportedly” relays a report without naming it', {
      ruleId: 'hearsay',
      url: 'https://example.org/onrecord/rules/hearsay',
      note: 'AP: name the news organization whose report is relayed',
    }),
    messageAt(b, 'Critics', 'Vague attribution: who are the critics?', {
      ruleId: 'vague-attribution',
      url: 'https://example.org/onrecord/rules/vague-attribution',
    }),
    messageAt(
      b,
      "The mayor's office reportedly hid the original inspection results from the public.",
      'Accusation with no source',
      {
        ruleId: 'unattributed-claim',
        fatal: true,
      },
    ),
    messageAt(b, 'It is believed', 'Agentless attribution: believed by whom?', {
      ruleId: 'agentless-attribution',
      fatal: null,
    }),
    messageAt(b, 'say the contractor', 'Use “said”, the neutral cue', {
      ruleId: 'loaded-cue',
      actual: 'say the contractor',
      expected: ['said'],
    }),
  ]
  return { name: 'harbour-bridge', path, analysis: b.analysis(), messages }
}

/** A well-sourced court story: named judge, lawyer and spokeswoman, all quoted; a record. */
export function countyCourt(): Case {
  const path = 'test/fixtures/county-court/input.txt'
  const b = new ArticleBuilder(fixture('county-court/input.txt'), { path, format: 'text' })
  b.lede = b.doc.sentences[b.sentence('MERROW')]?.block ?? null
  const judge = b.entity({
    id: 'okonjo',
    name: 'Judge Maya Okonjo',
    kind: 'named',
    mentions: [b.span('Judge Maya Okonjo')],
  })
  const records = b.entity({
    id: 'records',
    name: 'county records',
    kind: 'document',
    mentions: [b.span('county records')],
  })
  const varga = b.entity({
    id: 'varga',
    name: 'Leon Varga, a lawyer for the Friends of Alder Marsh',
    kind: 'named',
    mentions: [b.span('Leon Varga, a lawyer for the Friends of Alder Marsh'), b.span('Varga said')],
  })
  const amsel = b.entity({
    id: 'amsel',
    name: 'Ruth Amsel, a spokeswoman for the state land office',
    kind: 'named',
    mentions: [b.span('A spokeswoman for the state land office, Ruth Amsel'), b.span('Amsel said')],
  })
  const opinion = b.attribution({
    id: 'a-opinion',
    kind: 'direct',
    source: { span: b.span('Judge Maya Okonjo'), entity: judge },
    cue: b.span('wrote'),
    content: b.span('"The law is plain and the state did not follow it,"'),
  })
  const ruling = b.attribution({
    id: 'a-ruling',
    kind: 'indirect',
    source: { span: b.span('Judge Maya Okonjo'), entity: judge },
    cue: b.span('ruling'),
    content: b.span('the state had skipped a required public hearing'),
  })
  const acres = b.attribution({
    id: 'a-acres',
    kind: 'indirect',
    source: { span: b.span('county records'), entity: records },
    cue: b.span('according to'),
    content: b.span('The reserve covers 1,900 acres of wetland east of Merrow'),
  })
  const signatures = b.attribution({
    id: 'a-signatures',
    kind: 'indirect',
    source: { span: b.span('Leon Varga, a lawyer for the Friends of Alder Marsh'), entity: varga },
    cue: b.span('said', { after: b.span('Alder Marsh, said') }),
    content: b.span('the group had collected 6,000 signatures against the sale'),
  })
  const listing = b.attribution({
    id: 'a-listing',
    kind: 'direct',
    source: {
      span: b.span('Varga', { after: b.span('online,"') }),
      entity: varga,
      reference: true,
    },
    cue: b.span('said', { after: b.span('online,"') }),
    content: b.span('"People here found out from a listing online,"'),
  })
  const review = b.attribution({
    id: 'a-review',
    kind: 'indirect',
    source: { span: b.span('A spokeswoman for the state land office, Ruth Amsel'), entity: amsel },
    cue: b.span('said', { after: b.span('Ruth Amsel') }),
    content: b.span('the office would review the ruling'),
  })
  const respect = b.attribution({
    id: 'a-respect',
    kind: 'direct',
    source: {
      span: b.span('Amsel', { after: b.span('decision,"') }),
      entity: amsel,
      reference: true,
    },
    cue: b.span('said', { after: b.span('decision,"') }),
    content: b.span(`"We respect the court's decision,"`),
  })
  b.claim('MERROW', { attribution: ruling })
  b.claim('The law is plain', { attribution: opinion, figures: true })
  b.claim('The reserve covers', { attribution: acres, figures: true })
  b.claim('Leon Varga, a lawyer', { attribution: signatures, figures: true })
  b.claim('People here found out', { attribution: listing })
  b.claim('A spokeswoman for the state', { attribution: review })
  b.claim('We respect', { attribution: respect })
  b.claim('The marsh is home')
  return { name: 'county-court', path, analysis: b.analysis(), messages: [] }
}

/** A story resting on bare anonymous sources: "sources said", "a source said", an executive's opinion, an unsourced allegation. */
export function quarryMemo(): Case {
  const path = 'test/fixtures/quarry-memo/input.html'
  const b = new ArticleBuilder(fixture('quarry-memo/input.html'), { path })
  const sources = b.entity({
    id: 'sources',
    name: 'sources',
    kind: 'anonymous',
    mentions: [b.span('sources')],
    anonymity: { specificity: 0, pluralWithoutCount: true },
  })
  const source = b.entity({
    id: 'source',
    name: 'A source',
    kind: 'anonymous',
    mentions: [b.span('A source')],
    anonymity: { specificity: 0 },
  })
  const people = b.entity({
    id: 'people',
    name: 'People familiar with the plan',
    kind: 'anonymous',
    mentions: [b.span('People familiar with the plan')],
    anonymity: {
      basis: b.span('familiar with the plan'),
      pluralWithoutCount: true,
      specificity: 1,
    },
  })
  const executive = b.entity({
    id: 'executive',
    name: 'An executive',
    kind: 'anonymous',
    mentions: [b.span('An executive')],
    anonymity: { specificity: 1, opinion: true },
  })
  const cuts = b.attribution({
    id: 'cuts',
    kind: 'indirect',
    source: { span: b.span('sources'), entity: sources },
    cue: b.span('said on Friday'),
    content: b.span('Stonefield Quarries will cut about 200 of its 400 jobs next month'),
  })
  const board = b.attribution({
    id: 'board',
    kind: 'indirect',
    source: { span: b.span('A source'), entity: source },
    cue: b.span('said', { after: b.span('A source') }),
    content: b.span('the board had approved the plan in a closed meeting'),
  })
  const night = b.attribution({
    id: 'night',
    kind: 'indirect',
    source: { span: b.span('People familiar with the plan'), entity: people },
    cue: b.span('said', { after: b.span('People familiar') }),
    content: b.span('the cuts would fall mostly on the night shift'),
  })
  const confidence = b.attribution({
    id: 'confidence',
    kind: 'indirect',
    source: { span: b.span('An executive'), entity: executive },
    cue: b.span('said', { after: b.span('An executive') }),
    content: b.span('the chief executive had lost the confidence of the board &amp; its chair'),
  })
  b.hedge({ text: 'allegedly', kind: 'hearsay' })
  b.claim('Stonefield Quarries will cut', { attribution: cuts, figures: true })
  b.claim('A source said', { attribution: board })
  b.claim('People familiar', { attribution: night })
  b.claim('An executive said', { attribution: confidence, accusation: true })
  b.claim('The company is the largest', { superlative: true })
  b.claim('It allegedly ignored', { accusation: true })
  return { name: 'quarry-memo', path, analysis: b.analysis(), messages: [] }
}

/** Markup-looking text everywhere: in the article, in source names, in messages and the path. */
export function hostile(ext: 'txt' | 'md' | 'html'): Case {
  const path = `test/fixtures/hostile/"><img src=x onerror=alert(9)>.${ext}`
  const text = fixture(`hostile/input.${ext}`)
  const b = new ArticleBuilder(text, { path })
  const out: Case = { name: `hostile-${ext}`, path, analysis: b.analysis(), messages: [] }
  const first = b.doc.sentences.find((s) => / said /.test(s.text))
  if (!first) return out
  const said = first.text.indexOf(' said ')
  const sourceSpan = b.doc.spanOf(first.start.offset, first.start.offset + said)
  const entity = b.entity({
    id: '"><script>alert("id")</script>',
    name: `${sourceSpan.text} <img src=x onerror=alert(4)>`,
    kind: 'anonymous',
    mentions: [sourceSpan],
  })
  const attribution = b.attribution({
    id: '<a1 onclick=alert(5)>',
    kind: 'indirect',
    source: { span: sourceSpan, entity },
    cue: b.doc.spanOf(first.start.offset + said + 1, first.start.offset + said + 5),
    content: b.doc.spanOf(first.start.offset + said + 6, first.end.offset - 1),
  })
  for (const s of b.doc.sentences.slice(1)) {
    const own = s.index === first.index
    b.claim(s.text.slice(0, 12), own ? { attribution, accusation: true } : { accusation: true })
  }
  out.analysis = b.analysis()
  out.messages = [
    message(
      '<script>alert("reason")</script> and "><img src=x onerror=alert(6)>',
      {
        start: first.start,
        end: first.end,
      },
      {
        ruleId: '"><svg onload=alert(7)>',
        url: 'javascript:alert(8)',
        note: '<iframe src=javascript:alert(10)>',
      },
    ),
  ]
  return out
}

export function allCases(): Case[] {
  return [
    harbourBridge(),
    countyCourt(),
    quarryMemo(),
    hostile('txt'),
    hostile('md'),
    hostile('html'),
  ]
}
