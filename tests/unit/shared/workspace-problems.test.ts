/**
 * The workspace-problem words shared by the CLI and the app: every way a problem is worded exists
 * in zh and en with the same keys, every placeholder is filled, and the CLI's lines stay as they
 * were before the words moved to src/shared.
 */
import { describe, expect, it } from 'vitest'
import { PLAIN_STYLE } from '../../../src/cli/report/style'
import { renderWorkspaceProblems } from '../../../src/cli/report/workspace-problems'
import type { SetupProblem } from '../../../src/shared/control/engine-schemas'
import type { Lang } from '../../../src/shared/explain/types'
import {
  WORKSPACE_PROBLEM_WORDS,
  explainWorkspaceIssue,
  explainWorkspaceProblem,
  fillTemplate,
  headlineKey,
} from '../../../src/shared/explain/workspace-problems'
import type { HeadlineKey, WorkspaceFallback } from '../../../src/shared/explain/workspace-problems'

const CJK = /[\u4e00-\u9fff]/
const LANGS: readonly Lang[] = ['en', 'zh']

const base = { severity: 'warning', message: 'core message for logs' } as const

/** One problem per headline template: a new code or variant fails to compile until added here. */
const SAMPLES = {
  'corrupt-file': {
    ...base,
    code: 'corrupt-file',
    severity: 'error',
    file: 'accounts.json',
    movedTo: 'accounts.corrupt-20250101T000000Z.json',
    usedInstead: 'new-account',
  },
  'invalid-file': {
    ...base,
    code: 'invalid-file',
    severity: 'error',
    file: 'users.json',
    movedTo: 'users.invalid-1.json',
    usedInstead: 'default-users',
    issues: [{ path: 'users[0].openid', rule: 'is required' }],
  },
  'invalid-file-newer': {
    ...base,
    code: 'invalid-file',
    severity: 'error',
    file: 'settings.json',
    movedTo: 'settings.invalid-1.json',
    usedInstead: 'default-settings',
    fileVersion: 7,
  },
  'truncated-line': {
    ...base,
    code: 'truncated-line',
    file: 'exchanges.ndjson',
    movedTo: 'exchanges.cut-1.ndjson',
    usedInstead: 'skipped',
  },
  'invalid-line': {
    ...base,
    code: 'invalid-line',
    file: 'exchanges.ndjson',
    line: 12,
    usedInstead: 'skipped',
  },
  'invalid-line-unnumbered': {
    ...base,
    code: 'invalid-line',
    file: 'exchanges.ndjson',
    usedInstead: 'skipped',
  },
  'unknown-account': { ...base, code: 'unknown-account', file: 'users.json' },
  'reattached-users': {
    ...base,
    code: 'reattached-users',
    file: 'users.json',
    usedInstead: 'default-account',
    reattached: { users: 3, from: ['acc-old', 'acc-older'], to: 'acc-new' },
  },
  'reattached-users-one': {
    ...base,
    code: 'reattached-users',
    file: 'users.json',
    usedInstead: 'default-account',
    reattached: { users: 1, from: ['acc-old'], to: 'acc-new' },
  },
  'reattached-users-unknown': {
    ...base,
    code: 'reattached-users',
    file: 'users.json',
    usedInstead: 'default-account',
  },
  'not-writable': {
    ...base,
    code: 'not-writable',
    severity: 'error',
    file: 'users.json',
    message: 'users.json was not saved: EACCES; the change is kept in memory and saving is retried',
  },
  'invalid-value': {
    ...base,
    code: 'invalid-value',
    severity: 'error',
    file: 'accounts.json',
    message:
      'accounts.json was not saved: accounts[0].token must be 3 to 32 letters or digits; the change is kept in memory and saving is retried',
  },
} as const satisfies Record<HeadlineKey, SetupProblem>

const KEYS = Object.keys(SAMPLES) as HeadlineKey[]
const FALLBACKS = [
  'default-settings',
  'new-account',
  'default-users',
  'no-menu',
  'default-account',
  'skipped',
] as const satisfies readonly WorkspaceFallback[]

function keysDeep(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keysDeep(v, prefix ? `${prefix}.${k}` : k))
}

