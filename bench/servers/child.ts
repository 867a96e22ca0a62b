/**
 * Starts a bench server script in its own Node process (so the server and the load generator do
 * not share a CPU core's event loop) and waits for the JSON line with its port. Loopback only.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface ChildServer {
  readonly url: string
  readonly info: Record<string, unknown>
  stop(): Promise<void>
}

export function startChildServer(
  script: string,
  args: readonly string[] = [],
): Promise<ChildServer> {
  const path = fileURLToPath(new URL(script, import.meta.url))
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`${script} did not start`))
    }, 20_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const newline = out.indexOf('\n')
      if (newline < 0) return
      clearTimeout(timer)
      const info = JSON.parse(out.slice(0, newline)) as { url: string } & Record<string, unknown>
      resolve({
        url: info.url,
        info,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${script} exited with ${code}`))
    })
  })
}
