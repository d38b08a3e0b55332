import { createHash } from 'node:crypto'
import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FormatOptions, Report, ReportMessage, RuleDescriptor, Severity } from '../types.js'

/** The rule id given to a message that has none. */
const UNKNOWN_RULE = 'onrecord'

const levels: Record<Severity | 'off', 'error' | 'warning' | 'note' | 'none'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  off: 'none',
}

const languages = { markdown: 'markdown', html: 'html', text: 'plaintext' } as const

function isAbsoluteUri(value: string | null | undefined): value is string {
  if (!value) return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** The artifact location of a report's file: a relative URI under %SRCROOT%, or a file: URL. */
function artifactLocation(file: string | null): { uri: string; uriBaseId?: string } {
  if (file === null || file === '' || file === '-') return { uri: 'stdin' }
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href }
  const uri = file
    .split(/[\\/]+/)
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
  return { uri: uri === '' ? 'stdin' : uri, uriBaseId: '%SRCROOT%' }
}

/** `anonymous-without-reason` → `AnonymousWithoutReason`, SARIF's suggested rule name form. */
function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('')
  return name === '' ? 'Rule' : name
}

function descriptorJson(rule: RuleDescriptor) {
  const severity = rule.defaultSeverity ?? 'warning'
  const url = isAbsoluteUri(rule.url) ? rule.url : undefined
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description || rule.id },
    fullDescription: { text: rule.description || rule.id },
    ...(url ? { helpUri: url } : {}),
    help: {
      text: url ? `${rule.description || rule.id} See ${url}` : rule.description || rule.id,
      markdown: url
        ? `${escapeSarifMarkdown(rule.description || rule.id)} [Documentation](${url})`
        : escapeSarifMarkdown(rule.description || rule.id),
    },
    defaultConfiguration: { level: levels[severity], enabled: severity !== 'off' },
    properties: { tags: ['sourcing', 'journalism'] },
  }
}

function escapeSarifMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, '\\$&')
}

function region(report: Report, message: ReportMessage) {
  const { start, end } = message
  if (!start) return undefined
  const stop = end && end.offset >= start.offset ? end : start
  const text = report.article?.text
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: stop.line,
    endColumn: stop.column,
    charOffset: start.offset,
    charLength: stop.offset - start.offset,
    ...(text !== undefined && stop.offset > start.offset
      ? { snippet: { text: text.slice(start.offset, stop.offset) } }
      : {}),
  }
}

/**
 * SARIF 2.1.0: one run, one artifact per report (its score and grade in the artifact's
 * properties), one result per lint message with its region, one rule descriptor per rule —
 * from `options.ruleDescriptors` when given, else made from the messages themselves.
 */
export function sarif(reports: readonly Report[], options: FormatOptions = {}): string {
  const rules = new Map<string, RuleDescriptor>()
  for (const rule of options.ruleDescriptors ?? [])
    if (!rules.has(rule.id)) rules.set(rule.id, rule)
  for (const report of reports)
    for (const message of report.messages) {
      const id = message.ruleId ?? UNKNOWN_RULE
      if (!rules.has(id))
        rules.set(id, {
          id,
          description:
            id === UNKNOWN_RULE
              ? 'A message from onrecord with no rule id.'
              : `onrecord rule ${id}.`,
          url: message.url,
          defaultSeverity: message.severity,
        })
    }
  const ruleIndex = new Map([...rules.keys()].map((id, index) => [id, index]))

  const artifacts = reports.map((report) => ({
    location: artifactLocation(report.file),
    sourceLanguage: languages[report.meta.format],
    ...(report.article ? { length: report.article.text.length } : {}),
    properties: {
      sourcingScore: report.score.value,
      sourcingGrade: report.score.grade,
      words: report.words,
    },
  }))

  const results = reports.flatMap((report, artifactIndex) => {
    const seen = new Map<string, number>()
    return report.messages.map((message) => {
      const id = message.ruleId ?? UNKNOWN_RULE
      const where = region(report, message)
      const physicalLocation = {
        artifactLocation: { ...artifactLocation(report.file), index: artifactIndex },
        ...(where ? { region: where } : {}),
      }
      const basis = `${id}\u0000${where?.snippet?.text ?? message.reason}`
      const occurrence = seen.get(basis) ?? 0
      seen.set(basis, occurrence + 1)
      const fingerprint = createHash('sha256')
        .update(`${basis}\u0000${occurrence}`)
        .digest('hex')
        .slice(0, 32)
      const fix =
        where && message.expected && message.expected.length > 0 && message.actual !== null
          ? [
              {
                description: {
                  text: `Replace “${message.actual}” with “${message.expected[0]}”`,
                },
                artifactChanges: [
                  {
                    artifactLocation: physicalLocation.artifactLocation,
                    replacements: [
                      {
                        deletedRegion: {
                          charOffset: where.charOffset,
                          charLength: where.charLength,
                        },
                        insertedContent: { text: message.expected[0] as string },
                      },
                    ],
                  },
                ],
              },
            ]
          : undefined
      return {
        ruleId: id,
        ruleIndex: ruleIndex.get(id) as number,
        level: levels[message.severity],
        message: { text: message.reason || id },
        locations: [{ physicalLocation }],
        partialFingerprints: { 'onrecordMessage/v1': fingerprint },
        ...(fix ? { fixes: fix } : {}),
        ...(message.note ? { properties: { note: message.note } } : {}),
      }
    })
  })

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'onrecord',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules: [...rules.values()].map(descriptorJson),
          },
        },
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
