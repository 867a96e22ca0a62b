/**
 * The "typing…" a bot shows with /cgi-bin/message/custom/typing (docs/api-messaging.md): WeChat
 * puts it in the chat's title bar, not in the chat, and keeps it until the bot's next message,
 * a CancelTyping, or 15 seconds — whichever comes first.
 */
import { useEffect, useMemo, useState } from 'react'
import type { PhoneMessageDto } from '../../../../shared/control/workspace-schemas'

/** How long WeChat keeps "typing…" without a new message [doc: message/custom/typing]. */
export const TYPING_MS = 15_000

export function isTyping(message: PhoneMessageDto): boolean {
  return message.source === 'custom-send' && message.msgType === 'typing'
}

/**
 * The last message of this chat, when it is a Typing command: its place in the list identifies
 * it (the list only grows while the app runs).
 */
function typingAt(
  messages: readonly PhoneMessageDto[],
  accountId: string | undefined,
  openid: string | undefined,
): number | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!
    if (m.accountId !== accountId || m.openid !== openid) continue
    if (!isTyping(m)) return undefined
    return m.payload['command'] === 'Typing' ? i : undefined
  }
  return undefined
}

/** True while "typing…" should show in this chat's title. */
export function useTyping(
  messages: readonly PhoneMessageDto[],
  accountId: string | undefined,
  openid: string | undefined,
): boolean {
  const at = useMemo(() => typingAt(messages, accountId, openid), [messages, accountId, openid])
  const key = at === undefined ? undefined : `${accountId}/${openid}/${at}`
  const [expired, setExpired] = useState<string>()
  useEffect(() => {
    if (key === undefined) return
    // Counted from when the app saw it: the simulated clock may run at another pace.
    const timer = setTimeout(() => setExpired(key), TYPING_MS)
    return () => clearTimeout(timer)
  }, [key])
  return key !== undefined && expired !== key
}
