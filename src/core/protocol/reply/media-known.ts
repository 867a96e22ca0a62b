/**
 * Whether the media ids a reply names exist on the mock platform (docs/api-media.md "Replies with
 * media"): image, voice and video MediaId, music ThumbMediaId. The protocol layer stays pure: the
 * engine passes a lookup into ReplyCheckInput; without one (hand-built inputs, the CLI) nothing
 * is checked.
 */
import type { ReplyProblem } from '../../../shared/model/reply-problem-codes'
import type { ParsedReply } from '../../../shared/model/verdict'
import { problem } from './problems'

export type MediaIdStatus = 'ok' | 'unknown' | 'expired'

/** What the engine knows about one media id of the account being answered. */
export type MediaLookup = (mediaId: string) => MediaIdStatus

function namedIds(reply: ParsedReply): { field: string; mediaId: string | undefined }[] {
  switch (reply.msgType) {
    case 'image':
      return [{ field: 'Image/MediaId', mediaId: reply.mediaId }]
    case 'voice':
      return [{ field: 'Voice/MediaId', mediaId: reply.mediaId }]
    case 'video':
      return [{ field: 'Video/MediaId', mediaId: reply.mediaId }]
    case 'music':
      return [{ field: 'Music/ThumbMediaId', mediaId: reply.thumbMediaId }]
    case 'text':
    case 'news':
    case 'transfer_customer_service':
      return []
  }
}

export function checkKnownMedia(
  reply: ParsedReply | undefined,
  lookup: MediaLookup | undefined,
): ReplyProblem[] {
  if (!reply || !lookup) return []
  const problems: ReplyProblem[] = []
  for (const { field, mediaId } of namedIds(reply)) {
    // A missing id is already reported as field-missing.
    if (mediaId === undefined || mediaId === '') continue
    const status = lookup(mediaId)
    if (status !== 'ok') {
      problems.push(
        problem(status === 'unknown' ? 'media-id-unknown' : 'media-id-expired', { field, mediaId }),
      )
    }
  }
  return problems
}
