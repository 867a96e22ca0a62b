/**
 * The workspace schemas and the shared model types must describe the same records: a field added
 * to one and not the other fails type-checking here (tsc runs over tests/unit).
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { Account } from '../../../src/shared/model/account'
import type { SimUser } from '../../../src/shared/model/sim-user'
import type { accountSchema } from '../../../src/core/workspace/schemas/accounts'
import type { simUserSchema } from '../../../src/core/workspace/schemas/users'

describe('schemas match the shared model', () => {
  it('Account', () => {
    expectTypeOf<z.infer<typeof accountSchema>>().toExtend<Account>()
    expectTypeOf<keyof z.infer<typeof accountSchema>>().toEqualTypeOf<keyof Account>()
  })

  it('SimUser', () => {
    expectTypeOf<z.infer<typeof simUserSchema>>().toExtend<SimUser>()
    expectTypeOf<keyof z.infer<typeof simUserSchema>>().toEqualTypeOf<keyof SimUser>()
  })
})
