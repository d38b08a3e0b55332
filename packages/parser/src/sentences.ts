import type { Node as NlcstNode, Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import { readWordList } from './lexicon.js'
import type { LineIndex } from './position.js'
import type { Token, TokenKind } from './types.js'

/** A sentence while it is being made: its tokens and the nlcst nodes behind them. */
export interface DraftSentence {
  tokens: Token[]
  nodes: NlcstSentence[]
}

const titles = readWordList('titles')
const months = readWordList('months')
const starters = readWordList('sentence-starters')
const terminalAbbreviations = readWordList('terminal-abbreviations')

const kinds: Record<string, TokenKind> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
  TextNode: 'word',
}

/** The sentences of one block's nlcst tree, offsets shifted back by `delta` into the file. */
export function draftSentences(root: NlcstRoot, delta: number, lines: LineIndex): DraftSentence[] {
  const out: DraftSentence[] = []
  const visit = (node: NlcstNode): void => {
    if (node.type === 'SentenceNode') {
      const sentence = node as NlcstSentence
      const tokens: Token[] = []
      for (const child of sentence.children) {
        const position = child.position
        if (position?.start.offset === undefined || position.end.offset === undefined) continue
        tokens.push({
          kind: kinds[child.type] ?? 'symbol',
          value: nlcstToString(child),
          start: lines.pointAt(position.start.offset + delta),
          end: lines.pointAt(position.end.offset + delta),
        })
      }
      if (tokens.some((token) => token.kind !== 'whitespace'))
        out.push({ tokens, nodes: [sentence] })
      return
    }
    if ('children' in node)
      for (const child of (node as { children: NlcstNode[] }).children) visit(child)
  }
  visit(root)
  return fixBoundaries(out)
}

/** Repairs the boundaries parse-english gets wrong on news copy. */
export function fixBoundaries(sentences: DraftSentence[]): DraftSentence[] {
  const split: DraftSentence[] = []
  for (const sentence of sentences) split.push(...splitMissed(sentence))
  const merged: DraftSentence[] = []
  for (const sentence of split) {
    const previous = merged.at(-1)
    if (previous && shouldJoin(previous.tokens, sentence.tokens)) {
      previous.tokens.push(...sentence.tokens)
      for (const node of sentence.nodes)
        if (!previous.nodes.includes(node)) previous.nodes.push(node)
    } else {
      merged.push({ tokens: [...sentence.tokens], nodes: [...sentence.nodes] })
    }
  }
  return merged.map(trimWhitespace).filter((s) => s.tokens.length > 0)
}

/** "rose 30. Officials said", "at 9 a.m. Police arrived", "in the U.S. He said". */
function splitMissed(sentence: DraftSentence): DraftSentence[] {
  const parts: DraftSentence[] = []
  let from = 0
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length - 2; i++) {
    const token = tokens[i] as Token
    if (token.kind !== 'word' || token.value.length < 2 || !token.value.endsWith('.')) continue
    if ((tokens[i + 1] as Token).kind !== 'whitespace') continue
    const next = firstWordFrom(tokens, i + 2)
    if (!next || !/^\p{Lu}/u.test(next.value)) continue
    const stem = token.value.slice(0, -1).toLowerCase()
    const nextLower = next.value.toLowerCase()
    let ends = false
    if (/^\d[\d,]*$/.test(stem))
      ends = !months.has(previousWord(tokens, i)?.value.toLowerCase() ?? '')
    else if (stem === 'a.m' || stem === 'p.m') ends = !months.has(nextLower.slice(0, 3))
    else if (terminalAbbreviations.has(stem)) ends = starters.has(nextLower)
    if (!ends) continue
    parts.push({ tokens: tokens.slice(from, i + 1), nodes: sentence.nodes })
    from = i + 1
  }
  if (from === 0) return [sentence]
  parts.push({ tokens: tokens.slice(from), nodes: sentence.nodes })
  return parts
}

function shouldJoin(previous: Token[], next: Token[]): boolean {
  const content = previous.filter((t) => t.kind !== 'whitespace')
  const last = content.at(-1)
  const beforeLast = content.at(-2)
  const first = next.find((t) => t.kind !== 'whitespace')
  if (!last || !first) return false
  // “…,” said X. — a quote and its attribution are one unit for the rules.
  if (isClosingQuote(last.value) && beforeLast) {
    if (beforeLast.value === ',') return true
    if ((beforeLast.value === '?' || beforeLast.value === '!') && /^\p{Ll}/u.test(first.value))
      return true
  }
  // "Mr. Smith", "Gen. Lee", "No. 5": a title never ends a sentence.
  const word =
    last.kind === 'word' ? last.value : last.value === '.' ? beforeLast?.value : undefined
  if (word) {
    const stem = word.replace(/\.$/, '').toLowerCase()
    if (titles.has(stem) && (stem !== 'no' || /^\d/.test(first.value))) return true
    if (months.has(stem) && /^\d/.test(first.value)) return true
  }
  return false
}

function isClosingQuote(value: string): boolean {
  return value === '”' || value === '"' || value === '’' || value === "'" || value === '»' || value === "''"
}

function firstWordFrom(tokens: Token[], index: number): Token | undefined {
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'word') return token
    if (token.kind === 'whitespace') return undefined
  }
  return undefined
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0; i--) if ((tokens[i] as Token).kind === 'word') return tokens[i]
  return undefined
}

function trimWhitespace(sentence: DraftSentence): DraftSentence {
  let start = 0
  let end = sentence.tokens.length
  while (start < end && (sentence.tokens[start] as Token).kind === 'whitespace') start++
  while (end > start && (sentence.tokens[end - 1] as Token).kind === 'whitespace') end--
  return { tokens: sentence.tokens.slice(start, end), nodes: sentence.nodes }
}
