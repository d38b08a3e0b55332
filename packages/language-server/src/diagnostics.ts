import { pathToFileURL } from 'node:url'
import {
  type Diagnostic,
  type DiagnosticRelatedInformation,
  DiagnosticSeverity,
} from 'vscode-languageserver'
import type { Checked } from './checked.js'
import type { Finding } from './job.js'

/** `source` of every diagnostic the server publishes. */
export const diagnosticSource = 'onrecord'

/** The `code` of a diagnostic about the configuration rather than the article. */
export const configCode = 'config'
/** The `code` of a diagnostic saying the check itself failed. */
export const internalCode = 'internal-error'

const severities: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/** What a diagnostic carries for code actions (`Diagnostic.data`). */
export interface DiagnosticData {
  ruleId: string | null
  actual: string | null
  expected: string[] | null
}

export interface DiagnosticOptions {
  /** The client shows `relatedInformation` (else the related places go into the message). */
  relatedInformation: boolean
  /** The client reads `codeDescription`. */
  codeDescription: boolean
}

export function toDiagnostic(
  finding: Finding,
  checked: Checked,
  uri: string,
  options: DiagnosticOptions,
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: checked.range(finding.start, finding.end),
    severity: severities[finding.severity],
    source: diagnosticSource,
    message: finding.reason,
  }
  if (finding.ruleId !== null) diagnostic.code = finding.ruleId
  if (finding.url !== null && options.codeDescription)
    diagnostic.codeDescription = { href: finding.url }
  if (finding.related.length > 0) {
    if (options.relatedInformation)
      diagnostic.relatedInformation = finding.related.map(
        (related): DiagnosticRelatedInformation => ({
          location: { uri, range: checked.range(related.start, related.end) },
          message: related.message,
        }),
      )
    else
      diagnostic.message += finding.related
        .map(
          (related) =>
            `\n${related.message} (line ${checked.range(related.start, related.start).start.line + 1})`,
        )
        .join('')
  }
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    actual: finding.actual,
    expected: finding.expected,
  }
  diagnostic.data = data
  return diagnostic
}

/** The diagnostics of a checked document: its findings, or the configuration problem. */
export function diagnosticsOf(
  checked: Checked,
  uri: string,
  options: DiagnosticOptions,
): Diagnostic[] {
  const { configProblem } = checked.result
  if (configProblem) {
    const diagnostic: Diagnostic = {
      range: checked.range(0, 0),
      severity: DiagnosticSeverity.Error,
      source: diagnosticSource,
      code: configCode,
      message: `${configProblem.message}\nThe document is not checked until the configuration is fixed.`,
    }
    if (configProblem.file !== null && options.relatedInformation) {
      const line = Math.max(0, (configProblem.line ?? 1) - 1)
      diagnostic.relatedInformation = [
        {
          location: {
            uri: pathToFileURL(configProblem.file).href,
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
          },
          message: configProblem.key
            ? `“${configProblem.key}” is set here`
            : 'the configuration file',
        },
      ]
    }
    return [diagnostic]
  }
  return checked.result.findings.map((finding) => toDiagnostic(finding, checked, uri, options))
}
