export type Paint = (text: string) => string

export interface Palette {
  bold: Paint
  dim: Paint
  underline: Paint
  red: Paint
  yellow: Paint
  green: Paint
  blue: Paint
}

const wrap =
  (open: number, close: number): Paint =>
  (text) =>
    text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`
const plain: Paint = (text) => text

const on: Palette = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  underline: wrap(4, 24),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  blue: wrap(34, 39),
}
const off: Palette = {
  bold: plain,
  dim: plain,
  underline: plain,
  red: plain,
  yellow: plain,
  green: plain,
  blue: plain,
}

export function paint(enabled: boolean): Palette {
  return enabled ? on : off
}

/**
 * Colour for a stream: `--color`/`--no-color` when given; otherwise off when `NO_COLOR` is set
 * (https://no-color.org) or the terminal is `dumb`, on when `FORCE_COLOR` is set, else on only
 * when the stream is a terminal.
 */
export function useColor(
  flag: boolean | undefined,
  stream: { isTTY?: boolean | undefined },
  env: NodeJS.ProcessEnv,
): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
    return true
  if (env.TERM === 'dumb') return false
  return stream.isTTY === true
}
