import { readFileSync, realpathSync, statSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Ignore } from 'ignore'
import { suggest } from './args.js'
import type { ConfigResolver } from './config-files.js'
import { displayPath } from './config-files.js'
import { describeFsError, UsageError } from './errors.js'

/** Extensions a directory walk picks up. */
export const articleExtensions = ['.md', '.markdown', '.txt', '.html', '.htm'] as const

/** The name of the ignore file, found in the folder of each file and every folder above it. */
export const ignoreFileName = '.onrecordignore'

/** Folders a walk never enters. */
const skippedDirectories = new Set(['node_modules', '.git', '.hg', '.svn'])

/** One article to check. */
export interface InputFile {
  /** Absolute path, or `-` for standard input. */
  path: string
  /** The path as shown in messages and reports. */
  label: string
}

/** Something to tell the user about the inputs: an error (the run will fail) or a warning. */
export interface InputNotice {
  severity: 'error' | 'warning'
  message: string
}

export interface ExpandOptions {
  cwd: string
  configs: ConfigResolver
  /** Use this ignore file instead of looking for `.onrecordignore` files (`--ignore-path`). */
  ignorePath?: string | undefined
  /** More patterns, relative to `cwd` (`--ignore-pattern`). */
  ignorePatterns?: readonly string[] | undefined
  /** Turn every ignore source off (`--no-ignore`). */
  noIgnore?: boolean | undefined
}

interface Matcher {
  base: string
  ignore: Ignore
}

type IgnoreFactory = () => Ignore
let ignoreFactory: IgnoreFactory | undefined

/**
 * A new `.gitignore` matcher. The `ignore` package is loaded the first time there is a pattern
 * to match (an ignore file, `ignorePatterns`, `--ignore-pattern`): most runs have none.
 */
function ignore(): Ignore {
  if (!ignoreFactory) {
    // CommonJS: `module.exports` is the factory (a bundler's namespace object has it as `default`).
    const loaded = createRequire(import.meta.url)('ignore') as
      | IgnoreFactory
      | { default: IgnoreFactory }
    ignoreFactory = typeof loaded === 'function' ? loaded : loaded.default
  }
  return ignoreFactory()
}

/**
 * Decides whether a path is ignored, with `.gitignore` semantics: `.onrecordignore` files from
 * the root down to the file's folder (a deeper file can re-include with `!`), then the
 * configuration's `ignorePatterns` (relative to the configuration file), then
 * `--ignore-pattern` (relative to the working folder).
 */
export class IgnoreRules {
  private readonly options: ExpandOptions
  private readonly chains = new Map<string, Matcher[]>()
  private readonly fileMatchers = new Map<string, Matcher | null>()
  private readonly configMatchers = new Map<string, Matcher>()
  private readonly explicit: Matcher | null
  private readonly cli: Matcher | null

  constructor(options: ExpandOptions) {
    this.options = options
    this.explicit = null
    if (options.ignorePath !== undefined) {
      const path = resolve(options.cwd, options.ignorePath)
      const matcher = this.readIgnoreFile(path)
      if (!matcher)
        throw new UsageError(`--ignore-path ${options.ignorePath}: cannot read the file`)
      this.explicit = matcher
    }
    this.cli =
      options.ignorePatterns && options.ignorePatterns.length > 0
        ? { base: resolve(options.cwd), ignore: ignore().add([...options.ignorePatterns]) }
        : null
  }

  /** Whether an absolute path (a folder when `directory`) is ignored. */
  ignores(path: string, directory = false): boolean {
    if (this.options.noIgnore) return false
    let ignored = false
    const apply = (matcher: Matcher) => {
      const rel = relative(matcher.base, path)
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return
      const result = matcher.ignore.test(toPosix(rel) + (directory ? '/' : ''))
      if (result.ignored) ignored = true
      else if (result.unignored) ignored = false
    }
    const chain = this.explicit ? [this.explicit] : this.chainFor(dirname(path))
    for (const matcher of chain) apply(matcher)
    const config = this.options.configs.findFor(path)
    if (config) {
      const matcher = this.configMatcher(config.path, config.config.ignorePatterns)
      if (matcher) apply(matcher)
    }
    if (this.cli) apply(this.cli)
    return ignored
  }

  private configMatcher(
    configPath: string,
    patterns: readonly string[] | undefined,
  ): Matcher | null {
    if (!patterns || patterns.length === 0) return null
    let matcher = this.configMatchers.get(configPath)
    if (!matcher) {
      matcher = { base: dirname(configPath), ignore: ignore().add([...patterns]) }
      this.configMatchers.set(configPath, matcher)
    }
    return matcher
  }

  /** Ignore files from the root down to `directory`. */
  private chainFor(directory: string): Matcher[] {
    const cached = this.chains.get(directory)
    if (cached) return cached
    const parent = dirname(directory)
    const above = parent === directory ? [] : this.chainFor(parent)
    const here = this.ignoreFileIn(directory)
    const chain = here ? [...above, here] : above
    this.chains.set(directory, chain)
    return chain
  }

