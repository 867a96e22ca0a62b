/**
 * Recovery is never silent (README "Workspace"): a workspace file moved aside at start is reported
 * in the setup the app loads first — which file, where the bad copy went, what is used instead —
 * and a rebuilt accounts.json does not strand the users of users.json: they are re-attached to
 * the new default account, so the default push still works. Real servers on 127.0.0.1, port 0.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startCore } from '../../../src/core/start-core'
import type { RunningCore } from '../../../src/core/start-core'
import { TOKEN_HEADER } from '../../../src/shared/control/contract'
import type { Setup } from '../../../src/shared/control/engine-schemas'
import type { Exchange } from '../../../src/shared/model/exchange'

const running: RunningCore[] = []
const dirs: string[] = []

afterEach(async () => {
  for (const core of running.splice(0)) await core.stop()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function start(workspaceDir: string): Promise<RunningCore> {
  const core = await startCore({
    host: 'node',
    version: 'test',
    controlPort: 0,
    platformPort: 0,
    botPort: 0,
    workspaceDir,
  })
  running.push(core)
  return core
}

async function stop(core: RunningCore): Promise<void> {
  running.splice(running.indexOf(core), 1)
  await core.stop()
}

async function api<T>(core: RunningCore, path: string, body?: unknown) {
  const res = await fetch(`${core.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { [TOKEN_HEADER]: core.token, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json()) as T }
}

/** A workspace made by a first start, stopped; returns its folder and first account id. */
async function usedWorkspace(): Promise<{ ws: string; accountId: string; openids: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'mpsim-recovery-'))
  dirs.push(dir)
  const ws = join(dir, 'ws')
  const first = await start(ws)
  const accountId = first.workspace.directory.listAccounts()[0]!.id
  const openids = first.workspace.directory.listUsers(accountId).map((u) => u.openid)
  await stop(first)
  return { ws, accountId, openids }
}

describe('accounts.json corrupt, users.json kept', () => {
  it('reports the move at once, re-attaches the users, and the default push works', async () => {
    const { ws, accountId: oldId, openids } = await usedWorkspace()
    expect(openids).toHaveLength(3)
    const broken = '{"version": 1, "accounts": [ {"id": '
    await writeFile(join(ws, 'accounts.json'), broken)

    const core = await start(ws)
    const newId = core.workspace.directory.listAccounts()[0]!.id
    expect(newId).not.toBe(oldId)

    // The default push (no account, no user given) reaches the sample bot and is answered.
    const pushed = await api<Exchange>(core, '/api/push', {
      typeId: 'text',
      values: { Content: 'help' },
    })
    expect(pushed.status).toBe(200)
    expect(pushed.json.openid).toBe(openids[0])
    expect(pushed.json.verdict?.outcome).toBe('reply')

    // What the app loads first says what happened, in data it can translate.
    const setup = (await api<Setup>(core, '/api/setup')).json
    expect(setup.problems).toEqual([
      expect.objectContaining({
        code: 'corrupt-file',
        severity: 'error',
        file: 'accounts.json',
        movedTo: expect.stringMatching(/^accounts\.corrupt-.+\.json$/) as unknown,
        usedInstead: 'new-account',
      }),
      expect.objectContaining({
        code: 'reattached-users',
        file: 'users.json',
        usedInstead: 'default-account',
        reattached: { users: 3, from: [oldId], to: newId },
      }),
    ])
    const movedTo = setup.problems[0]!.movedTo!
    expect(await readFile(join(ws, movedTo), 'utf8')).toBe(broken)

    // The users are the same people, now under the new account, in memory and on disk.
    expect(core.workspace.directory.listUsers(newId).map((u) => u.openid)).toEqual(openids)
    await core.workspace.flush()
    const usersFile = JSON.parse(await readFile(join(ws, 'users.json'), 'utf8')) as {
      users: { openid: string; accountId: string }[]
    }
    expect(usersFile.users.map((u) => [u.openid, u.accountId])).toEqual(
      openids.map((o) => [o, newId]),
    )

    // Nothing is reported twice: the next start finds a healthy workspace.
    await stop(core)
    const again = await start(ws)
    expect((await api<Setup>(again, '/api/setup')).json.problems).toEqual([])
  })

  it('settings.json corrupt or from a newer mpsim: the setup says so and what is used', async () => {
    const { ws } = await usedWorkspace()
    const settings = JSON.parse(await readFile(join(ws, 'settings.json'), 'utf8')) as object
    await writeFile(join(ws, 'settings.json'), JSON.stringify({ ...settings, version: 2 }))
    await writeFile(join(ws, 'users.json'), '')

    const core = await start(ws)
    const setup = (await api<Setup>(core, '/api/setup')).json
    expect(setup.problems).toEqual([
      expect.objectContaining({
        code: 'invalid-file',
        file: 'settings.json',
        fileVersion: 2,
        movedTo: expect.stringMatching(/^settings\.corrupt-.+\.json$/) as unknown,
        usedInstead: 'default-settings',
      }),
      expect.objectContaining({
        code: 'corrupt-file',
        file: 'users.json',
        movedTo: expect.stringMatching(/^users\.corrupt-.+\.json$/) as unknown,
        usedInstead: 'default-users',
      }),
    ])
  })
})
