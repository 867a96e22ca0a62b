/**
 * Identifier schemas of the workspace files: the shared rules (src/shared/model/identifier-schemas)
 * plus the account-id rule, which exists because ids become file names (menus/<id>.json), and a
 * wider AppSecret rule for reading files back.
 */
import { z } from 'zod'
import { ACCOUNT_ID_RULE, isSafeAccountId } from '../layout'

export {
  appIdSchema,
  botUrlSchema,
  encodingAesKeySchema,
  imageUrlSchema,
  openidSchema,
  originalIdSchema,
  portSchema,
  tokenSchema,
} from '../../../shared/model/identifier-schemas'

export const accountIdSchema = z.string().refine(isSafeAccountId, { error: ACCOUNT_ID_RULE })

/**
 * accounts.json may hold a secret with capitals: mpsim accepted them before the input rule became
 * WeChat's lowercase. Refusing one here would move the whole file aside and replace every account,
 * so files keep the older rule; the settings form, the control API and the CLI refuse capitals,
 * which is where a secret is typed.
 */
export const appSecretSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{32}$/, { error: 'must be 32 hex characters' })
