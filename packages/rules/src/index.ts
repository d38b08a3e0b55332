export { type AnalyzeOptions, analyze, findLede } from './analyze.js'
export {
  type ConfigProblem,
  type LintConfig,
  normalizeSeverity,
  type OptionSpec,
  type RuleOptions,
  type RuleSetting,
  type Severity,
  type SeverityInput,
  validateLintConfig,
} from './config.js'
export {
  type ListChanges,
  type ListName,
  listNames,
  loadLexicons,
  type PhraseList,
  phraseList,
} from './lexicons.js'
export { type LintResult, lint, lintWithSuppressed, rules } from './lint.js'
export type { ControlComment, ControlKind, SuppressedMessage } from './message-control.js'
export { informs, isRefusal, type RuleMeta } from './rule.js'
export type * from './types.js'
export { default as onrecord, type OnrecordPluginOptions } from './unified-plugin.js'
