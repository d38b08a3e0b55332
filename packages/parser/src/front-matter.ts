import { createRequire } from 'node:module'
import type { VFile } from 'vfile'
import type { FrontMatterSource } from './blocks-markdown.js'
import type { FrontMatter } from './types.js'

type Yaml = typeof import('yaml')
let yaml: Yaml | undefined

/** The YAML parser (71 CommonJS modules), loaded the first time an article has front matter. */
function loadYaml(): Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml
  return yaml
}

/**
 * YAML front matter: its `title`, `author` and `date` for the report. Never executes
 * anything (the core schema has no custom tags). YAML that cannot be read gives a message on
 * the file, at the place of the error, and no front matter — never an exception.
 */
export function readFrontMatter(source: FrontMatterSource, file: VFile): FrontMatter | null {
  const { parse: parseYaml, YAMLError } = loadYaml()
  let data: unknown
  try {
    data = parseYaml(source.value, { schema: 'core' })
  } catch (error) {
    // The first line of the message, without yaml's own line count (the place says where).
    const reason = ((error as Error).message.split('\n')[0] ?? '').replace(
      / at line \d+, column \d+:?$/,
      '',
    )
    const start = source.position?.start
    const at = error instanceof YAMLError ? error.linePos?.[0] : undefined
    // The YAML begins on the line after the opening fence.
    const place =
      start && at ? { line: start.line + at.line, column: at.col } : (source.position ?? undefined)
    file.message(`Cannot read front matter: ${reason}`, {
      ...(place ? { place } : {}),
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
