/** The lines the workspace banner and Settings show: shared words, account names, details. */
import { describe, expect, it } from 'vitest'
import type { SetupProblem } from '../../../src/shared/control/engine-schemas'
import {
  joinPath,
  problemKey,
  problemLines,
} from '../../../src/renderer/src/features/workspace-problems/problem-lines'

const corrupt: SetupProblem = {
  code: 'corrupt-file',
  severity: 'error',
  file: 'accounts.json',
  movedTo: 'accounts.corrupt-1.json',
  usedInstead: 'new-account',
  message: 'accounts.json is not valid JSON (Unexpected token)',
}
const invalid: SetupProblem = {
  code: 'invalid-file',
  severity: 'error',
  file: 'settings.json',
  movedTo: 'settings.invalid-1.json',
  usedInstead: 'default-settings',
  issues: [{ path: 'ports.control', rule: 'must be a number', got: '"x"' }],
  message: 'settings.json: ports.control must be a number',
}
const reattached: SetupProblem = {
  code: 'reattached-users',
  severity: 'warning',
  file: 'users.json',
  usedInstead: 'default-account',
  reattached: { users: 2, from: ['acc-old'], to: 'acc-new' },
  message: 'users.json: 2 users of acc-old …',
}

const source = {
  workspaceDir: '/home/me/ws',
  accounts: [{ id: 'acc-new', name: 'mpsim 测试号' }],
  users: [
    { accountId: 'acc-new', nickname: 'Alice' },
    { accountId: 'acc-new', nickname: 'Bob' },
    { accountId: 'acc-other', nickname: 'Carol' },
  ],
  problems: [corrupt, invalid, reattached],
}

describe('problemLines', () => {
  it('words each problem in the reader’s language, never with the core’s English message', () => {
    const en = problemLines(source, 'en')
    const zh = problemLines(source, 'zh')
    expect(en.map((l) => l.severity)).toEqual(['error', 'error', 'warning'])
    expect(en[0]?.text).toBe(
      'accounts.json was not valid JSON; the bad copy is kept as accounts.corrupt-1.json; a new test account (new AppID, AppSecret, Token and EncodingAESKey) is used instead.',
    )
    expect(zh[0]?.text).toMatch(
      /^accounts\.json 不是有效的 JSON；原文件已移到 accounts\.corrupt-1\.json/,
    )
    for (const line of [...en, ...zh]) {
      expect(line.text).not.toContain('corrupt-file')
      expect(line.text).not.toMatch(/\{\w+\}/)
    }
    expect(en.map((l) => l.text)).not.toContain(corrupt.message)
  })

  it('names the account the users joined, who they are, and how to undo', () => {
    const line = problemLines(source, 'en')[2]
    expect(line?.text).toContain('now belong to “mpsim 测试号” (acc-new)')
    expect(line?.text).toContain('To undo: stop mpsim, repair accounts.corrupt-1.json')
    expect(line?.users).toEqual({ account: '“mpsim 测试号” (acc-new)', names: ['Alice', 'Bob'] })
  })

  it('gives the moved copy’s full path and the schema issues as details', () => {
    const [first, second] = problemLines(source, 'zh')
    expect(first?.movedCopy).toBe('/home/me/ws/accounts.corrupt-1.json')
    expect(first?.issues).toEqual([])
    expect(second?.issues).toEqual(['ports.control：must be a number（实际为 "x"）'])
  })

  it('keeps a problem’s key across languages and refreshes', () => {
    const keys = (lang: 'en' | 'zh') => problemLines(source, lang).map((l) => l.key)
    expect(keys('en')).toEqual(keys('zh'))
    expect(new Set(keys('en')).size).toBe(3)
    expect(problemKey({ ...corrupt })).toBe(problemKey(corrupt))
  })
})

describe('joinPath', () => {
  it.each([
    ['/home/me/ws', 'menus/acc-1.json', '/home/me/ws/menus/acc-1.json'],
    ['/home/me/ws/', 'accounts.json', '/home/me/ws/accounts.json'],
    ['C:\\mpsim\\ws', 'menus/acc-1.json', 'C:\\mpsim\\ws\\menus\\acc-1.json'],
    ['\\\\server\\share', 'users.json', '\\\\server\\share\\users.json'],
  ])('%s + %s', (dir, relative, expected) => {
    expect(joinPath(dir, relative)).toBe(expected)
  })
})
