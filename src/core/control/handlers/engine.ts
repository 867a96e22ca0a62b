/**
 * Engine commands of the control API: what the desktop app's chat, inspector and settings call.
 * Engine and catalogue errors (unknown account, bad field value) come back as 400 with their code.
 */
import type { Setup } from '../../../shared/control/engine-schemas'
import type { PushValues } from '../../../shared/model/catalog-types'
import { CatalogError, listCatalog } from '../../protocol/catalog'
import { XmlError } from '../../protocol/errors'
import { pushFromXml } from '../../engine/push-from-xml'
import { lintPushXml, previewPush } from '../../engine/push-preview'
import { secureRandom } from '../../runtime/random'
import { EngineError } from '../../engine/engine'
import type { Engine } from '../../engine/engine'
import type { FaultTable } from '../../context/faults'
import type { Clock } from '../../runtime/clock'
import { ControlError } from '../control-error'
import type { Handlers } from '../mount-contract'

export interface EngineHandlerDeps {
  readonly engine: Engine
  readonly clock: Clock
  readonly faults: FaultTable
  readonly setup: () => Setup
  /** Where the mock platform serves media: a previewed PicUrl names that host, not port 80. */
  readonly mediaBaseUrl?: string
}

async function asControlError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof CatalogError) {
      // The catalogue names the element at fault: the composer puts the message beside it.
      const field = error.detail['field']
      throw new ControlError(
        'invalid-input',
        `${error.code}: ${error.message}`,
        typeof field === 'string' ? [{ path: field, message: error.message }] : undefined,
      )
    }
    if (error instanceof EngineError || error instanceof XmlError) {
      throw new ControlError('invalid-input', `${error.code}: ${error.message}`)
    }
    throw error
  }
}

export function engineHandlers(
  deps: EngineHandlerDeps,
): Pick<
  Handlers,
  | 'getSetup'
  | 'getCatalog'
  | 'sendPush'
  | 'sendPushXml'
  | 'previewPush'
  | 'lintPushXml'
  | 'verifyBot'
  | 'advanceClock'
  | 'setFault'
  | 'clearFaults'
  | 'setPhoneUser'
  | 'scanQrCode'
> {
  return {
    getSetup: () => Promise.resolve(deps.setup()),
    getCatalog: () => Promise.resolve(listCatalog()),
    sendPush: ({ values, ...rest }) =>
      asControlError(() =>
        // The catalogue checks every value's shape and format (CatalogError → 400).
        deps.engine.send({ ...rest, ...(values ? { values: values as PushValues } : {}) }),
      ),
    sendPushXml: ({ xml, keepMsgId, ...rest }) =>
      asControlError(() =>
        deps.engine.send({ ...rest, ...pushFromXml(xml, { keepMsgId: keepMsgId ?? false }) }),
      ),
    previewPush: ({ accountId, openid, typeId, values }) =>
      asControlError(() => {
        const account = deps.engine.account(accountId)
        const user = openid ?? deps.engine.phoneUser(account.id) ?? 'o'
        const xml = previewPush(
          account,
          user,
          typeId,
          (values ?? {}) as PushValues,
          deps.clock.nowSeconds(),
          secureRandom,
          deps.mediaBaseUrl,
        )
        return Promise.resolve({ xml })
      }),
    lintPushXml: ({ xml }) =>
      Promise.resolve(lintPushXml(xml, deps.clock.nowSeconds(), secureRandom)),
    verifyBot: (input) =>
      asControlError(async () => {
        const { result, exchange } = await deps.engine.verify(input)
        return { verdict: result.verdict, exchange }
      }),
    // Token and code expiry, the 48-hour window: tests and users move time instead of waiting.
    advanceClock: ({ ms }) => {
      deps.clock.advance(ms)
      return Promise.resolve({ nowMs: deps.clock.nowMs(), nowSeconds: deps.clock.nowSeconds() })
    },
    setFault: ({ path, kind, errcode, latencyMs, remaining }) => {
      if (kind === 'errcode' && errcode === undefined) {
        throw new ControlError('invalid-input', 'an errcode fault needs errcode, e.g. 45009')
      }
      if (kind === 'latency' && latencyMs === undefined) {
        throw new ControlError('invalid-input', 'a latency fault needs latencyMs')
      }
      deps.faults.set({
        path,
        fault: {
          kind,
          ...(errcode === undefined ? {} : { errcode }),
          ...(latencyMs === undefined ? {} : { latencyMs }),
        },
        ...(remaining === undefined ? {} : { remaining }),
      })
      return Promise.resolve(deps.faults.list())
    },
    clearFaults: ({ path }) => {
      deps.faults.clear(path)
      return Promise.resolve(deps.faults.list())
    },
    setPhoneUser: ({ accountId, openid }) =>
      asControlError(() => {
        deps.engine.setPhoneUser(accountId, openid)
        return Promise.resolve({ ok: true as const })
      }),
    scanQrCode: ({ ticket, openid }) => asControlError(() => deps.engine.scan(ticket, openid)),
  }
}
