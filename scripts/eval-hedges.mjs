#!/usr/bin/env node
// Measures hedge detection against ../shared/corpus/hedges/ with ../shared/eval/score.py.
// Corpus text is read at run time and written only to a temporary folder: it never enters
// the repository. Run `pnpm build` first: this reads the packages' dist.
//
//   node scripts/eval-hedges.mjs                 hedge cues on szeged-wiki.jsonl, then
//                                                sentence level on conll2010-wiki.jsonl
//   node scripts/eval-hedges.mjs --errors 30     list more of the commonest misses and false alarms
//   node scripts/eval-hedges.mjs --examples 5    show that many contexts per listed cue
//   node scripts/eval-hedges.mjs --keep          keep the temporary folder
//
// Figures: hedge-cue P/R/F1 as score.py defines them (a predicted hedge is right when it
// overlaps any gold uncertainty cue; recall counts epistemic and doxastic cues), and for
// CoNLL-2010 P/R/F1 of "the sentence has a hedge in the reporter's voice" against the
// sentence's `uncertain` label.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')

/** The pipeline pieces, from the packages' dist (run `pnpm build` first). */
async function loadPipeline() {
  const { parse } = await import('@onrecord/parser')
  const { VFile } = await import('vfile')
  let detectHedges
  try {
    ;({ detectHedges } = await import('@onrecord/rules'))
  } catch {}
  if (typeof detectHedges !== 'function')
    ({ detectHedges } = await import(
      pathToFileURL(join(root, 'packages', 'rules', 'dist', 'hedges.js')).href
    ))
  return { parse, detectHedges, VFile }
}

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))

/** score.py's article_id(): basename without a .txt/.md/.html ending. */
const articleId = (name) => basename(String(name)).replace(/\.(txt|md|markdown|html?)$/, '')

/** Code-point offsets (the corpus) to UTF-16 offsets (reports). */
function utf16(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i
  const map = []
  let u = 0
  for (const ch of text) {
    map.push(u)
    u += ch.length
  }
  map.push(u)
  return (i) => map[i]
}

