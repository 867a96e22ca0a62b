/**
 * Fault injection per endpoint: make a platform path answer a given errcode, add latency, or drop
 * the connection, to test a bot's error handling. Each applied fault is recorded on the Exchange
 * so the inspector shows why a call failed. Part of the context: the control API sets the rules
 * and the platform applies them.
 */
import type { AppliedFault } from '../../shared/model/exchange'

export interface FaultRule {
  /** Exact request path, e.g. "/cgi-bin/token". */
  readonly path: string
  readonly fault: AppliedFault
  /** How many calls it affects; undefined = until cleared. */
  readonly remaining?: number
}

export class FaultTable {
  private rules: FaultRule[] = []

  list(): readonly FaultRule[] {
    return this.rules
  }

  set(rule: FaultRule): void {
    this.rules = [...this.rules.filter((r) => r.path !== rule.path), rule]
  }

  clear(path?: string): void {
    this.rules = path === undefined ? [] : this.rules.filter((r) => r.path !== path)
  }

  /** The fault to apply to this call, consuming one use of a counted rule. */
  take(path: string): AppliedFault | undefined {
    const rule = this.rules.find((r) => r.path === path)
    if (!rule) return undefined
    if (rule.remaining !== undefined) {
      const left = rule.remaining - 1
      this.rules = this.rules.filter((r) => r !== rule)
      if (left > 0) this.rules.push({ ...rule, remaining: left })
    }
    return rule.fault
  }
}
