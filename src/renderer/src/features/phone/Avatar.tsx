/**
 * A WeChat square avatar: the user's headimgurl as the mock platform serves it (picked or
 * generated, see platform-asset.ts), else coloured initials (never a broken image).
 */
import { useState } from 'react'
import { useEngineStore } from '../../state/engine-store'
import { useAvatarUrl } from './platform-asset'

const COLORS = ['#07c160', '#10aeff', '#fa9d3b', '#576b95', '#fa5151', '#6467f0']

function colorOf(name: string): string {
  let hash = 0
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0
  return COLORS[hash % COLORS.length] ?? COLORS[0]!
}

export function Avatar(props: { name: string; src?: string | undefined; size?: number }) {
  const src = useAvatarUrl(props.src, useEngineStore().setup?.platformUrl)
  // Keyed by address: a new picture (or a platform that came back) is tried again.
  return <AvatarAt key={src ?? ''} name={props.name} src={src} size={props.size ?? 36} />
}

function AvatarAt(props: { name: string; src: string | undefined; size: number }) {
  const [failed, setFailed] = useState(false)
  const style = { width: props.size, height: props.size }
  if (props.src && !failed) {
    return (
      <img
        className="avatar"
        style={style}
        src={props.src}
        alt=""
        data-testid="avatar-img"
        onError={() => setFailed(true)}
      />
    )
  }
  const initial = [...props.name.trim()][0] ?? '?'
  return (
    <span
      className="avatar avatar_initials"
      style={{ ...style, background: colorOf(props.name) }}
      aria-hidden="true"
      data-testid="avatar-initials"
    >
      {initial.toUpperCase()}
    </span>
  )
}
