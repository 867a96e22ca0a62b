/**
 * What the mock platform's media store knows of a media_id (getMedia): the preview address, the
 * type, the length of a voice, whether it expired. Answers are shared by every bubble showing the
 * same id; an unknown id is asked again when a bubble mounts later (the bot may upload it since).
 */
import { useEffect, useState } from 'react'
import type { MediaItem } from '../../../../shared/control/platform-data-schemas'
import type { ControlClient } from '../../api/control-client'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'

export type MediaState =
  | { readonly status: 'loading' }
  | { readonly status: 'found'; readonly item: MediaItem }
  /** No such media for the account (never uploaded, or deleted). */
  | { readonly status: 'unknown' }
  /** mpsim could not be asked (the media commands are missing or failed). */
  | { readonly status: 'failed' }

const known = new Map<string, Promise<MediaItem | null>>()

function lookUp(client: ControlClient, accountId: string, mediaId: string) {
  const key = `${accountId}\n${mediaId}`
  let answer = known.get(key)
  if (!answer) {
    answer = client.getMedia({ accountId, mediaId })
    known.set(key, answer)
    // Only a found item is kept: "unknown" and failures are asked again next time.
    void answer.then(
      (item) => item === null && known.delete(key),
      () => known.delete(key),
    )
  }
  return answer
}

/** Forgets what is known (after a delete in the Account data panel). */
export function forgetMedia(): void {
  known.clear()
}

export function useMedia(mediaId: string): MediaState {
  const client = useControlClient()
  const { accountId } = useEngineStore()
  const key = accountId && mediaId !== '' ? `${accountId}\n${mediaId}` : undefined
  // The answer is kept with the id it is for: a bubble whose id changed shows "loading" at once.
  const [answer, setAnswer] = useState<{ key: string; state: MediaState }>()
  useEffect(() => {
    if (!accountId || key === undefined) return
    let live = true
    lookUp(client, accountId, mediaId).then(
      (item) =>
        live && setAnswer({ key, state: item ? { status: 'found', item } : { status: 'unknown' } }),
      () => live && setAnswer({ key, state: { status: 'failed' } }),
    )
    return () => {
      live = false
    }
  }, [client, accountId, mediaId, key])
  if (key === undefined) return { status: 'unknown' }
  return answer?.key === key ? answer.state : { status: 'loading' }
}
