import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WorkspaceProblem } from '../../../src/core/workspace'
import { DEFAULT_ACCOUNT_NAME } from '../../../src/core/workspace'
import { listFiles, useWorkspaces } from './helpers'

const { tempDir, open } = useWorkspaces()

/** The aside name for NOW (2026-11-23T10:00:00.000Z). */
const STAMP = '2026-11-23T10-00-00-000Z'

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir()
  await (await open(dir)).close()
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), text)
  }
  return dir
}

function only(problems: readonly WorkspaceProblem[]): WorkspaceProblem {
  expect(problems).toHaveLength(1)
  return problems[0] as WorkspaceProblem
}

describe('a corrupt file is moved aside, reported, and replaced by defaults', () => {
  it('accounts.json that is not JSON', async () => {
    const broken = '{"version": 1, "accounts": [\n  {"id": "a",\n'
    const dir = await workspaceWith({ 'accounts.json': broken })
    const ws = await open(dir)

    const problem = only(ws.problems)
    expect(problem).toMatchObject({
      code: 'corrupt-file',
      severity: 'error',
      file: 'accounts.json',
      movedTo: `accounts.corrupt-${STAMP}.json`,
    })
    expect(problem.message).toMatch(/^accounts\.json is not valid JSON \(.*line 3 column 1.*\)/)
    expect(problem.message).toContain(`moved to accounts.corrupt-${STAMP}.json`)
    // The bad bytes are kept untouched; a fresh default file takes the name.
    expect(await readFile(join(dir, `accounts.corrupt-${STAMP}.json`), 'utf8')).toBe(broken)
    expect(ws.directory.listAccounts().map((a) => a.name)).toEqual([DEFAULT_ACCOUNT_NAME])
    expect(JSON.parse(await readFile(join(dir, 'accounts.json'), 'utf8'))).toMatchObject({
      version: 1,
    })
  })

  it('an empty settings.json (an editor crashed while saving)', async () => {
    const dir = await workspaceWith({ 'settings.json': '' })
    const ws = await open(dir)
    expect(only(ws.problems)).toMatchObject({ code: 'corrupt-file', file: 'settings.json' })
    expect(only(ws.problems).message).toContain('the file is empty')
    expect(ws.settings.push.attempts).toBe(3)
  })

  it('never overwrites an earlier aside copy, even from the same millisecond', async () => {
    const dir = await workspaceWith({ 'users.json': 'first' })
    await (await open(dir)).close()
    await writeFile(join(dir, 'users.json'), 'second')
    await (await open(dir)).close()
    expect(await readFile(join(dir, `users.corrupt-${STAMP}.json`), 'utf8')).toBe('first')
    expect(await readFile(join(dir, `users.corrupt-${STAMP}-2.json`), 'utf8')).toBe('second')
  })

  it('a corrupt menu: moved aside, and the account simply has no menu', async () => {
    const dir = await workspaceWith({ 'menus/acc-x.json': '{"version":1,"menu":' })
    const ws = await open(dir)
    expect(only(ws.problems)).toMatchObject({
      code: 'corrupt-file',
      file: 'menus/acc-x.json',
      movedTo: `menus/acc-x.corrupt-${STAMP}.json`,
    })
    expect(ws.menus.get('acc-x')).toBeUndefined()
    // The aside copy is not mistaken for a menu on the next open.
    const again = await open(dir)
    expect(again.problems).toEqual([])
  })

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    const text = await readFile(join(dir, 'settings.json'), 'utf8')
    await writeFile(join(dir, 'settings.json'), `\uFEFF${text}`)
    expect((await open(dir)).problems).toEqual([])
  })
})

type Path = readonly (string | number)[]
const DELETE = Symbol('delete')

/** Sets (or deletes) the value at `path` inside parsed JSON. */
function edit(data: unknown, path: Path, value: unknown): void {
  let node = data as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (value === DELETE) delete node[last]
  else node[last] = value
}

