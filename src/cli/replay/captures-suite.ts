/**
 * Capture files given straight to `mpsim replay` become one suite (docs/replay.md "Replaying
 * captures"): a step per message, with no `expect`, so each is asserted to get an answer WeChat
 * accepts at the first attempt (the runner's default). The sender is the workspace's first user:
 * a production openid means nothing to the mock, and the engine re-fills the header anyway.
 */
import type { CapturedMessage } from '../../shared/model/capture'
import type { Suite, SuiteStep } from '../../shared/model/suite'

export function stepOfCapture(message: CapturedMessage): SuiteStep {
  return {
    name: message.id,
    send: { xml: message.plainXml },
    ...(message.recordedReply === undefined ? {} : { recordedReply: message.recordedReply.body }),
  }
}

export function suiteOfCaptures(messages: readonly CapturedMessage[], name: string): Suite {
  return { version: 1, name, steps: messages.map(stepOfCapture) }
}
