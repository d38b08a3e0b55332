import type { Command } from './args.js'

const usage = `Usage
  onrecord [lint] <files|folders|globs…> [options]   lint messages per file and a summary
  onrecord report <files|folders|globs…> [options]   the sourcing report of each article
  onrecord rules [options]                          list the rules and their severities
  onrecord init [folder] [--preset NAME]            write a commented .onrecordrc.yaml
  onrecord lsp [--stdio]                            start the language server (for editors)
  onrecord help [command]                           this help, or one command's`

const inputOptions = `Input
  -                        read standard input (also when text is piped and no input is named)
  --stdin-filename NAME    name standard input: its format, its configuration, its label
  --input-format FORMAT    markdown, text or html, whatever the file names say
  --ignore-path FILE       read ignore patterns from FILE instead of .onrecordignore files
  --ignore-pattern PATTERN skip files matching PATTERN (.gitignore syntax; repeatable)
  --no-ignore              check ignored files too
  --max-file-size SIZE     skip larger files with an error (default 10MB)`

const configOptions = `Configuration
  -c, --config PATH        use this configuration file for every input
  --no-config              use no configuration file
  --preset NAME            default, strict or research
  -r, --rule ID=SEVERITY   set a rule to off, info, warn or error (repeatable)`

const lintOptions = `Lint
  -q, --quiet              report errors only
  --frail                  exit with 1 on warnings too
  --max-warnings N         exit with 1 when there are more than N warnings
  --min-score N            exit with 1 when an article's sourcing score is under N (0-100)`

const reportOptions = `Report
  -f, --format FORMAT      text (default), json, jsonl, markdown, sarif or html
  -o, --out PATH           write to PATH (atomically) instead of standard output;
                           for html, a folder: one page per article and an index.html
  --summary csv|json       a table with one row per article (file, words, score, grade,
                           sources by kind, quotes, hedges, unsourced claims)
  --summary-out PATH       write the table to PATH
  -q, --quiet, --frail, --max-warnings N, --min-score N   as for lint`

const runOptions = `Running
  -j, --jobs N             worker threads (default: one per core, at most one per 20 files;
                           1 runs in one thread)
  --timeout SECONDS        stop checking a file after SECONDS (default 300; 0 for none)
  --color, --no-color      force colour on or off (NO_COLOR is honoured)
  --no-progress            no progress bar (shown on a terminal for more than 5 files)
  -h, --help               show help
  -v, --version            show the version`

const exitCodes = `Exit codes
  0  no errors (warnings allowed unless --frail or --max-warnings)
  1  lint errors, warnings with --frail, more than --max-warnings, or a score under --min-score
  2  bad usage, a broken configuration, no input found, or an input that could not be checked
     (missing, unreadable, not text, too large)`

const examples = `Examples
  onrecord draft.md                              check one article
  onrecord stories/ --frail                      every .md, .markdown, .txt, .html, .htm below stories/
  onrecord 'archive/**/*.md' --min-score 60      a CI gate on the sourcing score
  pbpaste | onrecord --stdin-filename draft.md   check text from the clipboard
  onrecord draft.md --rule hedge=off --quiet     errors only, without the hedge rule
  onrecord report draft.md                       score, source ledger and messages on the terminal
  onrecord report draft.md -f html -o draft.html one self-contained page
  onrecord report archive/ -f html -o site/      a page per article and site/index.html
  onrecord report archive/ -f jsonl > out.jsonl  one JSON report per line, in input order
  onrecord report archive/ --summary csv > scores.csv
  onrecord report stories/ -f sarif -o onrecord.sarif   for GitHub code scanning`

const title = 'onrecord — says who? Checks the sourcing of news articles.'

/** The help text: all of it, or one command's. */
export function helpText(command?: Command | string): string {
  switch (command) {
    case 'lint':
      return `${title}

Usage
  onrecord [lint] <files|folders|globs…> [options]

Lints articles: one block per file with its sourcing score and its messages
(line:column  severity  message  rule-id), then a summary line. Folders are walked for
.md, .markdown, .txt, .html and .htm files; .onrecordignore files are honoured.

${inputOptions}

${configOptions}

${lintOptions}

${runOptions}

${exitCodes}
`
    case 'report':
      return `${title}

Usage
  onrecord report <files|folders|globs…> [options]

Writes the sourcing report of each article: the score with every deduction explained, the
source ledger, flagged anonymous sources, unsourced claims and the lint messages. Output
streams in input order.

${reportOptions}

${inputOptions}

${configOptions}

${runOptions}

${exitCodes}
`
    case 'rules':
      return `${title}

Usage
  onrecord rules [--config PATH | --no-config] [--preset NAME] [--rule ID=SEVERITY] [--format json]

Lists every rule: its severity here (with the configuration found from this folder), its
default severity and what it flags.
`
    case 'init':
      return `${title}

Usage
  onrecord init [folder] [--preset default|strict|research]

Writes a commented .onrecordrc.yaml (every rule with its severity, and the other settings
explained) into the folder. Never overwrites: exits with 2 when a configuration exists.
`
    default:
      return `${title}

${usage}

${inputOptions}

${configOptions}

${lintOptions}

${reportOptions}

${runOptions}

Configuration files
  .onrecordrc, .onrecordrc.json, .onrecordrc.yaml, .onrecordrc.yml or an "onrecord" key in
  package.json; the nearest one to each file wins. JSON or YAML only: never code. Keys:
  preset, rules, lexicons, scoring, maxFileSize, ignorePatterns.

${exitCodes}

${examples}
`
  }
}
