/**
 * The Account (account.ts) as zod schemas, one record for the control API, the settings form and
 * accounts.json. `accountSchema` holds the rules a typed value must meet. `storedAccountSchema`
 * is the same record read back from a file or an answer, tolerant of two things a file may hold:
 *  - a callback domain as typed, even with "http://" or a path: the OAuth checks explain why such
 *    a domain never matches (the seed journey's mistake), so the store must not refuse or repair it;
 *  - an AppSecret with capitals, which mpsim accepted before the rule became WeChat's lowercase
 *    (refusing it would move the whole file aside and replace every account).
 * `jsDomains` is optional in both: files written before it existed read as "the callback domain".
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
  JS_DOMAINS_MAX,
  jsDomainSchema,
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
  jsDomains: z.array(jsDomainSchema).max(JS_DOMAINS_MAX).readonly().optional(),
  ipWhitelist: z.array(z.string().min(1)),
  testAccount: z.boolean(),
})

export const storedAccountSchema = accountSchema.extend({
  appSecret: z.string().regex(/^[0-9a-fA-F]{32}$/, { error: 'must be 32 hex characters' }),
  callbackDomain: z.string().max(253),
  // Kept as typed, like the callback domain: a JS domain with http:// never matches a page, and
  // the verdict says why ('config:invalid url domain').
  jsDomains: z.array(z.string().max(253)).readonly().optional(),
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
