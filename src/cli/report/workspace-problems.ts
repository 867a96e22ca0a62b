/**
 * Workspace problems printed by `serve`, `send` and `verify` as soon as the workspace is open:
 * which file, where the bad copy went, and what is used instead. Recovery is never silent (README
 * "Workspace"). The words are shared with the app (src/shared/explain/workspace-problems.ts); this
 * file only adds the mark, the colour and the stream.
 */
import { explainWorkspaceProblem } from '../../shared/explain/workspace-problems'
import type { Lang } from '../../shared/explain/types'
import type { SetupProblem } from '../../shared/control/engine-schemas'
import { styleFor } from './style'
import type { Style } from './style'

/** One line per problem, e.g. "⚠ accounts.json was not valid JSON; the bad copy is kept as …". */
export function renderWorkspaceProblems(
  problems: readonly SetupProblem[],
  lang: Lang,
  style: Style,
): string[] {
  return problems.map((problem) => {
    const text = `⚠ ${explainWorkspaceProblem(problem, lang).sentence}`
    return problem.severity === 'error' ? style.bad(text) : style.warn(text)
  })
}

/** Writes the problems to stderr (so stdout stays the report or the JSON document). */
export function warnWorkspaceProblems(
  problems: readonly SetupProblem[],
  lang: Lang,
  stream: NodeJS.WriteStream = process.stderr,
): void {
  for (const line of renderWorkspaceProblems(problems, lang, styleFor(stream))) {
    stream.write(`${line}\n`)
  }
}
