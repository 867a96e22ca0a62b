/**
 * A text reply as WeChat draws it: line breaks kept, `<a href="…">label</a>` rendered as a link
 * (WeChat supports exactly that tag in text messages), bare http(s) URLs linked, everything else
 * shown as typed — never parsed as HTML. A tap on a link opens it in the phone's WeChat browser.
 */
import type { ReactNode } from 'react'
import { PhoneLink } from '../phone-browser/PhoneLink'

const TOKEN = /<a\s+href=(["'])(.*?)\1\s*>(.*?)<\/a>|(https?:\/\/[^\s<>"']+)/gi

export interface TextPart {
  readonly text: string
  readonly href?: string
}

export function splitWechatText(content: string): TextPart[] {
  const parts: TextPart[] = []
  let last = 0
  for (const match of content.matchAll(TOKEN)) {
    const index = match.index
    if (index > last) parts.push({ text: content.slice(last, index) })
    const href = match[2] ?? match[4] ?? ''
    const label = match[3] ?? match[4] ?? href
    parts.push(/^https?:\/\//i.test(href) ? { text: label, href } : { text: match[0] })
    last = index + match[0].length
  }
  if (last < content.length) parts.push({ text: content.slice(last) })
  return parts
}

export function RichText(props: { content: string }): ReactNode {
  return splitWechatText(props.content).map((part, i) =>
    part.href ? (
      <PhoneLink key={i} href={part.href}>
        {part.text}
      </PhoneLink>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  )
}
