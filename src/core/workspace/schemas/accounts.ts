/**
 * accounts.json: the simulated Official Accounts (shared/model/account.ts, spec §1-§2). The envelope carries the
 * file version; ids and AppIDs must be unique, since menus and pushes are found by them.
 */
import { z } from 'zod'
import {
  accountIdSchema,
  appIdSchema,
  appSecretSchema,
  botUrlSchema,
  encodingAesKeySchema,
  originalIdSchema,
  tokenSchema,
} from './identifiers'
import { uniqueBy } from './unique'
import { versionSchema } from './settings'

export const accountSchema = z.strictObject({
  id: accountIdSchema,
  name: z.string().min(1).max(64),
  appId: appIdSchema,
  appSecret: appSecretSchema,
  originalId: originalIdSchema,
  token: tokenSchema,
  encodingAesKey: encodingAesKeySchema,
  previousEncodingAesKey: encodingAesKeySchema.optional(),
  mode: z.enum(['plain', 'compatible', 'safe']),
  botUrl: botUrlSchema,
  // Kept as typed, even with "http://" or a path: the OAuth checks explain why such a domain never
  // matches (the seed journey's mistake), so the store must not silently refuse or repair it.
  callbackDomain: z.string().max(253),
  ipWhitelist: z.array(z.string().min(1)),
  testAccount: z.boolean(),
})

export const accountsFileSchema = z.strictObject({
  version: versionSchema,
  accounts: z.array(accountSchema).superRefine(uniqueBy('id')).superRefine(uniqueBy('appId')),
})

export type AccountsFile = z.infer<typeof accountsFileSchema>
// tests/unit/workspace/schema-types.test.ts keeps this schema and the shared Account type in step.
