/**
 * Puts a really uploaded media_id into a demo media reply (replies/demo-media.ts) before it is sent.
 *
 * The passive reply must reach WeChat within 5 seconds (protocol.md §7.3), and the upload happens
 * while WeChat waits. So the upload (token included) gets a short timeout, and when the platform is
 * unreachable or refuses, the reply goes out in time with the placeholder id rather than not at
 * all. Once uploaded, the id is reused for almost 3 days and the reply no longer waits.
 */
import type { BackgroundWork } from '../background-work'
import type { ResolvedBotConfig } from '../config'
import type { TemporaryMediaCache } from '../platform-client/temporary-media-cache'
import { DEMO_MEDIA, demoFile } from '../replies/demo-media'
import type { DemoMediaKind } from '../replies/demo-media'
import { withMediaId } from '../replies/reply'
import type { Decision, Reply } from '../replies/reply'

export interface UploadedMediaDeps {
  readonly config: Pick<ResolvedBotConfig, 'log'>
  readonly work: BackgroundWork
  readonly media: TemporaryMediaCache
}

/** Well inside the 5 s: leaves time for decrypting, rendering and the network both ways. */
export const UPLOAD_TIMEOUT_MS = 2000

/** The decision's reply, with the uploaded media_id if it needs one. */
export async function replyWithMedia(deps: UploadedMediaDeps, decision: Decision): Promise<Reply> {
  const kind = decision.uploadMedia
  if (kind === undefined) return decision.reply
  return withMediaId(decision.reply, await demoMediaId(deps, kind))
}

async function demoMediaId(deps: UploadedMediaDeps, kind: DemoMediaKind): Promise<string> {
  const signal = AbortSignal.any([deps.work.signal, AbortSignal.timeout(UPLOAD_TIMEOUT_MS)])
  try {
    return await deps.media.mediaId(kind, demoFile(kind), signal)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    deps.config.log(`uploading the demo ${kind} failed, replying with ${DEMO_MEDIA[kind]}: ${why}`)
    return DEMO_MEDIA[kind]
  }
}
