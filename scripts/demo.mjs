#!/usr/bin/env node
// Prints what the parser sees in an article: its blocks, sentences and quotation spans.
import { readFileSync } from 'node:fs'
import { parse } from '@onrecord/parser'
import { VFile } from 'vfile'

const path = process.argv[2]
if (!path) {
  console.error('usage: pnpm demo <article>')
  process.exit(2)
}
const doc = parse(new VFile({ path, value: readFileSync(path, 'utf8') }))
console.log(
  `${path}: ${doc.format}, ${doc.blocks.length} blocks, ${doc.sentences.length} sentences, ${doc.quotes.length} quotes`,
)
for (const block of doc.blocks) {
  console.log(`\n[${block.kind}] ${block.start.line}:${block.start.column}`)
  for (const index of block.sentences) {
    const sentence = doc.sentences[index]
    console.log(
      `  ${sentence.start.line}:${sentence.start.column}  ${sentence.text.replace(/\s+/g, ' ')}`,
    )
  }
}
console.log('\nQuotes:')
for (const quote of doc.quotes)
  console.log(
    `  ${quote.start.line}:${quote.start.column}-${quote.end.line}:${quote.end.column} ${'  '.repeat(quote.depth)}${quote.text.replace(/\s+/g, ' ').slice(0, 100)}`,
  )
for (const mark of doc.unbalancedMarks)
  console.log(`  unbalanced ${mark.role} ${mark.text} at ${mark.start.line}:${mark.start.column}`)
