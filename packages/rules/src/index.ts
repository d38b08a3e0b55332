export { type AnalyzeOptions, analyze, findLede } from './analyze.js'
export {
  type ListChanges,
  type ListName,
  listNames,
  loadLexicons,
  type PhraseList,
  phraseList,
} from './lexicons.js'
export type * from './types.js'
