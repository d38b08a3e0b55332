import type { VFile } from 'vfile'
import { parse as parseYaml } from 'yaml'
import type { FrontMatter } from './types.js'

/** YAML front matter: its `title`, `author` and `date` for the report. Never executes anything. */
export function readFrontMatter(source: string, file: VFile): FrontMatter | null {
  let data: unknown
  try {
    data = parseYaml(source, { schema: 'core' })
  } catch (error) {
    file.message(`Cannot read front matter: ${(error as Error).message.split('\n')[0]}`, {
      ruleId: 'front-matter',
      source: 'onrecord',
    })
    return null
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { data: {} }
  const record = data as Record<string, unknown>
  const frontMatter: FrontMatter = { data: record }
  const text = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value
      : value instanceof Date
        ? value.toISOString().slice(0, 10)
        : typeof value === 'number'
          ? String(value)
          : undefined
  const title = text(record.title)
  const author =
    text(record.author) ??
    (Array.isArray(record.authors)
      ? record.authors.filter((a) => typeof a === 'string').join(', ')
      : undefined)
  const date = text(record.date)
  if (title !== undefined) frontMatter.title = title
  if (author !== undefined && author !== '') frontMatter.author = author
  if (date !== undefined) frontMatter.date = date
  return frontMatter
}
