/**
 * --mix `text:70,image:10,event.CLICK:20`: which catalogue types the load sends and in what
 * shares (weights need not add to 100; a type without a weight counts 1). A type is read as `send
 * --type` reads it (`CLICK` is `event.CLICK`); a name that is no type is refused with the closest
 * ids and the whole list, so the fix is on the screen.
 */
import type { z } from 'zod'
import type { LoadMixEntry } from '../../shared/control/load-schemas'
import { CATALOG_TYPE_IDS } from '../../shared/model/catalog-types'
import { UsageError } from '../flag-rules'
import { resolveTypeId, UnknownTypeError } from '../resolve-type'

export type MixEntry = z.output<typeof LoadMixEntry>

/** The contract's bounds (StartLoadInput.mix, LoadMixEntry.weight). */
const MAX_ENTRIES = 50
const MAX_WEIGHT = 1_000_000

const EXAMPLE = '--mix text:70,image:10,event.CLICK:20'

function mixError(problem: string, zh: string, extra = ''): UsageError {
  return new UsageError(
    `--mix: ${problem}\n  --mix：${zh}${extra}\n  Fix / 修改: ${EXAMPLE} (type:weight, comma-separated / 类型:权重，逗号分隔)`,
  )
}

/** Edit distance, case-blind: enough to find `imgae` → image, `event.click` → event.CLICK. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const row = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      row.push(
        Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      )
    }
    previous = row
  }
  return previous[y.length] ?? 0
}

/** The ids nearest to what was typed (also matching without the `event.` prefix), best first. */
export function closeTypeIds(given: string, limit = 3): string[] {
  const scored = CATALOG_TYPE_IDS.map((id) => ({
    id,
    score: Math.min(distance(given, id), distance(given, id.replace(/^event\./, ''))),
  }))
  const near = Math.max(2, Math.floor(given.length / 3))
  return scored
    .filter((s) => s.score <= near)
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((s) => s.id)
}

function typeOf(name: string): string {
  try {
    return resolveTypeId(name)
  } catch (error) {
    if (!(error instanceof UnknownTypeError)) throw error
    const close = closeTypeIds(name)
    const hint = close.length === 0 ? '' : `\n  Did you mean / 是否想用: ${close.join(', ')}`
    throw mixError(
      `"${name}" is not a message or event type`,
      `"${name}" 不是消息或事件类型`,
      `${hint}\n  Types / 可用类型: ${CATALOG_TYPE_IDS.join(', ')}`,
    )
  }
}

function weightOf(text: string, entry: string): number {
  const weight = Number(text)
  if (text.trim() === '' || !Number.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) {
    throw mixError(
      `the weight in "${entry}" must be a number above 0 and up to ${MAX_WEIGHT}`,
      `"${entry}" 中的权重应为大于 0、不超过 ${MAX_WEIGHT} 的数`,
    )
  }
  return weight
}

/** Parses --mix; throws UsageError saying what was wrong and how to write it. */
export function parseMix(value: string): MixEntry[] {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length === 0) throw mixError('no type given', '没有给出类型')
  if (parts.length > MAX_ENTRIES) {
    throw mixError(
      `at most ${MAX_ENTRIES} types, got ${parts.length}`,
      `最多 ${MAX_ENTRIES} 种类型`,
    )
  }
  const entries: MixEntry[] = []
  for (const part of parts) {
    // The weight follows the last colon: type ids have none, and `event.CLICK:20` keeps its dot.
    const colon = part.lastIndexOf(':')
    const name = colon < 0 ? part : part.slice(0, colon).trim()
    const weight = colon < 0 ? 1 : weightOf(part.slice(colon + 1), part)
    const typeId = typeOf(name)
    if (entries.some((e) => e.typeId === typeId)) {
      throw mixError(`${typeId} is given twice`, `${typeId} 出现了两次`)
    }
    entries.push({ typeId, weight })
  }
  return entries
}
