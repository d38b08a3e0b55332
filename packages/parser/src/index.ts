export { formatFromPath, inputFormats } from './format.js'
export { readWordList } from './lexicon.js'
export { parse } from './parse.js'
export { ParseCache } from './parse-cache.js'
export { LineIndex } from './position.js'
export type {
  Block,
  BlockKind,
  Doc,
  FrontMatter,
  InputFormat,
  ParseOptions,
  Point,
  Quote,
  QuoteMarkStyle,
  Sentence,
  Span,
  Token,
  TokenKind,
  UnbalancedMark,
} from './types.js'
