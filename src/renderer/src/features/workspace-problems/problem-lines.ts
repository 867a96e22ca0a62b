/**
 * Workspace problems (from getSetup) as the lines the banner and Settings show: the shared words
 * (src/shared/explain/workspace-problems.ts) with the account's name, and the details behind the
 * "Details" toggle — the schema issues, where the moved copy is, which users were re-attached.
 * Pure, so the unit tests cover it without a browser.
 */
import type { SetupProblem } from '../../../../shared/control/engine-schemas'
import {
  explainWorkspaceIssue,
  explainWorkspaceProblem,
  labelAccount,
} from '../../../../shared/explain/workspace-problems'
import type { Lang } from '../../../../shared/explain/types'
import type { Account } from '../../../../shared/model/account'
import type { SimUser } from '../../../../shared/model/sim-user'

export interface ProblemLine {
  /** Stable across renders and languages: the same problem keeps its key. */
  readonly key: string
  readonly severity: SetupProblem['severity']
  /** The whole problem in one or two sentences. */
  readonly text: string
  /** Absolute path of the copy moved aside, to find it on disk. */
  readonly movedCopy?: string
  /** The schema rules the file broke, one line each. */
  readonly issues: readonly string[]
  /** Re-attached users: the account they joined, and their nicknames. */
  readonly users?: { readonly account: string; readonly names: readonly string[] }
}

export interface ProblemSource {
  readonly workspaceDir: string
  readonly accounts: readonly Pick<Account, 'id' | 'name'>[]
  readonly users: readonly Pick<SimUser, 'accountId' | 'nickname'>[]
  readonly problems: readonly SetupProblem[]
}

export function problemLines(source: ProblemSource, lang: Lang): ProblemLine[] {
  const accountName = (id: string) => source.accounts.find((a) => a.id === id)?.name
  return source.problems.map((problem) => {
    const words = explainWorkspaceProblem(problem, lang, { problems: source.problems, accountName })
    const to = problem.reattached?.to
    return {
      key: problemKey(problem),
      severity: problem.severity,
      text: words.full,
      ...(problem.movedTo === undefined
        ? {}
        : { movedCopy: joinPath(source.workspaceDir, problem.movedTo) }),
      issues: (problem.issues ?? []).map((issue) => explainWorkspaceIssue(issue, lang)),
      ...(to === undefined
        ? {}
        : {
            users: {
              account: labelAccount(to, accountName(to), lang),
              names: source.users.filter((u) => u.accountId === to).map((u) => u.nickname),
            },
          }),
    }
  })
}

/** What identifies a problem across refreshes of the setup (dismissed ones stay dismissed). */
export function problemKey(problem: SetupProblem): string {
  return [problem.code, problem.file, problem.movedTo ?? '', problem.line ?? ''].join('|')
}

/** The workspace folder and a '/'-separated relative path, in the folder's own style. */
export function joinPath(dir: string, relative: string): string {
  const windows = /^[A-Za-z]:\\|^\\\\/.test(dir)
  const sep = windows ? '\\' : '/'
  const tail = windows ? relative.split('/').join('\\') : relative
  return dir.endsWith(sep) ? `${dir}${tail}` : `${dir}${sep}${tail}`
}
