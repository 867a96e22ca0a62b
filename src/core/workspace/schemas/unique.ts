/** A refinement for lists whose items are looked up by one field (ids, openids, AppIDs). */
import type { z } from 'zod'

export function uniqueBy<K extends string>(key: K) {
  return (items: readonly Record<K, unknown>[], ctx: z.core.$RefinementCtx): void => {
    const firstIndex = new Map<unknown, number>()
    items.forEach((item, index) => {
      const value = item[key]
      const first = firstIndex.get(value)
      if (first === undefined) {
        firstIndex.set(value, index)
        return
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, key],
        input: value,
        message: `must be unique (the same ${key} is already used by item [${first}])`,
      })
    })
  }
}