describe('WORKSPACE_PROBLEM_WORDS', () => {
  it('has the same keys in zh and en, and a headline for every sample', () => {
    expect(keysDeep(WORKSPACE_PROBLEM_WORDS.zh).sort()).toEqual(
      keysDeep(WORKSPACE_PROBLEM_WORDS.en).sort(),
    )
    expect(Object.keys(WORKSPACE_PROBLEM_WORDS.en.headline).sort()).toEqual([...KEYS].sort())
    expect(Object.keys(WORKSPACE_PROBLEM_WORDS.en.instead).sort()).toEqual([...FALLBACKS].sort())
  })

  it('uses the same placeholders in both languages', () => {
    const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const en = WORKSPACE_PROBLEM_WORDS.en
    const zh = WORKSPACE_PROBLEM_WORDS.zh
    // A failed save: the core's English message names the file, so English prints just that;
    // Chinese names the file itself and gives the message as the cause.
    const saveFailures: readonly HeadlineKey[] = ['not-writable', 'invalid-value']
    for (const key of KEYS) {
      const expected = saveFailures.includes(key) ? ['file', 'message'] : names(en.headline[key])
      expect(names(zh.headline[key]), key).toEqual(expected)
    }
    expect(names(zh.undo.withCopy)).toEqual(names(en.undo.withCopy))
    expect(names(zh.undo.withoutCopy)).toEqual(names(en.undo.withoutCopy))
    expect(names(zh.issue.withValue)).toEqual(names(en.issue.withValue))
    expect(names(zh.accountLabel)).toEqual(names(en.accountLabel))
  })

  it.each(FALLBACKS)('what is used instead of a bad file (%s) is worded in both', (fallback) => {
    expect(WORKSPACE_PROBLEM_WORDS.zh.instead[fallback]).toMatch(CJK)
    expect(WORKSPACE_PROBLEM_WORDS.en.instead[fallback]).not.toMatch(CJK)
  })
})

describe('explainWorkspaceProblem', () => {
  it.each(KEYS)('%s: picks its own template', (key) => {
    expect(headlineKey(SAMPLES[key])).toBe(key)
  })

  describe.each(LANGS)('in %s', (lang) => {
    it.each(KEYS)('%s: every placeholder filled, every fact named', (key) => {
      const problem: SetupProblem = SAMPLES[key]
      const text = explainWorkspaceProblem(problem, lang, { problems: [SAMPLES['corrupt-file']] })
      for (const part of [text.sentence, text.full]) {
        expect(part).not.toMatch(/\{\w+\}/)
        expect(part).not.toContain('undefined')
        expect(part).toContain(problem.file)
        if (problem.movedTo !== undefined) expect(part).toContain(problem.movedTo)
        if (problem.fileVersion !== undefined) expect(part).toContain(String(problem.fileVersion))
        if (problem.line !== undefined) expect(part).toContain(String(problem.line))
        if (problem.reattached !== undefined) {
          expect(part).toContain(problem.reattached.to)
          for (const id of problem.reattached.from) expect(part).toContain(id)
        }
      }
      // The core's English message is never shown in Chinese, except as the cause of a failed save.
      const carriesMessage = problem.code === 'not-writable' || problem.code === 'invalid-value'
      if (!carriesMessage) expect(text.full).not.toContain(problem.message)
      if (lang === 'zh') expect(text.full).toMatch(CJK)
      else expect(text.full).not.toMatch(CJK)
    })
  })

  it('words a corrupt accounts.json the way the CLI always has', () => {
    const problem = SAMPLES['corrupt-file']
    expect(explainWorkspaceProblem(problem, 'en').sentence).toBe(
      'accounts.json was not valid JSON; the bad copy is kept as accounts.corrupt-20250101T000000Z.json; a new test account (new AppID, AppSecret, Token and EncodingAESKey) is used instead.',
    )
    expect(explainWorkspaceProblem(problem, 'zh').sentence).toBe(
      'accounts.json 不是有效的 JSON；原文件已移到 accounts.corrupt-20250101T000000Z.json；改用新的测试号（新的 AppID、AppSecret、Token 和 EncodingAESKey）。',
    )
  })

  it('says who was re-attached, to which account by name, and how to undo with the moved copy', () => {
    const problems = [SAMPLES['corrupt-file'], SAMPLES['reattached-users']]
    const accountName = (id: string) => (id === 'acc-new' ? 'mpsim 测试号' : undefined)
    const en = explainWorkspaceProblem(SAMPLES['reattached-users'], 'en', { problems, accountName })
    expect(en.headline).toBe(
      'users.json: 3 users of acc-old, acc-older (an account lost with accounts.json) now belong to “mpsim 测试号” (acc-new), the new default account',
    )
    expect(en.undo).toBe(
      'To undo: stop mpsim, repair accounts.corrupt-20250101T000000Z.json and rename it back to accounts.json, then in users.json set these users’ accountId back to acc-old, acc-older.',
    )
    expect(en.full).toBe(`${en.sentence} ${en.undo}`)
    const zh = explainWorkspaceProblem(SAMPLES['reattached-users'], 'zh', { problems, accountName })
    expect(zh.headline).toContain('“mpsim 测试号”（acc-new）')
    expect(zh.undo).toContain('修复 accounts.corrupt-20250101T000000Z.json 并改名回 accounts.json')
    expect(zh.full).toBe(`${zh.sentence}${zh.undo}`)
  })

  it('without a moved copy (accounts.json was missing), the undo asks for one back', () => {
    const text = explainWorkspaceProblem(SAMPLES['reattached-users-one'], 'en')
    expect(text.headline).toContain('1 user of acc-old')
    expect(text.headline).toContain('now belongs to acc-new')
    expect(text.undo).toBe(
      'To undo: stop mpsim, put back an accounts.json that has acc-old, then in users.json set these users’ accountId back to it.',
    )
  })

  it('capitalises a line that opens with words, never a file name', () => {
    expect(explainWorkspaceProblem(SAMPLES['truncated-line'], 'en').full).toMatch(
      /^The last line of exchanges\.ndjson/,
    )
    expect(explainWorkspaceProblem(SAMPLES['truncated-line'], 'en').sentence).toMatch(/^the last/)
    expect(explainWorkspaceProblem(SAMPLES['corrupt-file'], 'en').full).toMatch(/^accounts\.json/)
  })
})

