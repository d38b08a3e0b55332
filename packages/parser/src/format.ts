import type { InputFormat } from './types.js'

const byExtension: Record<string, InputFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
}

/** Format from a file name's extension; plain text when there is no name or it is unknown. */
export function formatFromPath(path: string | undefined): InputFormat {
  if (!path) return 'text'
  const dot = path.lastIndexOf('.')
  if (dot === -1 || dot < path.lastIndexOf('/')) return 'text'
  return byExtension[path.slice(dot + 1).toLowerCase()] ?? 'text'
}

export const inputFormats: readonly InputFormat[] = ['markdown', 'text', 'html']
