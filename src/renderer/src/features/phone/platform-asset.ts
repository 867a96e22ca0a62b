/**
 * Addresses of pictures the mock platform serves (avatars, media previews) as the app can load
 * them. The workspace's users carry headimgurls on the platform's default port (5175) even when
 * the platform listens elsewhere, so a loopback /__mpsim/ address is moved to the platform the
 * app is talking to. A picked avatar keeps its URL (bots cache it, as WeChat's CDN URLs are
 * stable), so a version number in the query makes the app load the new picture.
 */
import { useSyncExternalStore } from 'react'

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/__mpsim\/.*)$/i

export function onPlatform(url: string, platformUrl: string | undefined): string {
  if (!platformUrl) return url
  const match = LOOPBACK.exec(url)
  return match ? `${platformUrl.replace(/\/+$/, '')}${match[3]}` : url
}

let version = 0
const listeners = new Set<() => void>()

/** After setUserAvatar: every avatar on screen loads again. */
export function avatarsChanged(): void {
  version++
  for (const listener of listeners) listener()
}

export function useAvatarVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    () => version,
  )
}

/** The headimgurl to draw: on the live platform, reloaded after a new avatar was picked. */
export function useAvatarUrl(url: string | undefined, platformUrl: string | undefined) {
  const v = useAvatarVersion()
  if (!url) return undefined
  const live = onPlatform(url, platformUrl)
  return v === 0 ? live : `${live}${live.includes('?') ? '&' : '?'}v=${v}`
}
