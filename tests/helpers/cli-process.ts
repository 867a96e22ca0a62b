/**
 * `mpsim` run as a user runs it, for the CLI tests: a real process (NO_COLOR, English, no TTY so
 * no progress bar), and `mpsim serve --json` on ports the OS chooses. Every child is tracked so
 * a test file can stop what is still running at the end.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** bin/mpsim.js, the command a user runs. */
export const BIN = fileURLToPath(new URL('../../bin/mpsim.js', import.meta.url))

export interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

export const children = new Set<ChildProcess>()

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env },
    })
    children.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('close', (code) => {
      children.delete(child)
      resolve({ code, stdout, stderr })
    })
  })
}

export function stopChildren(): void {
  for (const child of children) child.kill()
}

/** `mpsim serve` flags for port 0 on every server: the OS chooses, so test files never collide. */
export const ANY_PORTS = ['--control-port', '0', '--platform-port', '0', '--bot-port', '0']

/** The one JSON line `mpsim serve --json` prints once listening. */
export interface Served {
  platform: string
  bot: string
  control: string
  ui: string
  token: string
  workspace: string
  problems: { code: string; file: string; movedTo?: string; usedInstead?: string }[]
}

/**
 * `mpsim serve --json` with port 0 everywhere, plus `extra` flags; `served` resolves with its
 * JSON line and rejects if it exits first or prints nothing within 30 s.
 */
export function startServe(extra: string[]): { child: ChildProcess; served: Promise<Served> } {
  const child = spawn(process.execPath, [BIN, 'serve', '--json', ...ANY_PORTS, ...extra])
  children.add(child)
  child.on('exit', () => children.delete(child))
  const served = new Promise<Served>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 30_000)
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const newline = out.indexOf('\n')
      if (newline > 0) {
        clearTimeout(timer)
        resolve(JSON.parse(out.slice(0, newline)) as Served)
      }
    })
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)))
  })
  return { child, served }
}
