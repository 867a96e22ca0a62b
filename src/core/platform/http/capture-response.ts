/**
 * What a recorded call answers, for its Exchange: a copy of every byte it sends, and a callback
 * once the route has ended the response. write and end are wrapped once on the prototype Express
 * gives the app's responses (`app.response`, Express's own extension point), not on each
 * response: adding methods to every response object, and a 'finish' listener, cost more than the
 * rest of the recording.
 */
import type { Response } from 'express'

/** Called with every chunk the route sent. */
export type Ended = (chunks: readonly Buffer[]) => void

interface Tap {
  readonly chunks: Buffer[]
  ended: Ended | undefined
}

const TAP = Symbol('mpsim.responseTap')

interface Tapped {
  [TAP]?: Tap
}

type Method = (this: Response & Tapped, ...args: unknown[]) => unknown

const wrapped = new WeakSet<object>()

function keep(chunks: Buffer[], chunk: unknown): void {
  if (Buffer.isBuffer(chunk)) chunks.push(chunk)
  else if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, 'utf8'))
}

function wrap(proto: Record<'write' | 'end', Method>): void {
  const write = proto.write
  const end = proto.end
  proto.write = function (...args) {
    const tap = this[TAP]
    if (tap) keep(tap.chunks, args[0])
    return write.apply(this, args)
  }
  proto.end = function (...args) {
    const tap = this[TAP]
    if (!tap) return end.apply(this, args)
    if (typeof args[0] !== 'function') keep(tap.chunks, args[0])
    const result = end.apply(this, args)
    // Once, and only for an answer that can still reach the client (as 'finish' would).
    const ended = tap.ended
    tap.ended = undefined
    if (ended && !this.destroyed) ended(tap.chunks)
    return result
  }
}

/** Whether tapResponse was called for `res`. */
export function isTapped(res: Response): boolean {
  return (res as Response & Tapped)[TAP] !== undefined
}

/**
 * Starts keeping what `res` sends; `ended` runs right after the route ends the response (its
 * status, headers and body are then final). Without `ended` the response is only marked.
 */
export function tapResponse(res: Response, ended?: Ended): void {
  const proto = Object.getPrototypeOf(res) as Record<'write' | 'end', Method>
  if (!wrapped.has(proto)) {
    wrapped.add(proto)
    wrap(proto)
  }
  ;(res as Response & Tapped)[TAP] = { chunks: [], ended }
}
