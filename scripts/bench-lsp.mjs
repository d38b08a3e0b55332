#!/usr/bin/env node
// Latency of the language server: time from `didChange` to the `publishDiagnostics` for that
// version, on a 2,000-word and a 20,000-word article, median and 95th percentile over 50 edits
// (after a warm-up).
//
//   node scripts/bench-lsp.mjs [--edits 50] [--debounce MS] [--own-text] [--no-worker]
//                              [--profile DIR]
//
// `--profile DIR` starts the server with `--cpu-prof --cpu-prof-dir=DIR`: one `.cpuprofile`
// for the server's thread and one for the analysis thread of each article, to open in Chrome
// DevTools or VS Code.
//
// The articles are built at run time from ../shared/corpus/polnear/train.jsonl when it is there
// (the corpus is never copied into the repository), else from paragraphs written for this
// script. Needs the built server (`pnpm build`).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = new URL('../', import.meta.url)
const require = createRequire(new URL('packages/language-server/package.json', root))
const rpc = require('vscode-languageserver-protocol/node')
const serverBin = fileURLToPath(
  new URL('packages/language-server/bin/onrecord-language-server.js', root),
)

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i === -1 ? fallback : Number(args[i + 1])
}
const profileDir = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : null
const edits = option('--edits', 50)
const warmup = 10
const debounce = args.includes('--debounce') ? option('--debounce', null) : null
const corpusPath = fileURLToPath(new URL('../shared/corpus/polnear/train.jsonl', root))
const useCorpus = !args.includes('--own-text') && existsSync(corpusPath)

// Our own paragraphs: the ones the language server's long-article tests use.
const own = readFileSync(
  new URL('packages/language-server/test/fixtures/transit-paragraphs.txt', root),
  'utf8',
)
  .split('\n')
  .filter(Boolean)

const countWords = (text) => text.split(/\s+/).filter(Boolean).length

/** Paragraphs of real articles (read, never stored), or of our own text. */
function paragraphs() {
  if (!useCorpus) return own
  const out = []
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const { text } = JSON.parse(line)
    out.push(
      ...String(text)
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    )
  }
  return out
}

function article(words, source) {
  const out = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const paragraph = source[i % source.length]
    out.push(paragraph)
    count += countWords(paragraph)
  }
  return `${out.join('\n\n')}\n`
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]

async function measure(words, source) {
  const text = article(words, source)
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  const proc = spawn(
    process.execPath,
    [...nodeArgs, serverBin, '--stdio', ...(args.includes('--no-worker') ? ['--no-worker'] : [])],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  )
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(proc.stdout),
    new rpc.StreamMessageWriter(proc.stdin),
  )
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = waiting.get(params.version)
    if (resolve) {
      waiting.delete(params.version)
      resolve({ at: performance.now(), count: params.diagnostics.length })
    }
  })
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: debounce === null ? {} : { debounce },
  })
  await connection.sendNotification('initialized', {})
  const uri = pathToFileURL('/tmp/onrecord-bench/article.md').href
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  let first = published(1)
  const openedAt = performance.now()
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  })
  const opened = await first
  const openMs = opened.at - openedAt
  // Each edit types a word into the middle of the article, or takes it out again.
  const lines = text.split('\n')
  const line = Math.floor(lines.length / 2)
  const times = []
  let diagnostics = 0
  for (let i = 0, version = 2; i < warmup + edits; i++, version++) {
    const insert = i % 2 === 0
    const change = insert
      ? {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          text: 'Reportedly ',
        }
      : { range: { start: { line, character: 0 }, end: { line, character: 11 } }, text: '' }
    first = published(version)
    const sent = performance.now()
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    })
    const done = await first
    if (i >= warmup) times.push(done.at - sent)
    diagnostics = done.count
  }
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  return { words: countWords(text), chars: text.length, openMs, times, diagnostics }
}

const source = paragraphs()
console.log(
  `onrecord language server: didChange → publishDiagnostics, median of ${edits} edits after ${warmup} warm-up edits`,
)
console.log(
  `text: ${useCorpus ? 'paragraphs of ../shared/corpus/polnear/train.jsonl (read at run time)' : 'paragraphs written for this script'}; debounce: ${debounce === null ? 'adaptive (default)' : `${debounce} ms`}; analysis: ${args.includes('--no-worker') ? 'server thread' : 'worker thread'}`,
)
console.log('')
console.log('| article | characters | diagnostics | first check | median | p95 | min | max |')
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const words of [2_000, 20_000]) {
  const r = await measure(words, source)
  const ms = (x) => `${x.toFixed(1)} ms`
  console.log(
    `| ${r.words.toLocaleString('en')} words | ${r.chars.toLocaleString('en')} | ${r.diagnostics} | ${ms(r.openMs)} | **${ms(median(r.times))}** | ${ms(percentile(r.times, 0.95))} | ${ms(Math.min(...r.times))} | ${ms(Math.max(...r.times))} |`,
  )
}
