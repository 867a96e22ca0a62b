/** A WeChat square avatar: the picture when it loads, else coloured initials (never a broken image). */
import { useState } from 'react'

const COLORS = ['#07c160', '#10aeff', '#fa9d3b', '#576b95', '#fa5151', '#6467f0']

function colorOf(name: string): string {
  let hash = 0
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0
  return COLORS[hash % COLORS.length] ?? COLORS[0]!
}

export function Avatar(props: { name: string; src?: string | undefined; size?: number }) {
  const [failed, setFailed] = useState(false)
  const size = props.size ?? 36
  const style = { width: size, height: size }
  if (props.src && !failed) {
    return (
      <img
        className="avatar"
        style={style}
        src={props.src}
        alt=""
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
    >
      {initial.toUpperCase()}
    </span>
  )
}
