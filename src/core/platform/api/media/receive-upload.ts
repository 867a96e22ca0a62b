/**
 * The steps every upload API shares (docs/api-media.md): read the multipart body, take the `media`
 * part (41005 when absent), check its name, format and size against the API's rule (40005 and the
 * per-type size codes), read its length and pixels, and refuse a voice clip over 60 s (45007).
 * Also the one way a media route turns a thrown error into WeChat's -1.
 */
import type { Request, Response } from 'express'
import type { PlatformContext } from '../../../context/platform-context'
import { noteAnalysis } from '../analysis'
import { answerError } from '../reply'
import { MediaStoreFullError } from '../../state/media-store'
import { queryParam } from '../request'
import { CONTENT_TYPE, checkFile, isUploadType } from './file-kinds'
import type { SniffedFormat, TypeRule, UploadType } from './file-kinds'
import { readFileFacts } from './file-facts'
import type { FileFacts } from './file-facts'
import { readMultipart } from './multipart'
import type { MultipartForm, UploadedFile } from './multipart'

export interface ReceivedFile {
  readonly file: UploadedFile
  readonly format: SniffedFormat
  readonly contentType: string
  readonly facts: FileFacts
  readonly form: MultipartForm
}

/** The checked file, or undefined after answering the error. */
export async function receiveUpload(
  ctx: PlatformContext,
  req: Request,
  res: Response,
  rule: TypeRule,
): Promise<ReceivedFile | undefined> {
  const form = await readMultipart(req)
  const file = form?.files.get('media')
  if (!form || !file) {
    noteAnalysis(res, { problem: form ? 'multipart-without-media-part' : 'body-not-multipart' })
    answerError(ctx, res, 41005)
    return undefined
  }
  const checked = checkFile(rule, file.filename, file.bytes)
  if (!checked.ok) {
    noteAnalysis(res, { problem: 'media-file-refused', reason: checked.why })
    answerError(ctx, res, checked.errcode)
    return undefined
  }
  const facts = readFileFacts(checked.format, file.bytes)
  if (
    rule.maxDurationSec !== undefined &&
    facts.durationSec !== undefined &&
    facts.durationSec > rule.maxDurationSec
  ) {
    noteAnalysis(res, {
      problem: 'media-too-long',
      reason: `${facts.durationSec} s; at most ${rule.maxDurationSec} s`,
    })
    answerError(ctx, res, 45007)
    return undefined
  }
  return { file, format: checked.format, contentType: CONTENT_TYPE[checked.format], facts, form }
}

/**
 * media/upload and material/add_material: the `?type=` the file is for (40004 when it is not an
 * upload type, before the body is read) and the file checked against that type's rule. Undefined
 * after answering the error.
 */
export async function receiveTypedUpload(
  ctx: PlatformContext,
  req: Request,
  res: Response,
  rules: Readonly<Record<UploadType, TypeRule>>,
): Promise<{ readonly type: UploadType; readonly received: ReceivedFile } | undefined> {
  const type = queryParam(req, 'type')
  if (!isUploadType(type)) {
    noteAnalysis(res, { problem: 'media-type-unknown', reason: type ?? '(missing)' })
    answerError(ctx, res, 40004)
    return undefined
  }
  const received = await receiveUpload(ctx, req, res, rules[type])
  return received && { type, received }
}

/** The media-store fields every upload fills the same way: the bot's file and what was read of it. */
export function uploadedByBot(received: ReceivedFile) {
  return {
    filename: received.file.filename,
    contentType: received.contentType,
    bytes: received.file.bytes,
    origin: 'bot' as const,
    ...received.facts,
  }
}

/**
 * Runs an async media handler; a full store or an unexpected failure answers -1 (WeChat's
 * "system error") with the reason, instead of leaving the request hanging.
 */
export function runMediaHandler(
  ctx: PlatformContext,
  handler: (req: Request, res: Response) => Promise<void>,
): (req: Request, res: Response) => void {
  return (req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (res.headersSent) return
      if (error instanceof MediaStoreFullError) {
        answerError(ctx, res, -1, `system error (mpsim: ${error.message})`)
        return
      }
      console.error('mpsim: media API failed:', error)
      answerError(ctx, res, -1)
    })
  }
}
