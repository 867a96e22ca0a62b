/**
 * The message mix (`text:70,image:10,event.CLICK:20`): which catalogue type each message is,
 * drawn with the run's seeded Random so a seed repeats the same sequence.
 */
import type { Random } from '../runtime/random'

export interface MixEntry {
  readonly typeId: string
  readonly weight: number
}

export interface Mix {
  readonly entries: readonly MixEntry[]
  /** One type, in proportion to the weights. */
  draw(random: Random): string
  /** One type among those `keep` accepts (proportions kept among them); undefined if none. */
  drawAmong(random: Random, keep: (typeId: string) => boolean): string | undefined
  has(typeId: string): boolean
}

/** Draws resolve weights in millionths: exact enough, and Random.int wants an integer range. */
const RESOLUTION = 1_000_000

function pick(entries: readonly MixEntry[], random: Random): string | undefined {
  const total = entries.reduce((sum, e) => sum + e.weight, 0)
  if (entries.length === 0 || total <= 0) return undefined
  let point = (random.int(RESOLUTION) / RESOLUTION) * total
  for (const entry of entries) {
    point -= entry.weight
    if (point < 0) return entry.typeId
  }
  return entries[entries.length - 1]?.typeId
}

export function createMix(given: readonly MixEntry[]): Mix {
  // The same type named twice adds its weights.
  const merged = new Map<string, number>()
  for (const e of given) merged.set(e.typeId, (merged.get(e.typeId) ?? 0) + e.weight)
  const entries = [...merged].map(([typeId, weight]) => ({ typeId, weight }))
  return {
    entries,
    draw: (random) => pick(entries, random) ?? 'text',
    drawAmong: (random, keep) =>
      pick(
        entries.filter((e) => keep(e.typeId)),
        random,
      ),
    has: (typeId) => merged.has(typeId),
  }
}
