/**
 * One planned step: who sends, what, the delivery through the engine (fresh timestamp and nonce
 * per attempt, as every push), the bot's API calls meanwhile, then the assertions. A problem that
 * stops the step from running (unknown user, a bad capture, an unknown variable) is the step's
 * `error`, never an exception out of the run.
 */
import { performance } from 'node:perf_hooks'
import type { Account, EncryptionMode } from '../../../shared/model/account'
import type { SimUser } from '../../../shared/model/sim-user'
import type { StepExpect, StepResult } from '../../../shared/model/suite'
import { seededRandom } from '../../runtime/random'
import { watchApiCalls } from './api-calls'
import type { ApiCallWatch } from './api-calls'
import { DEFAULT_EXPECT, evaluateStep } from './assertions'
import type { RunDeps } from './options'
import type { PlannedStep } from './plan'
import { stepName } from './plan'
import { plainRecordedReply, stepFacts, unreachableReason } from './step-facts'
import { stepPush } from './step-push'
import { expand, expandDeep, expandVars } from './variables'
import type { VariableScope } from './variables'

export interface StepRunContext {
  readonly deps: RunDeps
  readonly account: Account
  readonly botUrl?: string
  readonly mode?: EncryptionMode
  readonly seed?: string
  readonly keepMsgIds: boolean
  readonly variables?: Readonly<Record<string, string>>
  readonly baseDir: string
  readonly timeoutMs?: number
  readonly attempts?: number
  readonly apiCallWaitMs: number
}

const POLL_MS = 20
/** After the expected calls arrived, how long an exact count keeps watching for one too many. */
const SETTLE_MS = 300

export async function runStep(ctx: StepRunContext, planned: PlannedStep): Promise<StepResult> {
  const started = performance.now()
  let name = stepName(planned)
  const base = () => ({
    index: planned.index,
    ...(planned.row === undefined ? {} : { row: planned.row }),
    name,
  })
  const elapsed = () => Math.round(performance.now() - started)
  let watch: ApiCallWatch | undefined
  try {
    const { deps, account } = ctx
    const step = planned.step
    const scope = stepScope(ctx, planned)
    name = expandName(name, scope)
    const user = scope.user
    const push = await stepPush(step, scope, {
      accounts: deps.directory.listAccounts(),
      keepMsgId: step.keepMsgId ?? ctx.keepMsgIds,
      baseDir: ctx.baseDir,
      ...(deps.readFile ? { readFile: deps.readFile } : {}),
    })
    const expect: StepExpect = expandDeep(step.expect ?? DEFAULT_EXPECT, scope)
    const recorded = step.recordedReply ?? push.recordedReply
    watch = watchApiCalls(deps.bus, account.id, user.openid)
    const exchange = await deps.engine.send({
      accountId: account.id,
      openid: user.openid,
      typeId: push.typeId,
      values: push.values,
      ...(ctx.mode ? { mode: ctx.mode } : {}),
      ...(ctx.botUrl ? { botUrl: ctx.botUrl } : {}),
      ...(ctx.timeoutMs === undefined ? {} : { timeoutMs: ctx.timeoutMs }),
      ...(ctx.attempts === undefined ? {} : { attempts: ctx.attempts }),
      // Per step, not per run: the same step draws the same values whatever ran beside it.
      ...(ctx.seed === undefined
        ? {}
        : { random: seededRandom(`${ctx.seed}:${planned.index}:${planned.row ?? 0}`) }),
    })
    const unreachable = unreachableReason(exchange)
    if (unreachable) {
      return {
        ...base(),
        status: 'error',
        failures: [],
        error: unreachable,
        unreachable: true,
        exchangeId: exchange.id,
        durationMs: elapsed(),
      }
    }
    const recordedPlain =
      recorded === undefined ? undefined : plainRecordedReply(expand(recorded, scope), account)
    await waitForApiCalls(expect, watch, ctx.apiCallWaitMs)
    const failures = evaluateStep(expect, stepFacts(exchange, [...watch.calls], recordedPlain))
    return {
      ...base(),
      status: failures.length > 0 ? 'failed' : 'passed',
      failures,
      exchangeId: exchange.id,
      durationMs: elapsed(),
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ...base(), status: 'error', failures: [], error: message, durationMs: elapsed() }
  } finally {
    watch?.stop()
  }
}

/** The variables a step sees: its user (by openid or nickname), the clock, its row, the suite's. */
function stepScope(ctx: StepRunContext, planned: PlannedStep): VariableScope {
  const step = planned.step
  const user = findUser(
    ctx,
    step.user === undefined ? undefined : expand(step.user, bareScope(ctx, planned)),
  )
  const scope: VariableScope = {
    user,
    now: ctx.deps.clock.nowSeconds(),
    ...(planned.rowValues ? { row: planned.rowValues } : {}),
  }
  return { ...scope, vars: expandVars(ctx.variables, scope) }
}

/**
 * A name with variables ("greets {{user.nickname}}") filled in like everything the step sends,
 * so the report says which row or user it was; as written when a variable is unknown (the
 * step's error then says which).
 */
function expandName(name: string, scope: VariableScope): string {
  try {
    return expand(name, scope)
  } catch {
    return name
  }
}

/** The name of a step that does not run (after `bail`), its variables filled in where they can be. */
export function skippedStepName(ctx: StepRunContext, planned: PlannedStep): string {
  const name = stepName(planned)
  try {
    return expandName(name, stepScope(ctx, planned))
  } catch {
    return name
  }
}

/** The scope a step's `user` may use: rows and the clock, not the user it is choosing. */
function bareScope(ctx: StepRunContext, planned: PlannedStep): VariableScope {
  return {
    user: { openid: '', nickname: '' },
    now: ctx.deps.clock.nowSeconds(),
    ...(planned.rowValues ? { row: planned.rowValues } : {}),
    ...(ctx.variables ? { vars: ctx.variables } : {}),
  }
}

/** By openid or nickname among the account's users; the phone's user when the step names none. */
function findUser(ctx: StepRunContext, wanted: string | undefined): SimUser {
  const users = ctx.deps.directory.listUsers(ctx.account.id)
  const openid = wanted === undefined ? ctx.deps.engine.phoneUser(ctx.account.id) : undefined
  const user =
    wanted === undefined
      ? users.find((u) => u.openid === openid)
      : (users.find((u) => u.openid === wanted) ?? users.find((u) => u.nickname === wanted))
  if (user) return user
  throw new Error(
    wanted === undefined
      ? `account ${ctx.account.id} has no simulated user to send as`
      : `no user "${wanted}" (openid or nickname) in account ${ctx.account.id}`,
  )
}

/**
 * The bot's calls may come after its passive answer (an '' reply, then customer service): watch
 * until the expected calls are there — and, for an exact count, a little longer for one too many —
 * or until the wait is over.
 */
async function waitForApiCalls(
  expect: StepExpect,
  watch: ApiCallWatch,
  waitMs: number,
): Promise<void> {
  const calls = expect.apiCalls
  if (!calls || calls.length === 0) return
  const exact = calls.some((c) => c.count !== undefined)
  const start = performance.now()
  const settle = Math.min(SETTLE_MS, waitMs)
  for (;;) {
    const waited = performance.now() - start
    if (waited >= waitMs) return
    const met =
      evaluateStep(
        { apiCalls: calls },
        {
          outcome: undefined,
          attempts: 0,
          firstAttemptMs: 0,
          firstAttemptAnswered: false,
          apiCalls: watch.calls,
        },
      ).length === 0
    if (met && (!exact || waited >= settle)) return
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
