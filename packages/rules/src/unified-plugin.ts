import { formatFromPath, type InputFormat, parse } from '@onrecord/parser'
import type { VFile } from 'vfile'
import { type AnalyzeOptions, analyze } from './analyze.js'
import type { LintConfig } from './config.js'
import { lint } from './lint.js'

export interface OnrecordPluginOptions extends AnalyzeOptions, LintConfig {
  /** The format of the file; by default from its extension, else Markdown (this is a remark plugin). */
  format?: InputFormat
}

/**
 * onrecord as a unified plugin, for people with their own pipeline:
 *
 *     unified().use(remarkParse).use(onrecord).process(file)
 *
 * The checks run on the file's original text (onrecord needs its own sentence and quote model,
 * with positions into that text), and the lint messages land on the file like any other
 * unified plugin's, with `ruleId`, `source: 'onrecord'`, `url`, `actual` and `expected`.
 */
export default function onrecord(options: OnrecordPluginOptions = {}) {
  const { format, lexicons, rules } = options
  return (_tree: unknown, file: VFile): undefined => {
    const known = file.path && /\.(?:md|markdown|mdown|mkd|txt|text|html?|xhtml)$/i.test(file.path)
    const doc = parse(file, { format: format ?? (known ? formatFromPath(file.path) : 'markdown') })
    lint(analyze(doc, lexicons ? { lexicons } : {}), rules ? { rules } : {})
    return undefined
  }
}
