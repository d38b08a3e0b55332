import { readFileSync } from 'node:fs'

/**
 * Reads a word list from `data/`: one entry a line, `#` starts a comment, case-folded.
 * Lists are data so that they can be read, reviewed and extended without touching code.
 */
export function readWordList(name: string): Set<string> {
  const url = new URL(`../data/${name}.txt`, import.meta.url)
  const entries = new Set<string>()
  for (const line of readFileSync(url, 'utf8').split(/\r?\n/)) {
    const entry = line.replace(/#.*/, '').trim().toLowerCase()
    if (entry) entries.add(entry)
  }
  return entries
}
