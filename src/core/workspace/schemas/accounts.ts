/**
 * accounts.json: the simulated Official Accounts (shared/model/account.ts, protocol.md §1-§2). The envelope carries the
 * file version; ids and AppIDs must be unique, since menus and pushes are found by them.
 */
import { z } from 'zod'
import { storedAccountSchema } from '../../../shared/model/account-schema'
import { uniqueBy } from './unique'
import { versionSchema } from './settings'

/** The Account as a file holds it: the shared record, read with its stored-value tolerances. */
export const accountSchema = storedAccountSchema

export const accountsFileSchema = z.strictObject({
  version: versionSchema,
  accounts: z.array(accountSchema).superRefine(uniqueBy('id')).superRefine(uniqueBy('appId')),
})

export type AccountsFile = z.infer<typeof accountsFileSchema>
// tests/unit/workspace/schema-types.test.ts keeps this schema and the shared Account type in step.