describe('an invalid field: the message names the file, the path and the rule', () => {
  async function problemFor(
    file: string,
    change: (data: unknown) => void,
  ): Promise<WorkspaceProblem> {
    const dir = await tempDir()
    await (await open(dir)).close()
    const data = JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown
    change(data)
    await writeFile(join(dir, file), JSON.stringify(data))
    const ws = await open(dir)
    const problem = only(ws.problems)
    expect(problem).toMatchObject({ code: 'invalid-file', file })
    expect(problem.movedTo).toMatch(/\.corrupt-.*\.json$/)
    return problem
  }

  const rows: readonly [file: string, path: Path, value: unknown, message: string][] = [
    [
      'accounts.json',
      ['accounts', 0, 'appId'],
      'wx123',
      'accounts.json: accounts[0].appId must be wx + 16 lowercase hex characters, got "wx123"',
    ],
    [
      'accounts.json',
      ['accounts', 0, 'originalId'],
      'gh_XYZ',
      'accounts.json: accounts[0].originalId must be gh_ + 12 lowercase hex characters, got "gh_XYZ"',
    ],
    [
      'accounts.json',
      ['accounts', 0, 'token'],
      'ab',
      'accounts.json: accounts[0].token must be 3-32 letters or digits, got "ab"',
    ],
    [
      'accounts.json',
      ['accounts', 0, 'mode'],
      'aes',
      'accounts.json: accounts[0].mode must be one of "plain", "compatible", "safe", got "aes"',
    ],
    [
      'accounts.json',
      ['accounts', 0, 'botUrl'],
      'localhost:8000/wechat',
      'accounts.json: accounts[0].botUrl must start with http:// or https:// (or be "" for no bot), got "localhost:8000/wechat"',
    ],
    [
      'users.json',
      ['users', 2, 'openid'],
      'user-3',
      'users.json: users[2].openid must be 28 characters of A-Z a-z 0-9 _ - starting with "o", got "user-3"',
    ],
    [
      'users.json',
      ['users', 0, 'sex'],
      3,
      'users.json: users[0].sex must be 0 (unknown), 1 (male) or 2 (female), got 3',
    ],
    ['users.json', ['users', 1, 'nickname'], DELETE, 'users.json: users[1].nickname is required'],
    [
      'settings.json',
      ['push', 'timeoutMs'],
      '5000',
      'settings.json: push.timeoutMs must be a number, got "5000"',
    ],
    [
      'settings.json',
      ['ports', 'bot'],
      3.5,
      'settings.json: ports.bot must be a whole number, got 3.5',
    ],
    [
      'settings.json',
      ['version'],
      2,
      'settings.json: version must be 1 (the only file version this mpsim reads), got 2',
    ],
    ['settings.json', ['colour'], 'blue', 'settings.json: has an unknown field "colour"'],
  ]

  it.each(rows)('%s %j', async (file, path, value, expected) => {
    const problem = await problemFor(file, (data) => edit(data, path, value))
    expect(problem.message.startsWith(expected)).toBe(true)
  })

  it('refuses duplicate ids', async () => {
    const problem = await problemFor('accounts.json', (data) => {
      const { accounts } = data as { accounts: unknown[] }
      accounts.push({ ...(accounts[0] as object) })
    })
    expect(problem.message).toMatch(
      /^accounts\.json: accounts\[1\]\.id must be unique \(the same id is already used by item \[0\]\)/,
    )
  })

  it('lists every broken rule, with the count in the message', async () => {
    const problem = await problemFor('accounts.json', (data) => {
      edit(data, ['accounts', 0, 'appId'], 'wx123')
      edit(data, ['accounts', 0, 'token'], '!')
    })
    expect(problem.issues?.map((i) => i.path)).toEqual(['accounts[0].appId', 'accounts[0].token'])
    expect(problem.message).toContain('(and 1 more)')
  })

  it('never echoes a secret, only its length', async () => {
    const problem = await problemFor('accounts.json', (data) =>
      edit(data, ['accounts', 0, 'appSecret'], 'not-a-real-secret-but-still-secret'),
    )
    expect(problem.message).toContain(
      'accounts[0].appSecret must be 32 hex characters, got 34 characters (hidden)',
    )
    expect(problem.message).not.toContain('not-a-real-secret')
  })

  it('reports a user whose account is missing, but keeps the user', async () => {
    const dir = await tempDir()
    await (await open(dir)).close()
    const path = join(dir, 'users.json')
    const data = JSON.parse(await readFile(path, 'utf8')) as unknown
    edit(data, ['users', 0, 'accountId'], 'acc-gone')
    await writeFile(path, JSON.stringify(data))
    const ws = await open(dir)
    expect(only(ws.problems)).toMatchObject({ code: 'unknown-account', severity: 'warning' })
    expect(ws.directory.listUsers()).toHaveLength(3)
    expect((await listFiles(dir)).filter((f) => f.includes('corrupt'))).toEqual([])
  })
})
