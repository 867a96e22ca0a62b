/**
 * A real crash under load: a core in a child process (core-child.ts), a bounded burst of putUser
 * edits over loopback, SIGKILL while answers are still arriving, then the folder opened again.
 * Each edit adds a user with its own openid, so every acknowledged edit can be looked for alone.
 */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { seededRandom } from '../../../src/core/runtime/random'
import { openWorkspace } from '../../../src/core/workspace'
import type { WorkspaceProblem } from '../../../src/core/workspace'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'
import type { Setup } from '../../../src/shared/control/engine-schemas'
import type { SimUser } from '../../../src/shared/model/sim-user'

const CHILD = fileURLToPath(new URL('./core-child.ts', import.meta.url))

export interface BurstOptions {
  /** Most edits sent in all (the burst is bounded even if the kill never happens). */
  readonly edits: number
  /** Requests in flight at once. */
  readonly concurrency: number
  /** The child is killed when this many edits have been answered 200. */
  readonly killAfterAcks: number
}

export interface BurstResult {
  /** openids whose putUser was answered 200. */
  readonly acked: readonly string[]
  /** Acknowledged openids missing from the workspace opened after the crash. */
  readonly lost: readonly string[]
  /** Temp files left in the folder after it was opened again. */
  readonly leftovers: readonly string[]
  readonly problems: readonly WorkspaceProblem[]
}

/** Children still running, for the test's afterAll to kill whatever a failure left behind. */
export const running = new Set<ChildProcess>()

export function killAll(): void {
  for (const child of running) child.kill('SIGKILL')
}

/** The `n`th test openid: 28 characters, starting with o (the schema's rule). */
const openidOf = (n: number) => `ocrash${String(n).padStart(22, '0')}`

export async function crashDuringPutUsers(
  dir: string,
  options: BurstOptions,
): Promise<BurstResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  running.add(child)
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      running.delete(child)
      resolve()
    })
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  try {
    const { url, token } = await firstLine(child, () => stderr)
    const call = async (path: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { [TOKEN_HEADER]: token, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    const setup = (await (await call('/api/setup')).json()) as Setup
    const template = setup.users[0] as SimUser

    const acked: string[] = []
    let next = 0
    let killed = false
    const worker = async () => {
      while (!killed && next < options.edits) {
        const openid = openidOf(next)
        next += 1
        try {
          const res = await call('/api/users', { ...template, openid, nickname: openid })
          if (res.status === 200) acked.push(openid)
          await res.body?.cancel()
        } catch {
          // The connection died with the child: this edit was never acknowledged.
          continue
        }
        if (!killed && acked.length >= options.killAfterAcks) {
          killed = true
          child.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: options.concurrency }, worker))
    if (!killed) child.kill('SIGKILL')
    await exited

    const reopened = await openWorkspace(dir, {
      random: seededRandom('after-crash'),
      defaults: {
        botUrl: 'http://127.0.0.1:1/wechat',
        callbackDomain: '127.0.0.1:1',
        avatarBaseUrl: 'http://127.0.0.1:1/avatar',
      },
    })
    try {
      const present = new Set(reopened.directory.listUsers().map((u) => u.openid))
      const names = [...(await readdir(dir)), ...(await readdir(join(dir, 'menus')))]
      return {
        acked,
        lost: acked.filter((openid) => !present.has(openid)),
        leftovers: names.filter((name) => name.endsWith('.tmp')),
        problems: reopened.problems,
      }
    } finally {
      await reopened.close()
    }
  } finally {
    child.kill('SIGKILL')
    await exited
  }
}

/** The child's ready line, or its stderr when it dies or takes more than 30 s. */
function firstLine(
  child: ChildProcess & { stdout: NodeJS.ReadableStream },
  stderr: () => string,
): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    const timer = setTimeout(() => fail('the core did not start within 30 s'), 30_000)
    const fail = (why: string) => {
      clearTimeout(timer)
      lines.close()
      reject(new Error(`${why}\n${stderr()}`))
    }
    child.once('exit', (code, signal) => fail(`the core exited (${code ?? signal})`))
    lines.once('line', (line) => {
      clearTimeout(timer)
      resolve(JSON.parse(line) as { url: string; token: string })
    })
  })
}
