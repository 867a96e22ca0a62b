/** axe-core's findings that fail a spec: serious and critical ones, one readable line each. */
import type { AxeBuilder } from '@axe-core/playwright'

/** Runs the (already scoped) builder; each line names the rule and the elements it found. */
export async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const result = await builder.analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
}
