export type { SeveritySetting } from './catalog.js'
export {
  type CheckInput,
  type CheckOptions,
  type CheckResult,
  check,
  findConfig,
  loadConfig,
  resolveConfigFor,
} from './check.js'
export { run } from './cli.js'
export type {
  Config,
  ConfigOverrides,
  EffectiveRule,
  PresetName,
  ResolvedConfig,
  RuleSetting,
} from './config.js'
export { presetNames } from './config.js'
export { ConfigResolver, configFileNames, type LoadedConfig } from './config-files.js'
export { ConfigError, FileError, UsageError, UserError } from './errors.js'
export type { IO } from './io.js'
