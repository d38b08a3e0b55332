import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, resolve } from 'node:path'
import {
  type Config,
  type ConfigOverrides,
  type ResolvedConfig,
  resolveConfig,
  validateConfig,
} from './config.js'
import { ConfigError, describeFsError } from './errors.js'

/**
 * Configuration file names, in the order they win when a folder has more than one. JSON and
 * YAML only: a configuration file is data and never runs code.
 */
export const configFileNames = [
  '.onrecordrc',
  '.onrecordrc.json',
  '.onrecordrc.yaml',
  '.onrecordrc.yml',
  'package.json',
] as const

/** A configuration file, read and checked. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string
  config: Config
}

const MAX_CONFIG_SIZE = 1024 * 1024

/**
 * Reads and checks one configuration file. `.json` and `package.json` are JSON; `.yaml`,
 * `.yml` and the extensionless `.onrecordrc` are YAML (which JSON is a subset of). In a
 * `package.json` the settings are under the `onrecord` key; a `package.json` without one gives
 * `null`. Every problem is a `ConfigError` naming the file.
 */
export function loadConfigFile(path: string, label = path): LoadedConfig | null {
  const absolute = resolve(path)
  let text: string
  try {
    const stat = statSync(absolute)
    if (stat.isDirectory())
      throw new ConfigError(label, null, 'is a directory, not a configuration file')
    if (stat.size > MAX_CONFIG_SIZE)
      throw new ConfigError(label, null, 'configuration file larger than 1 MB')
    text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '')
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(label, null, `cannot read configuration: ${describeFsError(error)}`)
  }
  const name = basename(absolute)
  let data: unknown
  if (name === 'package.json' || name.endsWith('.json')) {
    try {
      data = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(label, null, `invalid JSON: ${(error as Error).message}`)
    }
    if (name === 'package.json') {
      if (typeof data !== 'object' || data === null || !('onrecord' in data)) return null
      data = (data as { onrecord: unknown }).onrecord
      try {
        return { path: absolute, config: validateConfig(data, label) }
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        throw new ConfigError(
          label,
          error.key ? `onrecord.${error.key}` : 'onrecord',
          error.problem,
        )
      }
    }
  } else {
    data = parseYaml(text, label)
  }
  return { path: absolute, config: validateConfig(data, label) }
}

type Yaml = typeof import('yaml')
let yaml: Yaml | undefined

/** The YAML parser, loaded the first time a YAML configuration is read (it costs start-up time). */
function loadYaml(): Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml
  return yaml
}

function parseYaml(text: string, label: string): unknown {
  const doc = loadYaml().parseDocument(text, {
    // Plain data only: no custom tags, no merge keys, few aliases (no "billion laughs").
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: true,
  })
  // An unknown tag (`!!js/function` …) would silently become a string: say it is not allowed.
  const error = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED')
  if (error) {
    const at = error.linePos?.[0]
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(
      label,
      null,
      `invalid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${message}`,
    )
  }
  try {
    return doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw new ConfigError(label, null, `invalid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
}

/** How configuration is found for each file. */
export interface ConfigSearchOptions {
  /** Use this file for every input instead of searching (`--config`). */
  configPath?: string | undefined
  /** Use no configuration file at all (`--no-config`). */
  noConfig?: boolean | undefined
  /** Command-line settings over any file (`--rule`, `--preset`, `--max-file-size`). */
  overrides?: ConfigOverrides | undefined
  /** The folder relative paths are shown from. */
  cwd?: string | undefined
}

/**
 * Finds the configuration of each file: the nearest configuration file in the file's folder or
 * the closest folder above it, up to the file-system root (unified-engine's rule: the nearest
 * file wins, files further up are not merged in). Results are cached per folder, so a run over
 * an archive reads each configuration file once.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, LoadedConfig | null>()
  private readonly resolved = new Map<string | null, ResolvedConfig>()
  private readonly explicit: LoadedConfig | null | undefined
  private readonly options: ConfigSearchOptions

  constructor(options: ConfigSearchOptions = {}) {
    this.options = options
    if (options.configPath !== undefined) {
      const loaded = loadConfigFile(options.configPath)
      // An explicit package.json without an `onrecord` key is a mistake worth saying.
      if (loaded === null)
        throw new ConfigError(options.configPath, null, 'has no "onrecord" key with settings')
      this.explicit = loaded
    }
  }

  /** The configuration file that applies to `file` (an input path), or null for defaults. */
  findFor(file: string): LoadedConfig | null {
    if (this.options.noConfig) return null
    if (this.explicit !== undefined) return this.explicit
    return this.findInDirectory(dirname(resolve(this.options.cwd ?? '.', file)))
  }

  /** The configuration `file` is checked with. */
  resolveFor(file: string): ResolvedConfig {
    const loaded = this.findFor(file)
    const key = loaded?.path ?? null
    let resolved = this.resolved.get(key)
    if (!resolved) {
      resolved = resolveConfig(loaded?.config ?? {}, key, this.options.overrides)
      this.resolved.set(key, resolved)
    }
    return resolved
  }

  private findInDirectory(directory: string): LoadedConfig | null {
    const visited: string[] = []
    let current = directory
    let found: LoadedConfig | null = null
    for (;;) {
      const cached = this.byDirectory.get(current)
      if (cached !== undefined) {
        found = cached
        break
      }
      visited.push(current)
      const here = this.configIn(current)
      if (here) {
        found = here
        break
      }
      const parent = dirname(current)
      if (parent === current) break
      current = parent
    }
    for (const dir of visited) this.byDirectory.set(dir, found)
    return found
  }

  private configIn(directory: string): LoadedConfig | null {
    for (const name of configFileNames) {
      const path = join(directory, name)
      let isFile = false
      try {
        isFile = statSync(path).isFile()
      } catch {
        continue
      }
      if (!isFile) continue
      const loaded = loadConfigFile(path, this.label(path))
      if (loaded) return loaded
    }
    return null
  }

  private label(path: string): string {
    return displayPath(path, this.options.cwd)
  }
}

/** A path as people read it: relative to the working folder when inside it, forward slashes. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path)
  const base = resolve(cwd)
  if (absolute === base) return '.'
  const prefix =
    base.endsWith('/') || base.endsWith('\\')
      ? base
      : `${base}${process.platform === 'win32' ? '\\' : '/'}`
  const shown = absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute
  return process.platform === 'win32' ? shown.replaceAll('\\', '/') : shown
}
