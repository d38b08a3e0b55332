#!/usr/bin/env node
// Prints the Markdown table of docs/scoring.md: the score and grade of every article in
// samples/, with the largest deductions as the reason for its grade.
//
//   node packages/reporter/scripts/score-samples.mjs
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@onrecord/parser'
import { report } from '@onrecord/reporter'
import { VFile } from 'vfile'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const { analyze } = await import('@onrecord/rules')
if (typeof analyze !== 'function') {
  console.error('score-samples: skipped, @onrecord/rules has no analyze() yet')
  process.exit(0)
}

const rows = []
for (const name of readdirSync(join(root, 'samples')).sort()) {
  if (!/\.(md|txt|html)$/.test(name) || name === 'README.md') continue
  const path = `samples/${name}`
  const doc = parse(new VFile({ path, value: readFileSync(join(root, path), 'utf8') }))
  const r = report(analyze(doc), { text: false })
  const on = r.score.parts.find((p) => p.id === 'sourcing')
  const why = [...r.score.deductions]
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((d) => `−${d.points.toFixed(1)} ${d.reason}`)
    .join('; ')
  rows.push(
    `| \`${name}\` | ${r.score.value} | ${r.score.grade} | ${on?.display ?? ''} | ${why.replace(/\|/g, '\\|')} |`,
  )
}
console.log('| Sample | Score | Grade | Claims named or documented | Largest deductions |')
console.log('| --- | ---: | --- | --- | --- |')
for (const row of rows) console.log(row)
