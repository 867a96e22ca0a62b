/**
 * Identifier schemas of the workspace files: the shared rules (src/shared/model/identifier-schemas)
 * plus the account-id rule, which exists because ids become file names (menus/<id>.json).
 */
import { z } from 'zod'
import { ACCOUNT_ID_RULE, isSafeAccountId } from '../layout'

export {
  appIdSchema,
  appSecretSchema,
  botUrlSchema,
  encodingAesKeySchema,
  imageUrlSchema,
  openidSchema,
  originalIdSchema,
  portSchema,
  tokenSchema,
} from '../../../shared/model/identifier-schemas'

export const accountIdSchema = z.string().refine(isSafeAccountId, { error: ACCOUNT_ID_RULE })
