import { escapeHtml } from './escape.js'
import { oneLine as sharedOneLine } from './shared.js'

/** One article in the index of a folder of HTML reports (`onrecord report --format html --out DIR`). */
export interface IndexRow {
  /** Link to the article's page, relative to the index. */
  href: string
  label: string
  title: string | null
  score: number
  grade: string
  errors: number
  warnings: number
  seq: number
}

/** Control characters folded to spaces, then the shared one-line shortening. */
function oneLine(text: string, max: number): string {
  return sharedOneLine(text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' '), max)
}

function gradeClass(grade: string): string {
  return /^[AB]/.test(grade) ? 'good' : /^C/.test(grade) ? 'fair' : 'poor'
}

const css = `
:root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#666;--line:#ddd;--good:#1a7f37;--fair:#9a6700;--poor:#cf222e}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--bg:#111;--muted:#999;--line:#333;--good:#3fb950;--fair:#d29922;--poor:#f85149}}
body{font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.4rem;margin:0 0 .25rem}p.note{color:var(--muted);margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
.good{color:var(--good);font-weight:600}.fair{color:var(--fair);font-weight:600}.poor{color:var(--poor);font-weight:600}
a{color:inherit}td.file{font-family:ui-monospace,monospace;font-size:.9em;word-break:break-all}`

/**
 * The index of a folder of report pages: every article with its score, grade and lint counts,
 * lowest score first (the stories that most need an editor). Self-contained and static: no
 * scripts at all, a Content-Security-Policy that allows only the inline style, all text escaped.
 */
export function htmlIndexPage(rows: readonly IndexRow[], toolVersion: string): string {
  const sorted = [...rows].sort((a, b) => a.score - b.score || a.seq - b.seq)
  const body = sorted
    .map(
      (r) =>
        `<tr><td class="num">${r.score}</td><td class="${gradeClass(r.grade)}">${escapeHtml(r.grade)}</td>` +
        `<td class="file"><a href="${escapeHtml(r.href)}">${escapeHtml(oneLine(r.label, 200))}</a></td>` +
        `<td>${escapeHtml(oneLine(r.title ?? '', 120))}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td></tr>`,
    )
    .join('\n')
  const average = rows.length ? Math.round(rows.reduce((n, r) => n + r.score, 0) / rows.length) : 0
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="onrecord ${escapeHtml(toolVersion)}">
<title>Sourcing reports (${rows.length})</title>
<style>${css}</style>
</head>
<body>
<h1>Sourcing reports</h1>
<p class="note">${rows.length} ${rows.length === 1 ? 'article' : 'articles'} · average score ${average} · lowest score first</p>
<table>
<thead><tr><th>Score</th><th>Grade</th><th>File</th><th>Title</th><th>Errors</th><th>Warnings</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`
}
