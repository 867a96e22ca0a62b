/**
 * What a step sends, as the engine takes it: a catalogue type and values. `{type}` steps give
 * them directly; `{xml}` and `{capture}` steps are parsed like the composer's XML editor, which
 * drops the header and — unless the step keeps it — the MsgId, so every replay is a new message
 * for the bot rather than a WeChat retry (push-from-xml.ts, protocol.md §7.3).
 */
import { resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import type { Account } from '../../../shared/model/account'
import type { PushValues } from '../../../shared/model/catalog-types'
import type { SuiteStep } from '../../../shared/model/suite'
import { MpsimError } from '../../errors'
import { pushFromXml } from '../../engine/push-from-xml'
import { importCaptures } from '../import'
import { expand } from './variables'
import type { VariableScope } from './variables'

export class CaptureStepError extends MpsimError {
  readonly code = 'bad-capture'
}

export interface StepPush {
  readonly typeId: string
  readonly values: PushValues
  /** The capture's recorded reply, when the step has none of its own. */
  readonly recordedReply?: string
}

export interface StepPushContext {
  readonly accounts: readonly Account[]
  readonly keepMsgId: boolean
  readonly baseDir: string
  readonly readFile?: (path: string) => Promise<Uint8Array>
}

export async function stepPush(
  step: SuiteStep,
  scope: VariableScope,
  ctx: StepPushContext,
): Promise<StepPush> {
  const send = step.send
  if ('type' in send) {
    const values: Record<string, string> = {}
    for (const [name, value] of Object.entries(send.fields ?? {}))
      values[name] = expand(value, scope)
    return { typeId: send.type, values: values }
  }
  if ('xml' in send) {
    return pushFromXml(expand(send.xml, scope), { keepMsgId: ctx.keepMsgId })
  }
  const path = resolve(ctx.baseDir, expand(send.capture, scope))
  const bytes = await (ctx.readFile ?? readFile)(path).catch((error: unknown) => {
    throw new CaptureStepError(
      `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    )
  })
  const report = importCaptures([{ name: send.capture, bytes }], { accounts: ctx.accounts })
  const [message, ...more] = report.messages
  if (!message) {
    const skip = report.skipped[0]
    const why = skip ? `${skip.reason}${skip.detail ? ` (${skip.detail})` : ''}` : 'nothing found'
    throw new CaptureStepError(`${send.capture} holds no push: ${why}`)
  }
  if (more.length > 0) {
    throw new CaptureStepError(
      `${send.capture} holds ${report.messages.length} pushes; a step sends one — ` +
        'give each its own step, or pass the file to `mpsim replay` directly',
    )
  }
  const push = pushFromXml(expand(message.plainXml, scope), { keepMsgId: ctx.keepMsgId })
  return message.recordedReply ? { ...push, recordedReply: message.recordedReply.body } : push
}