const overlaps = (a, b) => Math.min(a[1], b[1]) > Math.max(a[0], b[0])
const point = (p) => ({ line: p.line, column: p.column, offset: p.offset })
const prf = (tp, predicted, gold) => {
  const p = predicted ? tp / predicted : 0
  const r = gold ? tp / gold : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

/**
 * Runs the hedge evaluation. Returns the figures (null for a corpus that is absent) and
 * prints as it goes through `log`.
 */
export async function evalHedges(options = {}) {
  const {
    corpus = join(shared, 'corpus', 'hedges'),
    score = join(shared, 'eval', 'score.py'),
    errors = 20,
    examples = 0,
    keep = false,
    log = console.log,
  } = options
  const pipeline = options.pipeline ?? (await loadPipeline())
  const result = { szeged: null, conll: null }

  const szegedPath = join(corpus, 'szeged-wiki.jsonl')
  if (!existsSync(szegedPath)) {
    log(
      `skipped: ${szegedPath} is absent (the corpus lives beside the repository, in ../shared/corpus)`,
    )
  } else {
    result.szeged = await szeged(szegedPath, score, pipeline, { errors, examples, keep, log })
  }
  const conllPath = join(corpus, 'conll2010-wiki.jsonl')
  if (!existsSync(conllPath)) {
    log(`skipped: ${conllPath} is absent`)
  } else {
    result.conll = conll(conllPath, pipeline, log)
  }
  return result
}

async function szeged(
  gold,
  score,
  { parse, detectHedges, VFile },
  { errors, examples, keep, log },
) {
  const articles = readJsonl(gold)
  const work = mkdtempSync(join(tmpdir(), 'onrecord-eval-hedges-'))
  const texts = join(work, 'articles')
  mkdirSync(texts)
  // score.py matches a report to its article by article_id(), which takes the basename of
  // the id too: "HIV/AIDS in Senegal_1300" is matched by "AIDS in Senegal_1300.txt". So the
  // file is named after the id's basename, which is what the scorer will look for.
  const seen = new Map()
  const lines = []
  const predicted = new Map()
  const started = performance.now()
  for (const article of articles) {
    const name = articleId(article.id)
    if (!name || name === '.' || name === '..') throw new Error(`unusable id: ${article.id}`)
    if (seen.has(name)) log(`warning: ids ${seen.get(name)} and ${article.id} share a file name`)
    seen.set(name, article.id)
    const path = join(texts, `${name}.txt`)
    writeFileSync(path, article.text)
    const doc = parse(new VFile({ path, value: readFileSync(path, 'utf8') }), { format: 'text' })
    const hedges = detectHedges(doc)
    predicted.set(article.id, hedges)
    lines.push(
      JSON.stringify({
        file: path,
        attributions: [],
        sources: [],
        hedges: hedges.map((h) => ({
          text: h.text,
          start: point(h.start),
          end: point(h.end),
          kind: h.kind,
          voice: h.voice,
          entry: h.entry,
        })),
      }),
    )
  }
  const seconds = (performance.now() - started) / 1000
  const reports = join(work, 'reports.jsonl')
  writeFileSync(reports, `${lines.join('\n')}\n`)
  log(`szeged-wiki: ${articles.length} documents analysed in ${seconds.toFixed(1)} s`)
  const output = execFileSync('python3', [score, 'hedges', gold, reports], { encoding: 'utf8' })
  log(output.trimEnd())
  const summary = {}
  for (const pair of (/^SUMMARY (.*)$/m.exec(output)?.[1] ?? '').split(' ')) {
    const [key, value] = pair.split('=')
    if (key) summary[key] = Number(value)
  }

  // The commonest false alarms and misses, by cue word, to work from.
  const alarms = new Map()
  const misses = new Map()
  const byKind = new Map()
  const bump = (map, key, context) => {
    const entry = map.get(key) ?? { n: 0, contexts: [] }
    entry.n++
    if (entry.contexts.length < Math.max(1, examples)) entry.contexts.push(context)
    map.set(key, entry)
  }
  const around = (text, s, e) =>
    `${text.slice(Math.max(0, s - 60), s)}[${text.slice(s, e)}]${text.slice(e, e + 40)}`.replace(
      /\s+/g,
      ' ',
    )
  for (const article of articles) {
    const at = utf16(article.text)
    const cues = article.cues.map((c) => ({ ...c, span: [at(c.start), at(c.end)] }))
    const hedges = predicted.get(article.id) ?? []
    for (const h of hedges) {
      const span = [h.start.offset, h.end.offset]
      const right = cues.some((c) => overlaps(span, c.span))
      const k = byKind.get(h.kind) ?? { n: 0, right: 0 }
      k.n++
      if (right) k.right++
      byKind.set(h.kind, k)
      if (!right) bump(alarms, h.text.toLowerCase(), around(article.text, ...span))
    }
    for (const c of cues) {
      if (c.type !== 'epistemic' && c.type !== 'doxastic') continue
      if (hedges.some((h) => overlaps([h.start.offset, h.end.offset], c.span))) continue
      bump(misses, `${c.text.toLowerCase()} (${c.type})`, around(article.text, ...c.span))
    }
  }
  log(
    `precision by kind: ${[...byKind.entries()]
      .map(([kind, { n, right }]) => `${kind} ${(right / n).toFixed(3)} (${right}/${n})`)
      .join(', ')}`,
  )
  const top = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1].n - a[1].n)
      .slice(0, errors)
      .map(([cue, { n, contexts }]) =>
        [
          `  ${String(n).padStart(4)}  ${cue}`,
          ...contexts.slice(0, examples).map((c) => `          ${c}`),
        ].join('\n'),
      )
      .join('\n')
  if (errors > 0) {
    log(`commonest false alarms (our cue, count):\n${top(alarms)}`)
    log(`commonest misses (gold cue, count):\n${top(misses)}`)
  }
  if (keep) log(`reports kept in ${work}`)
  else rmSync(work, { recursive: true, force: true })
  return {
    p: summary.hedge_p,
    r: summary.hedge_r,
    f1: summary.hedge_f1,
    sentenceF1: summary.sent_f1,
  }
}

function conll(gold, { parse, detectHedges }, log) {
  const sentences = readJsonl(gold)
  let tp = 0
  let predicted = 0
  let uncertain = 0
  for (const sentence of sentences) {
    const doc = parse(sentence.text, { format: 'text' })
    const hedged = detectHedges(doc).some((h) => h.voice === 'reporter')
    if (hedged) predicted++
    if (sentence.uncertain) uncertain++
    if (hedged && sentence.uncertain) tp++
  }
  const { p, r, f1 } = prf(tp, predicted, uncertain)
  log(
    `conll2010-wiki sentences with a reporter-voice hedge: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (uncertain ${uncertain}, predicted ${predicted}, of ${sentences.length})`,
  )
  return { p, r, f1 }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`)
    return at >= 0 ? args[at + 1] : fallback
  }
  await evalHedges({
    errors: Number(option('errors', '20')),
    examples: Number(option('examples', '0')),
    keep: args.includes('--keep'),
  })
}
