/**
 * ANSI colour for the terminal: on when asked, off when asked; otherwise on only for a terminal
 * that is not "dumb", with `NO_COLOR` unset (https://no-color.org) — `FORCE_COLOR` turns it on.
 */
export function shouldColor(option: boolean | undefined): boolean {
  if (option !== undefined) return option
  const env = typeof process === 'undefined' ? {} : process.env
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true
  if (env.TERM === 'dumb') return false
  return typeof process !== 'undefined' && process.stdout?.isTTY === true
}

export type Paint = (text: string) => string

export interface Palette {
  bold: Paint
  dim: Paint
  red: Paint
  yellow: Paint
  green: Paint
  blue: Paint
  magenta: Paint
  cyan: Paint
  gray: Paint
  /** 256-colour foreground, for the profile bar. */
  fg: (code: number) => Paint
}

const wrap =
  (open: string, close: string): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`

const plain: Paint = (text) => text

export function palette(enabled: boolean): Palette {
  if (!enabled)
    return {
      bold: plain,
      dim: plain,
      red: plain,
      yellow: plain,
      green: plain,
      blue: plain,
      magenta: plain,
      cyan: plain,
      gray: plain,
      fg: () => plain,
    }
  return {
    bold: wrap('1', '22'),
    dim: wrap('2', '22'),
    red: wrap('31', '39'),
    yellow: wrap('33', '39'),
    green: wrap('32', '39'),
    blue: wrap('34', '39'),
    magenta: wrap('35', '39'),
    cyan: wrap('36', '39'),
    gray: wrap('90', '39'),
    fg: (code) => wrap(`38;5;${code}`, '39'),
  }
}

/** Removes control characters (ANSI escapes included) from article text before it reaches a terminal. */
export function sanitize(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    '',
  )
}