  private ignoreFileIn(directory: string): Matcher | null {
    const path = join(directory, ignoreFileName)
    let matcher = this.fileMatchers.get(path)
    if (matcher === undefined) {
      matcher = this.readIgnoreFile(path)
      this.fileMatchers.set(path, matcher)
    }
    return matcher
  }

  private readIgnoreFile(path: string): Matcher | null {
    try {
      if (!statSync(path).isFile()) return null
      return {
        base: dirname(path),
        ignore: ignore().add(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')),
      }
    } catch {
      return null
    }
  }
}

function toPosix(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path
}

function hasArticleExtension(path: string): boolean {
  return (articleExtensions as readonly string[]).includes(extname(path).toLowerCase())
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Turns command-line inputs into the files to check, in a stable order: each argument in the
 * order given; a folder walked depth-first in name order for `.md`, `.markdown`, `.txt`,
 * `.html` and `.htm` files (skipping dot files, `node_modules` and ignored paths); a glob's
 * matches sorted. A file reached twice is checked once. A missing file or a pattern that
 * matches nothing is an error notice, and the rest still run.
 */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<{ files: InputFile[]; notices: InputNotice[]; multi: boolean }> {
  const rules = new IgnoreRules(options)
  const files: InputFile[] = []
  const notices: InputNotice[] = []
  const seen = new Set<string>()
  // A folder or a glob stands for many files, however many it finds.
  let multi = false
  const add = (path: string) => {
    if (seen.has(path)) return false
    seen.add(path)
    files.push({ path, label: displayPath(path, options.cwd) })
    return true
  }

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) {
        seen.add('-')
        files.push({ path: '-', label: '-' })
      }
      continue
    }
    const path = resolve(options.cwd, arg)
    let info: Awaited<ReturnType<typeof stat>> | null = null
    try {
      info = await stat(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        notices.push({ severity: 'error', message: `${arg}: ${describeFsError(error)}` })
        continue
      }
    }
    if (info?.isDirectory()) {
      multi = true
      const before = files.length
      await walk(path, rules, add, notices, options.cwd, new Set())
      if (files.length === before)
        notices.push({
          severity: 'error',
          message: `${arg}: no ${articleExtensions.join(', ')} files found in this folder (or all are ignored)`,
        })
      continue
    }
    if (info) {
      if (rules.ignores(path)) {
        notices.push({
          severity: 'warning',
          message: `${displayPath(path, options.cwd)}: ignored by an ignore pattern, skipped (use --no-ignore to check it)`,
        })
        continue
      }
      add(path)
      continue
    }
    if (/[*?[\]{}()!+@]/.test(arg) && (await import('tinyglobby')).isDynamicPattern(arg)) {
      multi = true
      const matches = await expandGlob(arg, options.cwd)
      const wanted = matches.filter(
        (m) => (globNamesExtension(arg) || hasArticleExtension(m)) && !rules.ignores(m),
      )
      if (wanted.length === 0) {
        notices.push({
          severity: 'error',
          message: `${arg}: no files match this pattern (or all are ignored)`,
        })
        continue
      }
      for (const match of wanted) add(match)
      continue
    }
    // `onrecord reprot x.md`: a missing "file" that looks like a mistyped command.
    const command = /^[a-z]+$/.test(arg)
      ? suggest(arg, ['lint', 'report', 'rules', 'init', 'help'])
      : null
    notices.push({
      severity: 'error',
      message: `${arg}: no such file or directory${command ? ` (did you mean onrecord ${command}?)` : ''}`,
    })
  }
  return { files, notices, multi }
}

/** A glob whose last segment names an extension (`*.rst`) takes every match; others only articles. */
function globNamesExtension(pattern: string): boolean {
  const last = pattern.split(/[\\/]/).at(-1) ?? ''
  return /\.[A-Za-z0-9{},]+\}?$/.test(last) && !/\*$/.test(last)
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby')
  const matches = await glob(pattern, {
    cwd,
    absolute: true,
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: true,
    ignore: ['**/node_modules/**', '**/.git/**'],
  })
  return matches.map((m) => resolve(m)).sort(byCodeUnit)
}

async function walk(
  directory: string,
  rules: IgnoreRules,
  add: (path: string) => boolean,
  notices: InputNotice[],
  cwd: string,
  visited: Set<string>,
): Promise<void> {
  let real: string
  try {
    real = realpathSync(directory)
  } catch {
    real = directory
  }
  // A symbolic link back up the tree would loop forever.
  if (visited.has(real)) return
  visited.add(real)
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(directory, { withFileTypes: true })
  } catch (error) {
    notices.push({
      severity: 'error',
      message: `${displayPath(directory, cwd)}: ${describeFsError(error)}`,
    })
    return
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(directory, entry.name)
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path)
        isDirectory = target.isDirectory()
        isFile = target.isFile()
      } catch {
        continue // a dangling link
      }
    }
    if (isDirectory) {
      if (skippedDirectories.has(entry.name) || rules.ignores(path, true)) continue
      await walk(path, rules, add, notices, cwd, visited)
    } else if (isFile && hasArticleExtension(entry.name) && !rules.ignores(path)) add(path)
  }
}
