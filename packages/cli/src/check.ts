import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { InputFormat, ParseCache } from '@onrecord/parser'
import type { Report } from '@onrecord/reporter'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { SeveritySetting } from './catalog.js'
import {
  type Config,
  type ConfigOverrides,
  type PresetName,
  type ResolvedConfig,
  resolveConfig,
  validateConfig,
} from './config.js'
import { ConfigResolver, type LoadedConfig, loadConfigFile } from './config-files.js'
import { decodeText } from './decode.js'
import { describeFsError, FileError } from './errors.js'
import { type Article, lintPipeline, type PipelineOptions, reportOf } from './pipeline.js'
import { tooLarge } from './read.js'

/** What `check` reads: the article text, or a file (read when `value` is absent). */
export type CheckInput =
  | string
  | { path?: string | undefined; value?: string | Uint8Array | undefined }

export interface CheckOptions {
  /** Where relative paths and configuration discovery start (default: `process.cwd()`). */
  cwd?: string | undefined
  /**
   * The configuration: an object to use as it is (checked like a file), a path to a
   * configuration file, `false` for none, or absent to find the nearest one to `input.path`
   * (or to `cwd` for text without a path), as the command line does.
   */
  config?: Config | string | false | undefined
  preset?: PresetName | undefined
  /** Rule severities over the configuration, like `--rule`. */
  rules?: Record<string, SeveritySetting> | undefined
  /** Overrides detection from the path's extension. */
  format?: InputFormat | undefined
  /** Keep the article text and blocks in the report (default true). */
  text?: boolean | undefined
  /**
   * Reuse the parse of what did not change since the last check with this cache — for an
   * editor checking version after version of one buffer. The result (its report, and
   * `file.data.analysis`) is right until the next check with the same cache: it shares the
   * unchanged parts, and the next check may move them.
   */
  parseCache?: ParseCache | undefined
}

export interface CheckResult {
  /**
   * The sourcing report (the JSON contract). Made when it is first read, so a caller that
   * wants only the messages does not pay for it.
   */
  readonly report: Report
  /** The lint messages as vfile messages (`ruleId`, `source`, `url`, `actual`, `expected`, `note`). */
  messages: VFileMessage[]
  /** The vfile the pipeline ran on, with `data.analysis`. */
  file: VFile
  /** The configuration used. */
  config: ResolvedConfig
  /** Problems met decoding the input (invalid UTF-8 replaced …). */
  warnings: string[]
}

/**
 * Checks one article, as `onrecord report` does: `parse` → `analyze` → `lint` → `report`, with
 * the configuration found the same way. A string is the article's text; `{ path }` reads the
 * file; `{ path, value }` checks `value` as if it were that file (its format and configuration
 * come from the path, which is never read).
 *
 * ```js
 * import { check } from '@onrecord/cli'
 * const { report, messages } = await check({ path: 'draft.md' })
 * console.log(report.score.value, report.score.grade, messages.length)
 * ```
 */
export async function check(input: CheckInput, options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const path = typeof input === 'string' ? undefined : input.path
  const overrides: ConfigOverrides = { preset: options.preset, rules: options.rules }
  const config = resolveCheckConfig(path, options, overrides, cwd)

  let text: string
  const warnings: string[] = []
  const value = typeof input === 'string' ? input : input.value
  if (typeof value === 'string') text = value.replace(/^\uFEFF/, '')
  else {
    let bytes: Uint8Array
    if (value !== undefined) bytes = value
    else {
      if (path === undefined)
        throw new TypeError('check: give the text, or { path } of a file to read')
      const absolute = resolve(cwd, path)
      try {
        bytes = await readFile(absolute)
      } catch (error) {
        throw new FileError(path, describeFsError(error))
      }
    }
    if (bytes.length > config.maxFileSize)
      throw tooLarge(path ?? '<text>', bytes.length, config.maxFileSize)
    const decoded = decodeText(bytes)
    if (!decoded.ok) throw new FileError(path ?? '<text>', decoded.reason)
    text = decoded.value.text
    warnings.push(...decoded.value.warnings)
  }
  const article: Article = { text, path: path ?? null, format: options.format }
  const pipelineOptions: PipelineOptions = {
    text: options.text ?? true,
    parseCache: options.parseCache,
  }
  const { analysis, messages, file } = lintPipeline(article, config, pipelineOptions)
  let report: Report | undefined
  return {
    get report(): Report {
      report ??= reportOf(analysis, messages, article, config, pipelineOptions)
      return report
    },
    messages,
    file,
    config,
    warnings,
  }
}

function resolveCheckConfig(
  path: string | undefined,
  options: CheckOptions,
  overrides: ConfigOverrides,
  cwd: string,
): ResolvedConfig {
  const { config } = options
  if (config !== undefined && config !== false && typeof config === 'object')
    return resolveConfig(validateConfig(config, null), null, overrides)
  const resolver = new ConfigResolver({
    configPath: typeof config === 'string' ? resolve(cwd, config) : undefined,
    noConfig: config === false,
    overrides,
    cwd,
  })
  return resolver.resolveFor(resolve(cwd, path ?? 'article.md'))
}

/**
 * Reads and checks one configuration file (`.onrecordrc`, `.json`, `.yaml`, `.yml` or a
 * `package.json` with an `onrecord` key). Throws a `ConfigError` naming the file and key.
 */
export async function loadConfig(path: string): Promise<Config> {
  const loaded = loadConfigFile(path)
  return loaded?.config ?? {}
}

/**
 * The configuration file that applies to `file` — the nearest one in its folder or above — or
 * null when there is none: the discovery the command line uses, for editors and other tools.
 */
export async function findConfig(
  file: string,
  options: { cwd?: string } = {},
): Promise<LoadedConfig | null> {
  return new ConfigResolver({ cwd: options.cwd }).findFor(
    resolve(options.cwd ?? process.cwd(), file),
  )
}

/**
 * The full configuration `file` is checked with (preset, configuration file and overrides
 * merged). Keep one `ConfigResolver` to reuse its per-folder cache across many files.
 */
export function resolveConfigFor(
  file: string,
  options: { cwd?: string; config?: string | false; overrides?: ConfigOverrides } = {},
): ResolvedConfig {
  return new ConfigResolver({
    cwd: options.cwd,
    configPath: typeof options.config === 'string' ? options.config : undefined,
    noConfig: options.config === false,
    overrides: options.overrides,
  }).resolveFor(resolve(options.cwd ?? process.cwd(), file))
}
