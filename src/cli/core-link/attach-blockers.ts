/**
 * Flags a running core cannot take through its control API. --seed is one by nature (a running
 * core has its own clock and randomness); the account flags because sendPush/verifyBot carry no
 * account overrides (the deadline and attempts they do carry). With any of them the command runs its own core.
 */
import type { CommonOptions } from '../options'

export interface DeliveryFlags {
  readonly timeout?: number
  readonly attempts?: number
}

const FLAGS: readonly (readonly [keyof (CommonOptions & DeliveryFlags), string])[] = [
  ['seed', '--seed'],
  ['token', '--token'],
  ['appid', '--appid'],
  ['appsecret', '--appsecret'],
  ['aesKey', '--aes-key'],
  ['callbackDomain', '--callback-domain'],
]

export function attachBlockers(options: CommonOptions & DeliveryFlags): string[] {
  return FLAGS.filter(([key]) => options[key] !== undefined).map(([, flag]) => flag)
}
