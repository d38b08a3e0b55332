#!/usr/bin/env node
// Scores every article of a PolNeAR-format corpus (default ../shared/corpus/polnear/dev.jsonl)
// and prints the distribution of scores (min, quartiles, max) and the three highest- and
// lowest-scored articles with their profile — a sanity check that the score ranks articles
// the way an editor would. Reads the corpus at run time and prints ids and figures only (the
// texts are not ours to copy). Skips with a message when the corpus is absent.
//
//   node packages/reporter/scripts/score-corpus.mjs [corpus.jsonl] [--gold] [--json]
//
// Default: the analysis is @onrecord/rules' analyze(). With --gold, the analysis is built from
// the corpus's own attribution labels (source, cue, content) and dev-source-kinds.tsv, so the
// score can be judged apart from detection errors: every labelled attribution counts, a sentence
// is covered when a labelled content overlaps it, figures are digits, and hedges are not labelled.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@onrecord/parser'
import { report } from '@onrecord/reporter'
import { VFile } from 'vfile'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const args = process.argv.slice(2)
const gold = args.includes('--gold')
const asJson = args.includes('--json')
const corpus = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus/polnear/dev.jsonl'),
)
if (!existsSync(corpus)) {
  console.error(`score-corpus: skipped, no corpus at ${corpus}`)
  process.exit(0)
}

let analyze
if (!gold) {
  const rules = await import('@onrecord/rules')
  analyze = rules.analyze
  if (typeof analyze !== 'function') {
    console.error('score-corpus: skipped, @onrecord/rules has no analyze() yet (try --gold)')
    process.exit(0)
  }
}

const kindsFile = join(dirname(corpus), 'dev-source-kinds.tsv')
const kinds = new Map()
if (existsSync(kindsFile))
  for (const line of readFileSync(kindsFile, 'utf8').split('\n').slice(1)) {
    const [source, kind] = line.split('\t')
    if (source && kind) kinds.set(source.replace(/\s+/g, ' ').trim().toLowerCase(), kind.trim())
  }

/** An Analysis from the corpus's own labels. */
function goldAnalysis(doc, article) {
  const entities = new Map()
  const attributions = []
  const kindOf = (text) => {
    const kind = kinds.get(text.replace(/\s+/g, ' ').trim().toLowerCase())
    return kind === 'named' || kind === 'document' || kind === 'anonymous' || kind === 'vague'
      ? kind
      : kind === 'pronoun'
        ? 'named'
        : 'vague'
  }
  const span = (s) => doc.spanOf(s.start, s.end)
  article.attributions.forEach((a, i) => {
    if (!a.content) return
    const id = `g${i}`
    let source = null
    if (a.source) {
      const key = a.source.text.replace(/\s+/g, ' ').trim().toLowerCase()
      const kind = kindOf(a.source.text)
      let entity = entities.get(key)
      if (!entity) {
        entity = {
          id: `s${entities.size}`,
          name: a.source.text,
          kind,
          mentions: [],
          introduced: span(a.source),
          introducedFully: true,
          anonymity:
            kind === 'anonymous'
              ? {
                  reason: null,
                  basis: null,
                  specificity: 1,
                  pluralWithoutCount: false,
                  opinion: false,
                }
              : null,
          attributions: [],
        }
        entities.set(key, entity)
      }
      entity.mentions.push(span(a.source))
      entity.attributions.push(id)
      source = { ...span(a.source), kind, entity: entity.id, reference: false }
    }
    const content = span(a.content)
    const quoted = /[“"]/.test(a.content.text)
    attributions.push({
      id,
      kind: source === null ? 'agentless' : quoted ? 'direct' : 'indirect',
      source,
      cue: a.cue ? span(a.cue) : null,
      content,
      sentences: doc.sentences
        .filter((s) => s.start.offset < content.end.offset && s.end.offset > content.start.offset)
        .map((s) => s.index),
      quotes: [],
    })
  })
  const lede = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.split(/\s+/).length >= 8)
  const claims = doc.sentences
    .filter((s) => s.tokens.filter((t) => t.kind === 'word').length >= 5)
    .map((s) => {
      const own = attributions.find((a) => a.sentences.includes(s.index))
      const figures = /\d/.test(s.text)
      return {
        ...doc.spanOf(s.start.offset, s.end.offset),
        sentence: s.index,
        attribution: own?.id ?? null,
        coverage: own ? 'own' : 'none',
        features: { figures, superlative: false, accusation: false },
        background: !figures,
        lede: lede !== undefined && s.block === lede.index,
      }
    })
  const words = doc.sentences.reduce(
    (n, s) => n + s.tokens.filter((t) => t.kind === 'word').length,
    0,
  )
  return {
    doc,
    attributions,
    entities: [...entities.values()],
    hedges: [],
    claims,
    lede: lede?.index ?? null,
    words,
  }
}

const rows = []
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const article = JSON.parse(line)
  const doc = parse(new VFile({ path: `${article.id}.txt`, value: article.text }), {
    format: 'text',
  })
  const analysis = gold ? goldAnalysis(doc, article) : analyze(doc)
  const r = report(analysis, { text: false })
  rows.push({
    id: article.id,
    publisher: article.publisher,
    words: r.words,
    score: r.score.value,
    grade: r.score.grade,
    claims: r.claims.length,
    profile: Object.fromEntries(
      r.score.profile.filter((e) => e.claims > 0).map((e) => [e.status, e.claims]),
    ),
    top: [...r.score.deductions]
      .sort((a, b) => b.points - a.points)
      .slice(0, 3)
      .map((d) => `${d.points} ${d.reason}`),
  })
}

const scores = rows.map((r) => r.score).sort((a, b) => a - b)
const quantile = (q) => {
  const at = (scores.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return Math.round((scores[low] + (scores[high] - scores[low]) * (at - low)) * 10) / 10
}
const byScore = [...rows].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
const summary = {
  corpus,
  analysis: gold ? 'gold labels' : '@onrecord/rules analyze()',
  articles: rows.length,
  distribution: {
    min: scores[0],
    q1: quantile(0.25),
    median: quantile(0.5),
    q3: quantile(0.75),
    max: scores.at(-1),
  },
  grades: Object.fromEntries(
    [...new Set(rows.map((r) => r.grade))]
      .sort()
      .map((g) => [g, rows.filter((r) => r.grade === g).length]),
  ),
  highest: byScore.slice(0, 3),
  lowest: byScore.slice(-3).reverse(),
}
if (asJson) console.log(JSON.stringify(summary, null, 2))
else {
  const d = summary.distribution
  console.log(`${summary.articles} articles from ${corpus} (${summary.analysis})`)
  console.log(`scores: min ${d.min}  q1 ${d.q1}  median ${d.median}  q3 ${d.q3}  max ${d.max}`)
  console.log(
    `grades: ${Object.entries(summary.grades)
      .map(([g, n]) => `${g} ${n}`)
      .join(', ')}`,
  )
  const show = (r) =>
    `  ${String(r.score).padStart(3)} ${r.grade}  ${r.id}  ${r.words} words, ${r.claims} claims  ${Object.entries(
      r.profile,
    )
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}\n       ${r.top.join('; ') || 'no deductions'}`
  console.log('highest:')
  for (const r of summary.highest) console.log(show(r))
  console.log('lowest:')
  for (const r of summary.lowest) console.log(show(r))
}
