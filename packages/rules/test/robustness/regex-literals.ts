import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Finds the regular expressions written in TypeScript source, without running it or relying
 * on a compiler API (TypeScript 7's compiler is native and has none): a small scanner that
 * walks the text once, skipping comments, strings and template literals (with `${…}` nested
 * to any depth), and tells a regular expression literal from a division by the token before
 * the slash — after an identifier, a number, a string or a closing `)` / `]` a slash divides;
 * anywhere else (after `(`, `,`, `=`, `:`, `[`, `!`, `&`, `|`, `?`, `{`, `}`, `;`, an operator
 * or a keyword such as `return`) it opens a regular expression. It also reports every
 * `new RegExp(` / `RegExp(` call, so a pattern built at run time cannot slip past unseen.
 *
 * Nothing here uses a regular expression on the source itself: the scanner is linear and
 * cannot be made to backtrack by what it reads.
 */

export interface RegexLiteral {
  file: string
  line: number
  source: string
  flags: string
}

export interface RegexConstructor {
  file: string
  line: number
  /** The source text from `RegExp(` to the end of that line, for the message. */
  snippet: string
}

export interface ScanResult {
  literals: RegexLiteral[]
  constructors: RegexConstructor[]
}

const keywordsBeforeExpression = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
])

const isIdentifierStart = (c: string) =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' || c > '\u007f'
const isIdentifierPart = (c: string) => isIdentifierStart(c) || (c >= '0' && c <= '9')
const isDigit = (c: string) => c >= '0' && c <= '9'
const isSpace = (c: string) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' || c === '\ufeff'

export function scanSource(text: string, file = '<source>'): ScanResult {
  const literals: RegexLiteral[] = []
  const constructors: RegexConstructor[] = []
  let line = 1
  let i = 0
  // What the last significant token was: 'value' (a slash after it divides) or 'operator'.
  let last: 'value' | 'operator' = 'operator'
  // Template literals: for each open `${`, the brace depth at which it closes.
  const templates: number[] = []
  let braces = 0

  const advance = (to: number) => {
    for (; i < to; i++) if (text[i] === '\n') line++
  }

  const skipString = (quote: string) => {
    let k = i + 1
    while (k < text.length && text[k] !== quote) {
      if (text[k] === '\\') k++
      if (text[k] === '\n' && quote !== '`') break
      k++
    }
    advance(k + 1)
  }

  /** From just after a backtick (or a `}` closing `${…}`), to the end of that template part. */
  const templatePart = () => {
    let k = i
    while (k < text.length) {
      const c = text[k]
      if (c === '\\') {
        k += 2
        continue
      }
      if (c === '`') {
        advance(k + 1)
        last = 'value'
        return
      }
      if (c === '$' && text[k + 1] === '{') {
        advance(k + 2)
        templates.push(braces)
        braces++
        last = 'operator'
        return
      }
      k++
    }
    advance(k)
  }

  while (i < text.length) {
    const c = text[i] as string
    const next = text[i + 1]
    if (isSpace(c)) {
      advance(i + 1)
      continue
    }
    if (c === '/' && next === '/') {
      let k = i
      while (k < text.length && text[k] !== '\n') k++
      advance(k)
      continue
    }
    if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      advance(end === -1 ? text.length : end + 2)
      continue
    }
    if (c === "'" || c === '"') {
      skipString(c)
      last = 'value'
      continue
    }
    if (c === '`') {
      advance(i + 1)
      templatePart()
      continue
    }
    if (c === '/') {
      if (last === 'value') {
        advance(i + 1)
        last = 'operator'
        continue
      }
      // A regular expression literal: to the closing slash outside a character class.
      const startLine = line
      let k = i + 1
      let inClass = false
      while (k < text.length) {
        const d = text[k]
        if (d === '\\') {
          k += 2
          continue
        }
        if (d === '\n') throw new Error(`${file}:${startLine}: unterminated regular expression`)
        if (inClass) {
          if (d === ']') inClass = false
        } else if (d === '[') inClass = true
        else if (d === '/') break
        k++
      }
      const source = text.slice(i + 1, k)
      let f = k + 1
      while (f < text.length && isIdentifierPart(text[f] as string)) f++
      literals.push({ file, line: startLine, source, flags: text.slice(k + 1, f) })
      advance(f)
      last = 'value'
      continue
    }
    if (isIdentifierStart(c)) {
      let k = i + 1
      while (k < text.length && isIdentifierPart(text[k] as string)) k++
      const word = text.slice(i, k)
      if (word === 'RegExp') {
        let p = k
        while (p < text.length && isSpace(text[p] as string)) p++
        if (text[p] === '(') {
          const eol = text.indexOf('\n', i)
          constructors.push({ file, line, snippet: text.slice(i, eol === -1 ? undefined : eol) })
        }
      }
      advance(k)
      last = keywordsBeforeExpression.has(word) ? 'operator' : 'value'
      continue
    }
    if (isDigit(c) || (c === '.' && isDigit(next ?? ''))) {
      let k = i + 1
      while (k < text.length && (isIdentifierPart(text[k] as string) || text[k] === '.')) k++
      advance(k)
      last = 'value'
      continue
    }
    if (c === '{') {
      braces++
      advance(i + 1)
      last = 'operator'
      continue
    }
    if (c === '}') {
      braces--
      advance(i + 1)
      if (templates.length && templates.at(-1) === braces) {
        templates.pop()
        templatePart()
        continue
      }
      last = 'operator'
      continue
    }
    advance(i + 1)
    last = c === ')' || c === ']' ? 'value' : 'operator'
  }
  return { literals, constructors }
}

/** Every `.ts` file under `dir`, recursively, sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path)
  }
  return out.sort()
}

/** Scans every `packages/<name>/src/**\/*.ts` under `root`. */
export function scanPackages(root: string): ScanResult {
  const result: ScanResult = { literals: [], constructors: [] }
  const packages = join(root, 'packages')
  for (const name of readdirSync(packages).sort()) {
    let files: string[]
    try {
      files = sourceFiles(join(packages, name, 'src'))
    } catch {
      continue
    }
    for (const path of files) {
      const scanned = scanSource(readFileSync(path, 'utf8'), relative(root, path))
      result.literals.push(...scanned.literals)
      result.constructors.push(...scanned.constructors)
    }
  }
  return result
}
