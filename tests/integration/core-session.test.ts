/**
 * A core session moves to another workspace folder (File › Open workspace, control API
 * openWorkspace): the answer goes out, then the core restarts on the new folder with the same token
 * and control port. A folder that cannot be used is refused before anything stops; a switch that
 * fails anyway falls back to the folder in use.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCoreSession } from '../../src/core/core-session'
import type { CoreSession } from '../../src/core/core-session'
import type { RunningCore, StartCoreOptions } from '../../src/core/start-core'
import { TOKEN_HEADER } from '../../src/shared/control/contract'
import type { ControlErrorBody } from '../../src/shared/control/errors'
import type { Exchange } from '../../src/shared/model/exchange'

let root: string
/** Names that, taken as relative paths, would be created under the current directory. */
const foreign = `mpsim-foreign-${process.pid}`
const strays = () => readdirSync(process.cwd()).filter((name) => name.includes(foreign))

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mpsim-session-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
  // Only ever there if a refusal below failed; never leave them in the repository.
  for (const name of strays()) await rm(join(process.cwd(), name), { recursive: true, force: true })
})

const options = (workspaceDir?: string): StartCoreOptions => ({
  host: 'node',
  version: 'test',
  controlPort: 0,
  platformPort: 0,
  botPort: 0,
  slowDelayMs: 20,
  ...(workspaceDir === undefined ? {} : { workspaceDir }),
})

/** Runs `body` with a session, and always stops it. */
async function withSession(
  workspaceDir: string | undefined,
  body: (session: CoreSession) => Promise<void>,
): Promise<void> {
  const session = await startCoreSession(options(workspaceDir))
  try {
    await body(session)
  } finally {
    await session.stop()
  }
}

async function api<T>(
  on: RunningCore,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${on.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [TOKEN_HEADER]: on.token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as T }
}

/** The next switch of the session: the new core, or the error it fell back on. */
const nextSwitch = (session: CoreSession) =>
  new Promise<{ core: RunningCore; error?: unknown }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no switch within 10 s')), 10_000)
    session.onSwitch((core, error) => {
      clearTimeout(timer)
      resolve({ core, error })
    })
  })

type WorkspaceInfo = { dir: string; canOpen: boolean; fresh: boolean; problems: unknown[] }

