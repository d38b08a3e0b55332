import { open, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { defaultScoringOptions } from '@onrecord/reporter'
import type { ParsedArgs } from '../args.js'
import { lexiconNames, ruleCatalog } from '../catalog.js'
import { type PresetName, presetNames, presetRules } from '../config.js'
import { configFileNames, displayPath } from '../config-files.js'
import { describeFsError, UsageError, UserError } from '../errors.js'
import type { IO } from '../io.js'

/** The file `onrecord init` writes. */
export const starterConfigName = '.onrecordrc.yaml'

/** A commented starter configuration: every rule at its preset severity, the other keys explained. */
export function starterConfig(preset: PresetName): string {
  const rules = presetRules(preset)
  const catalog = ruleCatalog()
  const idWidth = Math.max(...catalog.map((r) => r.id.length)) + 1
  const grades = defaultScoringOptions.grades
    .map((g) => `{ grade: ${g.grade}, min: ${g.min} }`)
    .join(', ')
  const lines = [
    '# onrecord configuration — https://github.com/onrecord/onrecord/tree/main/packages/cli#configuration',
    '# onrecord uses the nearest .onrecordrc, .onrecordrc.json, .onrecordrc.yaml/.yml or "onrecord" key',
    '# in package.json, looking up from each article. This file is data: it never runs code.',
    '',
    '# Starting severities: default, strict (anonymous sources without a reason and a basis of',
    '# knowledge are errors) or research (every rule on).',
    `preset: ${preset}`,
    '',
    '# Each rule: off, info, warn or error — or [severity, { options }], as in',
    '#   hedge: [warn, { kinds: [epistemic, doxastic] }]',
    '# `onrecord rules` lists the rules and their options.',
    'rules:',
    ...catalog.map(
      (rule) =>
        `  ${`${rule.id}:`.padEnd(idWidth)} ${(rules[rule.id]?.severity ?? rule.defaultSeverity).padEnd(5)}  # ${rule.description}`,
    ),
    '',
    '# Words to add to or remove from the built-in lists, by list name:',
    ...wrap(`${lexiconNames().join(', ')}.`, 92).map((line) => `# ${line}`),
    'lexicons: {}',
    '#  vague-heads:',
    '#    add: [pundits, insiders]',
    '#  cue-verbs:',
    '#    remove: [noted]',
    '',
    '# Score weights and grade thresholds, over the defaults (docs/scoring.md explains each).',
    'scoring: {}',
    `#  grades: [${grades}]`,
    '',
    '# The largest article to read.',
    'maxFileSize: 10MB',
    '',
    '# Files to skip, in .gitignore syntax, relative to this file (.onrecordignore works too).',
    'ignorePatterns: []',
    '#  - drafts/',
    '#  - "**/*.draft.md"',
    '',
  ]
  return lines.join('\n')
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * `onrecord init [DIR]`: writes a commented `.onrecordrc.yaml`. It never overwrites: when the
 * folder already has a configuration file (or a package.json with an "onrecord" key), it
 * says so and exits with 2.
 */
export async function runInit(parsed: ParsedArgs, io: IO): Promise<number> {
  const o = parsed.options
  if (parsed.inputs.length > 1) throw new UsageError('onrecord init takes at most one folder')
  const preset = (o.preset ?? 'default') as PresetName
  if (!presetNames.includes(preset))
    throw new UsageError(`unknown preset "${preset}"; expected one of ${presetNames.join(', ')}`)
  const directory = resolve(io.cwd, parsed.inputs[0] ?? '.')
  for (const name of configFileNames) {
    const path = join(directory, name)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      continue
    }
    if (name === 'package.json') {
      let hasKey = false
      try {
        hasKey = typeof JSON.parse(text) === 'object' && 'onrecord' in JSON.parse(text)
      } catch {}
      if (!hasKey) continue
      throw new UserError(
        `${displayPath(path, io.cwd)} already has an "onrecord" key; not writing ${starterConfigName}`,
      )
    }
    throw new UserError(`${displayPath(path, io.cwd)} already exists; not overwriting it`)
  }
  const target = join(directory, starterConfigName)
  try {
    // `wx`: fails rather than overwrite, even if the file appeared a moment ago.
    const handle = await open(target, 'wx', 0o644)
    try {
      await handle.writeFile(starterConfig(preset))
    } finally {
      await handle.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UserError(`${displayPath(target, io.cwd)} already exists; not overwriting it`)
    throw new UserError(`${displayPath(target, io.cwd)}: cannot write: ${describeFsError(error)}`)
  }
  io.stdout.write(
    `wrote ${displayPath(target, io.cwd)} (preset ${preset}); edit it, then run onrecord on your articles\n`,
  )
  return 0
}
