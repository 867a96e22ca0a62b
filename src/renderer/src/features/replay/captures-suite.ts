/**
 * A suite made of the messages an import found (docs/replay.md "Import"): one step per message,
 * sent as its plaintext XML (re-signed and re-encrypted by the runner for the mode), asserting
 * the recorded reply when the capture kept one, and otherwise what WeChat itself requires: an
 * answer at the first attempt, within its 5 s (protocol.md §7).
 */
import type { CapturedMessage, ImportReport } from '../../../../shared/model/capture'
import type { Suite, SuiteStep } from '../../../../shared/model/suite'

/** WeChat's push deadline (protocol.md §4): what an import asserts when nothing was recorded. */
const WECHAT_DEADLINE_MS = 5000

export function suiteFromCaptures(report: ImportReport, name: string): Suite | undefined {
  const [first, ...rest] = report.messages.map(stepOf)
  if (!first) return undefined
  return { version: 1, name, steps: [first, ...rest] }
}

export function captureLabel(message: CapturedMessage): string {
  const at = message.source.index === undefined ? '' : ` #${message.source.index + 1}`
  return `${message.source.name}${at}`
}

function stepOf(message: CapturedMessage): SuiteStep {
  const type = message.typeId ?? (message.event ? `event.${message.event}` : message.msgType)
  return {
    name: `${captureLabel(message)} · ${type}`,
    send: { xml: message.plainXml },
    ...(message.recordedReply ? { recordedReply: message.recordedReply.body } : {}),
    expect: message.recordedReply
      ? { sameReplyAsRecorded: true, noRetry: true }
      : { withinMs: WECHAT_DEADLINE_MS, noRetry: true },
  }
}

/** A file name inside suites/ for a suite name: readable, safe on every file system. */
export function suiteFileName(name: string, taken: readonly string[] = []): string {
  const base =
    name
      .normalize('NFKC')
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 80) || 'suite'
  const names = new Set(taken)
  for (let n = 1; n < 1000; n += 1) {
    const file = n === 1 ? `${base}.json` : `${base}-${n}.json`
    if (!names.has(file)) return file
  }
  return `${base}-${Date.now()}.json`
}
