/**
 * Control-API schemas of the engine commands (issue 3): inputs are validated strictly; outputs are
 * the engine's own typed records (Exchange, Account…) passed through, typed by the contract.
 */
import { z } from 'zod'
import type { Account } from '../model/account'
import type { CatalogEntry } from '../model/catalog-types'
import type { Exchange } from '../model/exchange'
import type { SimUser } from '../model/sim-user'
import type { VerifyVerdict } from '../model/verify-codes'

const mode = z.enum(['plain', 'compatible', 'safe'])

export const PushOverridesInput = z.strictObject({
  contentType: z.string().min(1).max(200).optional(),
  wrongSignature: z.boolean().optional(),
  staleSeconds: z.int().min(0).max(10_000_000).optional(),
  usePreviousKey: z.boolean().optional(),
})

export const SendPushInput = z.strictObject({
  accountId: z.string().optional(),
  openid: z.string().optional(),
  typeId: z.string().min(1),
  /** Element values as the catalogue takes them (strings, groups, lists). */
  values: z.record(z.string(), z.unknown()).optional(),
  overrides: PushOverridesInput.optional(),
  mode: mode.optional(),
  botUrl: z.url({ protocol: /^https?$/ }).optional(),
})

export const VerifyBotInput = z.strictObject({
  accountId: z.string().optional(),
  botUrl: z.url({ protocol: /^https?$/ }).optional(),
  probe: z.boolean().optional(),
})

export const ListExchangesInput = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional(),
})

export interface Setup {
  readonly platformUrl: string
  readonly botUrl?: string
  readonly workspaceDir: string
  readonly accounts: readonly Account[]
  readonly users: readonly SimUser[]
}

export const SetupOutput = z.custom<Setup>()
export const ExchangeOutput = z.custom<Exchange>()
export const ExchangeListOutput = z.custom<readonly Exchange[]>()
export const CatalogOutput = z.custom<readonly CatalogEntry[]>()
export const VerifyBotOutput = z.custom<{ verdict: VerifyVerdict; exchange: Exchange }>()
