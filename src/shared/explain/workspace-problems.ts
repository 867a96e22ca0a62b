/**
 * Words for the workspace problems (a file moved aside, users re-attached, a log line skipped, a
 * save that failed), in zh-CN and English. The core reports codes and fields (SetupProblem); the
 * CLI prints these words as soon as the workspace is open and the app shows them in its banner and
 * in Settings, so both say the same thing. Recovery is never silent (README "Workspace").
 *
 * Templates are data with `{name}` placeholders, the same keys in both languages (the type of the
 * table checks it); `explainWorkspaceProblem` picks the template by code and fills it.
 */
import type { SetupProblem } from '../control/engine-schemas'
import type { Lang } from './types'

export type WorkspaceProblemCode = SetupProblem['code']
export type WorkspaceFallback = NonNullable<SetupProblem['usedInstead']>
export type WorkspaceIssue = NonNullable<SetupProblem['issues']>[number]

/** One template per way a problem is worded; a code may have two (with or without a detail). */
export type HeadlineKey =
  | WorkspaceProblemCode
  | 'invalid-file-newer'
  | 'invalid-line-unnumbered'
  | 'reattached-users-one'
  | 'reattached-users-unknown'

export interface WorkspaceProblemWords {
  /** Between the parts of one problem. */
  readonly sep: string
  /** After the last part. */
  readonly end: string
  /** Between two sentences. */
  readonly space: string
  readonly headline: Readonly<Record<HeadlineKey, string>>
  readonly movedTo: string
  readonly instead: Readonly<Record<WorkspaceFallback, string>>
  /** How to put re-attached users back, with and without the moved-aside accounts.json. */
  readonly undo: { readonly withCopy: string; readonly withoutCopy: string }
  /** An account named for the reader: `“测试号” (acc-1)`. */
  readonly accountLabel: string
  /** One schema issue of a file; `whole` stands for the path of the file as a whole. */
  readonly issue: {
    readonly withValue: string
    readonly withoutValue: string
    readonly whole: string
  }
  /** Joins a list of account ids (ASCII, so a comma in both languages). */
  readonly listSep: string
}

