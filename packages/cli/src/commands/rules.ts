import { resolve } from 'node:path'
import type { ParsedArgs } from '../args.js'
import { describeOption, ruleCatalog } from '../catalog.js'
import { paint, useColor } from '../color.js'
import { type PresetName, parseRuleFlag, presetNames } from '../config.js'
import { ConfigResolver } from '../config-files.js'
import { UsageError } from '../errors.js'
import type { IO } from '../io.js'

/**
 * `onrecord rules`: every rule with its default severity, the severity it has here (the
 * configuration found from the working folder, `--config`, `--preset` and `--rule` applied)
 * and a one-line description. `--format json` gives the same as data.
 */
export async function runRules(parsed: ParsedArgs, io: IO): Promise<number> {
  const o = parsed.options
  for (const flag of ['out', 'summary', 'summary-out', 'stdin-filename', 'input-format'] as const)
    if (o[flag] !== undefined) throw new UsageError(`--${flag} is not an option of onrecord rules`)
  if (parsed.inputs.length > 0)
    throw new UsageError(`onrecord rules takes no inputs, got "${parsed.inputs[0]}"`)
  const format = o.format ?? 'text'
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`onrecord rules --format must be text or json, got "${format}"`)
  if (o.preset !== undefined && !presetNames.includes(o.preset as PresetName))
    throw new UsageError(`unknown preset "${o.preset}"; expected one of ${presetNames.join(', ')}`)

  const configs = new ConfigResolver({
    configPath: typeof o.config === 'string' ? o.config : undefined,
    noConfig: o.config === false,
    overrides: {
      preset: o.preset as PresetName | undefined,
      rules: o.rule ? Object.fromEntries(o.rule.map(parseRuleFlag)) : undefined,
    },
    cwd: io.cwd,
  })
  const config = configs.resolveFor(resolve(io.cwd, 'article.md'))
  const rows = ruleCatalog().map((rule) => ({
    id: rule.id,
    severity: config.rules[rule.id]?.severity ?? rule.defaultSeverity,
    defaultSeverity: rule.defaultSeverity,
    description: rule.description,
    url: rule.url,
    standard: rule.standard,
    options: rule.options,
  }))

  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ config: config.file, preset: config.preset, rules: rows }, null, 2)}\n`,
    )
    return 0
  }
  const p = paint(useColor(o.color, io.stdout, io.env))
  const idWidth = Math.max(4, ...rows.map((r) => r.id.length))
  const tint = { off: p.dim, info: p.blue, warn: p.yellow, error: p.red }
  const lines = [
    p.bold(
      `${'rule'.padEnd(idWidth)}  ${'severity'.padEnd(8)}  ${'default'.padEnd(7)}  description`,
    ),
  ]
  const indent = ' '.repeat(idWidth + 21)
  for (const r of rows) {
    lines.push(
      `${r.id.padEnd(idWidth)}  ${tint[r.severity](r.severity.padEnd(8))}  ${r.defaultSeverity.padEnd(7)}  ${r.description}`,
    )
    for (const [name, spec] of Object.entries(r.options))
      lines.push(p.dim(`${indent}option ${describeOption(name, spec)}`))
  }
  const source = config.file ? `configuration: ${config.file}` : 'no configuration file (defaults)'
  lines.push('', p.dim(`${rows.length} rules · preset ${config.preset} · ${source}`))
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}
