/**
 * The Account (account.ts) as zod schemas, one record for the control API, the settings form and
 * accounts.json. `accountSchema` holds the rules a typed value must meet. `storedAccountSchema`
 * is the same record read back from a file or an answer, tolerant of two things a file may hold:
 *  - a callback domain as typed, even with "http://" or a path: the OAuth checks explain why such
 *    a domain never matches (the seed journey's mistake), so the store must not refuse or repair it;
 *  - an AppSecret with capitals, which mpsim accepted before the rule became WeChat's lowercase
 *    (refusing it would move the whole file aside and replace every account).
 */
import { z } from 'zod'
import type { Account } from './account'
import {
  accountIdSchema,
  appIdSchema,
  appSecretSchema,
  botUrlSchema,
  callbackDomainSchema,
  encodingAesKeySchema,
  originalIdSchema,
  tokenSchema,
} from './identifier-schemas'

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
  callbackDomain: callbackDomainSchema.max(253),
  ipWhitelist: z.array(z.string().min(1)),
  testAccount: z.boolean(),
})

export const storedAccountSchema = accountSchema.extend({
  appSecret: z.string().regex(/^[0-9a-fA-F]{32}$/, { error: 'must be 32 hex characters' }),
  callbackDomain: z.string().max(253),
})

// Both read into the one Account type, field for field: a field added to one and not the other,
// or typed differently, fails to compile here.
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false
const typed: [z.ZodType<Account>, z.ZodType<Account>] = [accountSchema, storedAccountSchema]
const sameKeys: [
  SameKeys<z.output<typeof accountSchema>, Account>,
  SameKeys<z.output<typeof storedAccountSchema>, Account>,
] = [true, true]
void typed
void sameKeys