export const WORKSPACE_PROBLEM_WORDS: Readonly<Record<Lang, WorkspaceProblemWords>> = {
  en: {
    sep: '; ',
    end: '.',
    space: ' ',
    headline: {
      'corrupt-file': '{file} was not valid JSON',
      'invalid-file': '{file} did not follow its format',
      'invalid-file-newer':
        '{file} was written by a newer mpsim (file version {version}); update mpsim to use it',
      'truncated-line': 'the last line of {file} was cut off (mpsim stopped while writing it)',
      'invalid-line': '{file} line {line} is not an exchange',
      'invalid-line-unnumbered': '{file} is not an exchange',
      'unknown-account':
        '{file} has a user whose account is not in accounts.json: choose its account in the app, or fix its accountId',
      'reattached-users':
        '{file}: {count} users of {from} (an account lost with accounts.json) now belong to {to}, the new default account',
      'reattached-users-one':
        '{file}: 1 user of {from} (an account lost with accounts.json) now belongs to {to}, the new default account',
      'reattached-users-unknown':
        '{file}: users of an account lost with accounts.json now belong to the new default account',
      'not-writable': '{message}',
      'invalid-value': '{message}',
    },
    movedTo: 'the bad copy is kept as {path}',
    instead: {
      'default-settings': 'the default settings are used instead',
      'new-account':
        'a new test account (new AppID, AppSecret, Token and EncodingAESKey) is used instead',
      'default-users': 'three default users are used instead',
      'no-menu': 'the account has no menu until the bot creates one again',
      'default-account': 'pushes and the phone use them as before',
      skipped: 'it is left out of the list',
    },
    undo: {
      withCopy:
        'To undo: stop mpsim, repair {copy} and rename it back to accounts.json, then in {file} set these users’ accountId back to {from}.',
      withoutCopy:
        'To undo: stop mpsim, put back an accounts.json that has {from}, then in {file} set these users’ accountId back to it.',
    },
    accountLabel: '“{name}” ({id})',
    issue: {
      withValue: '{path}: {rule} (found {got})',
      withoutValue: '{path}: {rule}',
      whole: 'the file',
    },
    listSep: ', ',
  },
  zh: {
    sep: '；',
    end: '。',
    space: '',
    headline: {
      'corrupt-file': '{file} 不是有效的 JSON',
      'invalid-file': '{file} 的内容不符合格式',
      'invalid-file-newer':
        '{file} 由更新版本的 mpsim 写入（文件版本 {version}），请升级 mpsim 后再用它',
      'truncated-line': '{file} 的最后一行不完整（写入时 mpsim 被中断）',
      'invalid-line': '{file} 第 {line} 行不是有效的交互记录',
      'invalid-line-unnumbered': '{file} 中有一行不是有效的交互记录',
      'unknown-account':
        '{file} 中有用户所属的公众号不在 accounts.json 里：请在应用中为其选择公众号，或修改其 accountId',
      'reattached-users':
        '{file}：原属 {from} 的 {count} 个用户（该公众号随 accounts.json 丢失）现归新的默认公众号 {to}',
      'reattached-users-one':
        '{file}：原属 {from} 的 1 个用户（该公众号随 accounts.json 丢失）现归新的默认公众号 {to}',
      'reattached-users-unknown': '{file}：随 accounts.json 丢失的公众号下的用户现归新的默认公众号',
      'not-writable': '{file} 保存失败（{message}）',
      'invalid-value': '{file} 保存失败（{message}）',
    },
    movedTo: '原文件已移到 {path}',
    instead: {
      'default-settings': '改用默认设置',
      'new-account': '改用新的测试号（新的 AppID、AppSecret、Token 和 EncodingAESKey）',
      'default-users': '改用三个默认用户',
      'no-menu': '该公众号暂无菜单，等机器人重新创建',
      'default-account': '推送和手机照常使用这些用户',
      skipped: '已跳过该行',
    },
    undo: {
      withCopy:
        '如需撤销：停止 mpsim，修复 {copy} 并改名回 accounts.json，再把 {file} 中这些用户的 accountId 改回 {from}。',
      withoutCopy:
        '如需撤销：停止 mpsim，放回含有 {from} 的 accounts.json，再把 {file} 中这些用户的 accountId 改回去。',
    },
    accountLabel: '“{name}”（{id}）',
    issue: {
      withValue: '{path}：{rule}（实际为 {got}）',
      withoutValue: '{path}：{rule}',
      whole: '整个文件',
    },
    listSep: ', ',
  },
}

/** A problem in words: each part on its own, and joined the way the CLI prints it. */
export interface WorkspaceProblemText {
  /** What happened: "accounts.json was not valid JSON". */
  readonly headline: string
  /** Where the bad copy went: "the bad copy is kept as accounts.corrupt-….json". */
  readonly movedTo?: string
  /** What is used in its place. */
  readonly instead?: string
  /** 'reattached-users': how to put the users back by hand (a whole sentence). */
  readonly undo?: string
  /** headline, movedTo and instead as one sentence: the CLI's line after its "⚠ ". */
  readonly sentence: string
  /** The sentence standing alone (capital first letter), then how to undo: the app's line. */
  readonly full: string
}

export interface WorkspaceProblemContext {
  /** Every problem of the workspace: the re-attached users' undo names the moved accounts.json. */
  readonly problems?: readonly SetupProblem[]
  /** An account's name, to say "“测试号” (acc-1)" rather than the bare id. */
  readonly accountName?: (id: string) => string | undefined
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is left as it is, which the unit
 * tests catch for every code in both languages.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    return value === undefined ? whole : String(value)
  })
}

