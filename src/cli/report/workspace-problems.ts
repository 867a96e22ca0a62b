/**
 * Workspace problems in words (zh and en), printed by `serve`, `send` and `verify` as soon as the
 * workspace is open: which file, where the bad copy went, and what is used instead. Recovery is
 * never silent (README "Workspace"). The core reports codes and fields; only the words live here.
 */
import type { Lang } from '../../shared/explain/types'
import type { WorkspaceProblem } from '../../core/workspace'
import { styleFor } from './style'
import type { Style } from './style'

type Fallback = NonNullable<WorkspaceProblem['usedInstead']>

interface Words {
  readonly sep: string
  readonly end: string
  corrupt(file: string): string
  invalid(file: string): string
  newer(file: string, version: number): string
  truncated(file: string): string
  invalidLine(file: string, line: number | undefined): string
  unknownAccount(file: string): string
  reattached(file: string, users: number, from: string, to: string): string
  notSaved(file: string, message: string): string
  movedTo(path: string): string
  instead: Readonly<Record<Fallback, string>>
}

const WORDS: Readonly<Record<Lang, Words>> = {
  en: {
    sep: '; ',
    end: '.',
    corrupt: (file) => `${file} was not valid JSON`,
    invalid: (file) => `${file} did not follow its format`,
    newer: (file, version) =>
      `${file} was written by a newer mpsim (file version ${version}); update mpsim to use it`,
    truncated: (file) => `the last line of ${file} was cut off (mpsim stopped while writing it)`,
    invalidLine: (file, line) =>
      `${file}${line === undefined ? '' : ` line ${line}`} is not an exchange`,
    unknownAccount: (file) =>
      `${file} has a user whose account is not in accounts.json: choose its account in the app, or fix its accountId`,
    reattached: (file, users, from, to) =>
      `${file}: ${users === 1 ? '1 user' : `${users} users`} of ${from} (an account lost with accounts.json) now belong to ${to}, the new default account`,
    notSaved: (_file, message) => message,
    movedTo: (path) => `the bad copy is kept as ${path}`,
    instead: {
      'default-settings': 'the default settings are used instead',
      'new-account':
        'a new test account (new AppID, AppSecret, Token and EncodingAESKey) is used instead',
      'default-users': 'three default users are used instead',
      'no-menu': 'the account has no menu until the bot creates one again',
      'default-account': 'pushes and the phone use them as before',
      skipped: 'it is left out of the list',
    },
  },
  zh: {
    sep: '；',
    end: '。',
    corrupt: (file) => `${file} 不是有效的 JSON`,
    invalid: (file) => `${file} 的内容不符合格式`,
    newer: (file, version) =>
      `${file} 由更新版本的 mpsim 写入（文件版本 ${version}），请升级 mpsim 后再用它`,
    truncated: (file) => `${file} 的最后一行不完整（写入时 mpsim 被中断）`,
    invalidLine: (file, line) =>
      `${file}${line === undefined ? ' 中有一行' : ` 第 ${line} 行`}不是有效的交互记录`,
    unknownAccount: (file) =>
      `${file} 中有用户所属的公众号不在 accounts.json 里：请在应用中为其选择公众号，或修改其 accountId`,
    reattached: (file, users, from, to) =>
      `${file}：原属 ${from} 的 ${users} 个用户（该公众号随 accounts.json 丢失）现归新的默认公众号 ${to}`,
    notSaved: (file, message) => `${file} 保存失败（${message}）`,
    movedTo: (path) => `原文件已移到 ${path}`,
    instead: {
      'default-settings': '改用默认设置',
      'new-account': '改用新的测试号（新的 AppID、AppSecret、Token 和 EncodingAESKey）',
      'default-users': '改用三个默认用户',
      'no-menu': '该公众号暂无菜单，等机器人重新创建',
      'default-account': '推送和手机照常使用这些用户',
      skipped: '已跳过该行',
    },
  },
}

function headline(problem: WorkspaceProblem, w: Words): string {
  switch (problem.code) {
    case 'corrupt-file':
      return w.corrupt(problem.file)
    case 'invalid-file':
      return problem.fileVersion === undefined
        ? w.invalid(problem.file)
        : w.newer(problem.file, problem.fileVersion)
    case 'truncated-line':
      return w.truncated(problem.file)
    case 'invalid-line':
      return w.invalidLine(problem.file, problem.line)
    case 'unknown-account':
      return w.unknownAccount(problem.file)
    case 'reattached-users': {
      const r = problem.reattached
      return r === undefined
        ? problem.message
        : w.reattached(problem.file, r.users, r.from.join(', '), r.to)
    }
    case 'not-writable':
    case 'invalid-value':
      return w.notSaved(problem.file, problem.message)
  }
}

/** One line per problem, e.g. "⚠ accounts.json was not valid JSON; the bad copy is kept as …". */
export function renderWorkspaceProblems(
  problems: readonly WorkspaceProblem[],
  lang: Lang,
  style: Style,
): string[] {
  const w = WORDS[lang]
  return problems.map((problem) => {
    const parts = [headline(problem, w)]
    if (problem.movedTo !== undefined) parts.push(w.movedTo(problem.movedTo))
    if (problem.usedInstead !== undefined) parts.push(w.instead[problem.usedInstead])
    const text = `⚠ ${parts.join(w.sep)}${w.end}`
    return problem.severity === 'error' ? style.bad(text) : style.warn(text)
  })
}

/** Writes the problems to stderr (so stdout stays the report or the JSON document). */
export function warnWorkspaceProblems(
  problems: readonly WorkspaceProblem[],
  lang: Lang,
  stream: NodeJS.WriteStream = process.stderr,
): void {
  for (const line of renderWorkspaceProblems(problems, lang, styleFor(stream))) {
    stream.write(`${line}\n`)
  }
}
