/**
 * Control-API schemas for editing the workspace from the UI: accounts, users, settings, and the
 * exchange log. Inputs use the shared identifier rules (spec §1, §2), so the settings form, the
 * API and the files on disk refuse the same values with the same words.
 */
import { z } from 'zod'
import type { Exchange } from '../model/exchange'
import {
  appIdSchema,
  appSecretSchema,
  botUrlSchema,
  callbackDomainSchema,
  encodingAesKeySchema,
  imageUrlSchema,
  openidSchema,
  portSchema,
  originalIdSchema,
  tokenSchema,
} from '../model/identifier-schemas'

export const AccountInput = z.strictObject({
  id: z.string().min(1),
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

export const SettingsOutput = z.custom<{
  ports: { platform: number; bot: number; control: number }
  defaultMode: 'plain' | 'compatible' | 'safe'
  push: { attempts: number; timeoutMs: number }
  language: 'auto' | 'zh-CN' | 'en'
  legacyCsQuota: boolean
  /** The exchange log's segment size in force (settings.json's value, else the default). */
  logSegmentMB: number
}>()

export const ExchangeIdInput = z.strictObject({ id: z.string().min(1) })
export const MaybeExchangeOutput = z.custom<Exchange | null>()
export const AccountIdInput = z.strictObject({ accountId: z.string().min(1) })
/** The menu as the bot created it with /cgi-bin/menu/create, or null when there is none. */
export const MenuOutput = z.custom<{ button: unknown[] } | null>()

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

/** What a simulated phone was shown outside passive replies (custom-send, template, tips). */
export interface PhoneMessageDto {
  readonly accountId: string
  readonly openid: string
  readonly source: 'passive-reply' | 'custom-send' | 'template' | 'system-tip'
  readonly msgType: string
  readonly payload: Readonly<Record<string, unknown>>
  readonly simTime: number
  readonly exchangeId?: string
}
export const PhoneMessagesOutput = z.custom<readonly PhoneMessageDto[]>()

export const WorkspaceOutput = z.custom<{
  dir: string
  fresh: boolean
  problems: readonly { file: string; severity: string; message: string }[]
  /** False in a host that cannot switch folders while running. */
  canOpen: boolean
}>()

export const OpenWorkspaceInput = z.strictObject({
  dir: z
    .string()
    .min(1)
    .refine((d) => d.startsWith('/') || /^[A-Za-z]:[\\/]/.test(d) || d.startsWith('\\\\'), {
      message: 'must be an absolute folder path, e.g. /home/me/bot-workspace or C:\\mpsim\\ws',
    }),
})
