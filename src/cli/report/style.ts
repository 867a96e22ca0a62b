/**
 * Colour only on a TTY, and never when NO_COLOR is set (no-color.org): CI logs and pipes get
 * plain text. A tiny hand-written helper rather than a dependency: four SGR codes are all we need.
 */
export interface Style {
  ok(text: string): string
  bad(text: string): string
  warn(text: string): string
  dim(text: string): string
  bold(text: string): string
}

const sgr = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`
const plain = (text: string) => text

export function styleFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Style {
  const colour = stream.isTTY === true && env.NO_COLOR === undefined
  return colour
    ? { ok: sgr('32'), bad: sgr('31'), warn: sgr('33'), dim: sgr('2'), bold: sgr('1') }
    : { ok: plain, bad: plain, warn: plain, dim: plain, bold: plain }
}

export const PLAIN_STYLE: Style = {
  ok: plain,
  bad: plain,
  warn: plain,
  dim: plain,
  bold: plain,
}