describe('explainWorkspaceIssue', () => {
  it.each([
    [
      'en',
      { path: 'accounts[0].appId', rule: 'must be wx + 16 hex', got: '"wx1"' },
      'accounts[0].appId: must be wx + 16 hex (found "wx1")',
    ],
    [
      'zh',
      { path: 'accounts[0].appId', rule: 'must be wx + 16 hex', got: '"wx1"' },
      'accounts[0].appId：must be wx + 16 hex（实际为 "wx1"）',
    ],
    ['en', { path: '', rule: 'must be an object' }, 'the file: must be an object'],
    ['zh', { path: '', rule: 'must be an object' }, '整个文件：must be an object'],
  ] as const)('%s: %j', (lang, issue, expected) => {
    expect(explainWorkspaceIssue(issue, lang)).toBe(expected)
  })
})

describe('fillTemplate', () => {
  it('fills known placeholders and leaves unknown ones visible (so tests catch them)', () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })
})

describe('renderWorkspaceProblems (CLI)', () => {
  it('prints the shared sentence after ⚠, one line per problem', () => {
    const problems = [SAMPLES['corrupt-file'], SAMPLES['invalid-line'], SAMPLES['not-writable']]
    expect(renderWorkspaceProblems(problems, 'en', PLAIN_STYLE)).toEqual([
      '⚠ accounts.json was not valid JSON; the bad copy is kept as accounts.corrupt-20250101T000000Z.json; a new test account (new AppID, AppSecret, Token and EncodingAESKey) is used instead.',
      '⚠ exchanges.ndjson line 12 is not an exchange; it is left out of the list.',
      '⚠ users.json was not saved: EACCES; the change is kept in memory and saving is retried.',
    ])
    expect(renderWorkspaceProblems(problems, 'zh', PLAIN_STYLE)).toEqual([
      '⚠ accounts.json 不是有效的 JSON；原文件已移到 accounts.corrupt-20250101T000000Z.json；改用新的测试号（新的 AppID、AppSecret、Token 和 EncodingAESKey）。',
      '⚠ exchanges.ndjson 第 12 行不是有效的交互记录；已跳过该行。',
      '⚠ users.json 保存失败（users.json was not saved: EACCES; the change is kept in memory and saving is retried）。',
    ])
  })
})
