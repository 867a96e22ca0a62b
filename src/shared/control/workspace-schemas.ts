/**
 * Control-API schemas for editing the workspace from the UI: accounts, users, settings, and the
 * exchange log. Inputs use the shared identifier rules (protocol.md §1, §2), so the settings form, the
 * API and the files on disk refuse the same values with the same words.
 */
import { z } from 'zod'
import { accountSchema } from '../model/account-schema'
import { exchangeSchema } from '../model/exchange-schema'
import { menuSchema } from '../model/menu'
import { phoneMessageSchema } from '../model/phone-message'
import type { PhoneMessage } from '../model/phone-message'
import { imageUrlSchema, openidSchema, portSchema } from '../model/identifier-schemas'

/** The account as typed in the settings form or sent by a script: the shared record's rules. */
export const AccountInput = accountSchema

export const UserInput = z.strictObject({
  openid: openidSchema,
  accountId: z.string().min(1),
  unionid: z.string().optional(),
  nickname: z.string().min(1).max(64),
  sex: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  province: z.string().max(64),
  city: z.string().max(64),
  country: z.string().max(64),
  headimgurl: imageUrlSchema,
  language: z.string().max(16),
  subscribed: z.boolean(),
  subscribeTime: z.int().min(0),
  subscribeScene: z.string().max(64),
  qrScene: z.int().min(0),
  qrSceneStr: z.string().max(64),
  remark: z.string().max(64),
  tagIds: z.array(z.int()),
})

export const SettingsPatchInput = z.strictObject({
  language: z.enum(['auto', 'zh-CN', 'en']).optional(),
  legacyCsQuota: z.boolean().optional(),
  defaultMode: z.enum(['plain', 'compatible', 'safe']).optional(),
  push: z
    .strictObject({
      attempts: z.int().min(1).max(10),
      timeoutMs: z.int().min(100).max(600_000),
    })
    .optional(),
  /**
   * Size in MB at which the exchange log starts a new segment file (the old one is kept beside
   * it); applies from the next append. Same bounds as settings.json.
   */
  logSegmentMB: z.int().min(1).max(1024).optional(),
  /** Saved for the next start (a running server does not move). 0 = any free port. */
  ports: z
    .strictObject({
      platform: portSchema.optional(),
      bot: portSchema.optional(),
      control: portSchema.optional(),
    })
    .optional(),
})

export const SettingsOutput = z.object({
  ports: z.object({ platform: z.number(), bot: z.number(), control: z.number() }),
  defaultMode: z.enum(['plain', 'compatible', 'safe']),
  push: z.object({ attempts: z.number(), timeoutMs: z.number() }),
  language: z.enum(['auto', 'zh-CN', 'en']),
  legacyCsQuota: z.boolean(),
  /** The exchange log's segment size in force (settings.json's value, else the default). */
  logSegmentMB: z.number(),
})

export const ExchangeIdInput = z.strictObject({ id: z.string().min(1) })
export const MaybeExchangeOutput = exchangeSchema.nullable()
export const AccountIdInput = z.strictObject({ accountId: z.string().min(1) })
/**
 * getMenu: the account's default menu, or with `openid` the menu that user sees on the phone
 * (personalised menus matched on the user's tags, docs/api-audience.md).
 */
export const GetMenuInput = z.strictObject({
  accountId: z.string().min(1),
  openid: z.string().min(1).optional(),
})
/** The menu as /cgi-bin/menu/get echoes it, or null when there is none. */
export const MenuOutput = menuSchema.nullable()

export const ClearExchangesOutput = z.object({
  /** The archived log file beside the new one (exchanges-<time>.ndjson), when there was one. */
  archivedAs: z.string().optional(),
})

export const ExportExchangesOutput = z.object({
  filename: z.string(),
  mediaType: z.string(),
  count: z.number(),
  text: z.string(),
})

export const PhoneMessagesInput = z.strictObject({
  accountId: z.string().min(1).optional(),
  openid: z.string().min(1).optional(),
})

/**
 * What a simulated phone was shown (the one record, shared/model/phone-message.ts).
 * @deprecated the old name: import PhoneMessage from shared/model/phone-message.
 */
export type PhoneMessageDto = PhoneMessage
export const PhoneMessagesOutput = z.array(phoneMessageSchema)

export const WorkspaceOutput = z.object({
  dir: z.string(),
  fresh: z.boolean(),
  problems: z.array(z.object({ file: z.string(), severity: z.string(), message: z.string() })),
  /** False in a host that cannot switch folders while running. */
  canOpen: z.boolean(),
})

export const OpenWorkspaceInput = z.strictObject({
  dir: z
    .string()
    .min(1)
    .refine((d) => d.startsWith('/') || /^[A-Za-z]:[\\/]/.test(d) || d.startsWith('\\\\'), {
      message: 'must be an absolute folder path, e.g. /home/me/bot-workspace or C:\\mpsim\\ws',
    }),
})