/** Which headline template a problem takes. */
export function headlineKey(problem: SetupProblem): HeadlineKey {
  switch (problem.code) {
    case 'invalid-file':
      return problem.fileVersion === undefined ? 'invalid-file' : 'invalid-file-newer'
    case 'invalid-line':
      return problem.line === undefined ? 'invalid-line-unnumbered' : 'invalid-line'
    case 'reattached-users':
      if (problem.reattached === undefined) return 'reattached-users-unknown'
      return problem.reattached.users === 1 ? 'reattached-users-one' : 'reattached-users'
    case 'corrupt-file':
    case 'truncated-line':
    case 'unknown-account':
    case 'not-writable':
    case 'invalid-value':
      return problem.code
  }
}

/**
 * One problem in words.
 * @example
 * explainWorkspaceProblem({ code: 'corrupt-file', severity: 'error', file: 'accounts.json',
 *   movedTo: 'accounts.corrupt-1.json', usedInstead: 'new-account', message: '…' }, 'en').sentence
 * // 'accounts.json was not valid JSON; the bad copy is kept as accounts.corrupt-1.json; a new …'
 */
export function explainWorkspaceProblem(
  problem: SetupProblem,
  lang: Lang,
  context: WorkspaceProblemContext = {},
): WorkspaceProblemText {
  const w = WORKSPACE_PROBLEM_WORDS[lang]
  const r = problem.reattached
  const from = r?.from.join(w.listSep)
  const key = headlineKey(problem)
  const headline = fillTemplate(w.headline[key], {
    file: problem.file,
    version: problem.fileVersion,
    line: problem.line,
    message: problem.message,
    count: r?.users,
    from,
    to: r === undefined ? undefined : labelAccount(r.to, context.accountName?.(r.to), lang),
  })
  const movedTo =
    problem.movedTo === undefined ? undefined : fillTemplate(w.movedTo, { path: problem.movedTo })
  const instead = problem.usedInstead === undefined ? undefined : w.instead[problem.usedInstead]
  const parts = [headline, movedTo, instead].filter((p) => p !== undefined)
  const sentence = `${parts.join(w.sep)}${w.end}`
  const undo = r === undefined ? undefined : undoText(problem, from ?? '', w, context)
  // A headline that opens with words (not a file name) gets a capital when it stands alone.
  const standalone = w.headline[key].startsWith('{') ? sentence : upperFirst(sentence)
  return {
    headline,
    ...(movedTo === undefined ? {} : { movedTo }),
    ...(instead === undefined ? {} : { instead }),
    ...(undo === undefined ? {} : { undo }),
    sentence,
    full: undo === undefined ? standalone : `${standalone}${w.space}${undo}`,
  }
}

/** One schema issue: "accounts[0].appId: must be … (found "wx1")". */
export function explainWorkspaceIssue(issue: WorkspaceIssue, lang: Lang): string {
  const w = WORKSPACE_PROBLEM_WORDS[lang]
  const path = issue.path === '' ? w.issue.whole : issue.path
  const template = issue.got === undefined ? w.issue.withoutValue : w.issue.withValue
  return fillTemplate(template, { path, rule: issue.rule, got: issue.got })
}

/** An account as the reader knows it: "“测试号” (acc-1)", or the bare id without a name. */
export function labelAccount(id: string, name: string | undefined, lang: Lang): string {
  const template = WORKSPACE_PROBLEM_WORDS[lang].accountLabel
  return name === undefined || name === '' ? id : fillTemplate(template, { name, id })
}

/** The accounts.json that was rebuilt was moved aside (bad) or was missing (then no copy). */
function undoText(
  problem: SetupProblem,
  from: string,
  w: WorkspaceProblemWords,
  context: WorkspaceProblemContext,
): string {
  const accounts = context.problems?.find(
    (p) => p.file === 'accounts.json' && p.movedTo !== undefined,
  )
  const copy = accounts?.movedTo
  const template = copy === undefined ? w.undo.withoutCopy : w.undo.withCopy
  return fillTemplate(template, { copy, file: problem.file, from })
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