describe('openWorkspace through the control API', () => {
  it('answers, then restarts on the new folder with the same token and port', async () => {
    const first = join(root, 'first')
    const second = join(root, 'second')
    await withSession(first, async (session) => {
      const before = session.current()
      expect((await api<WorkspaceInfo>(before, '/api/workspace')).json).toMatchObject({
        dir: first,
        canOpen: true,
      })
      const switched = nextSwitch(session)
      const answer = await api<WorkspaceInfo>(before, '/api/workspace/open', { dir: second })
      expect(answer.status).toBe(200)
      expect(answer.json).toMatchObject({ dir: second, canOpen: true, problems: [] })
      const { core, error } = await switched
      expect(error).toBeUndefined()
      expect(session.current()).toBe(core)
      expect(core.token).toBe(before.token)
      expect(core.url).toBe(before.url)
      const info = await api<WorkspaceInfo>(core, '/api/workspace')
      expect(info.json).toMatchObject({ dir: second, canOpen: true })
      for (const file of ['settings.json', 'accounts.json', 'users.json']) {
        expect(existsSync(join(second, file))).toBe(true)
        expect(existsSync(join(first, file))).toBe(true)
      }
      // The new core logs to the new folder.
      const sent = await api<Exchange>(core, '/api/push', {
        typeId: 'text',
        values: { Content: 'new folder' },
      })
      expect(sent.json.verdict?.outcome).toBe('reply')
      await core.workspace.exchangeLog.flush()
      expect(existsSync(join(second, 'exchanges.ndjson'))).toBe(true)
    })
  })

  it('ends an open event stream, so the page reconnects to the new core', async () => {
    await withSession(join(root, 'streamed'), async (session) => {
      const before = session.current()
      const abort = new AbortController()
      const stream = await fetch(`${before.url}/api/events`, {
        headers: { [TOKEN_HEADER]: before.token },
        signal: abort.signal,
      })
      const reader = stream.body!.getReader()
      const switched = nextSwitch(session)
      await api(before, '/api/workspace/open', { dir: join(root, 'streamed-next') })
      try {
        // Bounded: the switch closes every connection, so the stream ends (or errors) at once.
        let ended = false
        for (let i = 0; i < 20 && !ended; i += 1) {
          ended = await reader.read().then(
            (r) => r.done,
            () => true,
          )
        }
        expect(ended).toBe(true)
        const { core } = await switched
        expect((await api<WorkspaceInfo>(core, '/api/workspace')).json.dir).toBe(
          join(root, 'streamed-next'),
        )
      } finally {
        abort.abort()
      }
    })
  })

  it.each<{ name: string; make: () => string; message: RegExp }>([
    { name: 'a relative path', make: () => 'relative/ws', message: /absolute/ },
    ...(process.platform === 'win32'
      ? []
      : [
          {
            name: 'a Windows drive path on POSIX',
            make: () => `C:\\${foreign}`,
            message: /drive letter.*盘符/s,
          },
          {
            name: 'a Windows network path on POSIX',
            make: () => `\\\\server\\${foreign}`,
            message: /network.*网络/s,
          },
        ]),
    {
      name: 'a file',
      make: () => {
        const file = join(root, 'plain-file')
        writeFileSync(file, 'not a folder')
        return file
      },
      message: /is a file, not a folder/,
    },
    {
      name: 'a path under a file',
      make: () => {
        const file = join(root, 'blocker')
        writeFileSync(file, 'x')
        return join(file, 'ws')
      },
      message: /ENOTDIR/,
    },
    {
      name: 'a folder whose settings.json is a folder',
      make: () => {
        const dir = join(root, 'odd')
        mkdirSync(join(dir, 'settings.json'), { recursive: true })
        return dir
      },
      message: /settings\.json in it is not a file/,
    },
  ])('refuses $name with 400 and stays where it is', async ({ make, message }) => {
    const here = join(root, 'stay')
    await withSession(here, async (session) => {
      const before = session.current()
      const { status, json } = await api<ControlErrorBody>(before, '/api/workspace/open', {
        dir: make(),
      })
      expect(status).toBe(400)
      expect(json.error.code).toBe('invalid-input')
      expect(`${json.error.message} ${JSON.stringify(json.error.issues ?? [])}`).toMatch(message)
      expect(session.current()).toBe(before)
      expect((await api<WorkspaceInfo>(before, '/api/workspace')).json.dir).toBe(here)
      expect(strays()).toEqual([])
    })
  })

  it('session.openWorkspace itself refuses a path that is not absolute, before stopping', async () => {
    const here = join(root, 'stay-session')
    await withSession(here, async (session) => {
      const before = session.current()
      await expect(session.openWorkspace(`relative-${foreign}`)).rejects.toThrow(/absolute/)
      expect(session.current()).toBe(before)
      expect((await api<WorkspaceInfo>(before, '/api/workspace')).json.dir).toBe(here)
      expect(strays()).toEqual([])
    })
  })
})

describe('a switch that fails', () => {
  const unopenable = () => {
    const dir = join(root, `unopenable-${Math.random().toString(36).slice(2)}`)
    mkdirSync(join(dir, 'settings.json'), { recursive: true })
    return dir
  }

  it('falls back to the folder in use, same token and port, and says why', async () => {
    const here = join(root, 'fallback')
    await withSession(here, async (session) => {
      const before = session.current()
      const told = nextSwitch(session)
      await expect(session.openWorkspace(unopenable())).rejects.toMatchObject({
        code: 'not-readable',
      })
      const { core, error } = await told
      expect(error).toMatchObject({ code: 'not-readable' })
      expect(session.current()).toBe(core)
      expect(core).not.toBe(before)
      expect(core.token).toBe(before.token)
      expect(core.url).toBe(before.url)
      expect((await api<WorkspaceInfo>(core, '/api/workspace')).json.dir).toBe(here)
    })
  })

  it('from a temporary folder, falls back to a new temporary folder that stop removes', async () => {
    let fallback = ''
    let original = ''
    await withSession(undefined, async (session) => {
      original = session.current().workspace.dir
      await expect(session.openWorkspace(unopenable())).rejects.toBeDefined()
      fallback = session.current().workspace.dir
      expect(fallback).not.toBe(original)
      expect(existsSync(join(fallback, 'accounts.json'))).toBe(true)
    })
    expect(existsSync(original)).toBe(false)
    expect(existsSync(fallback)).toBe(false)
  })
})

describe('stopping a session', () => {
  it('stop is idempotent and waits for a switch under way', async () => {
    const session = await startCoreSession(options(join(root, 'stopping')))
    const switching = session.openWorkspace(join(root, 'stopping-next'))
    await session.stop()
    await session.stop()
    const core = await switching
    expect(core.workspace.dir).toBe(join(root, 'stopping-next'))
    // Stopped: the control port no longer answers.
    await expect(fetch(`${core.url}/api/info`)).rejects.toThrow()
  })
})
