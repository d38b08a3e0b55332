import type { FormatName } from '../types.js'

/** The format names, in the order the CLI lists them. */
export const formatNames: readonly FormatName[] = Object.freeze([
  'text',
  'json',
  'jsonl',
  'markdown',
  'sarif',
  'html',
])
