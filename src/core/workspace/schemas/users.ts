/**
 * users.json: the simulated WeChat users (shared/model/sim-user.ts; profile fields as
 * /cgi-bin/user/info answers them, protocol.md §10.2). An openid is per user per account (protocol.md §1), so
 * it is the key; the same person under two accounts is two entries with two openids.
 */
import { z } from 'zod'
import { accountIdSchema, imageUrlSchema, openidSchema } from './identifiers'
import { versionSchema } from './settings'
import { uniqueBy } from './unique'

/** protocol.md §10.2 `subscribe_scene`; '' for a user who never subscribed. */
export const SUBSCRIBE_SCENES = [
  '',
  'ADD_SCENE_SEARCH',
  'ADD_SCENE_ACCOUNT_MIGRATION',
  'ADD_SCENE_PROFILE_CARD',
  'ADD_SCENE_QR_CODE',
  'ADD_SCENE_PROFILE_LINK',
  'ADD_SCENE_PROFILE_ITEM',
  'ADD_SCENE_PAID',
  'ADD_SCENE_WECHAT_ADVERTISEMENT',
  'ADD_SCENE_REPRINT',
  'ADD_SCENE_LIVESTREAM',
  'ADD_SCENE_CHANNELS',
  'ADD_SCENE_OTHERS',
] as const

export const simUserSchema = z.strictObject({
  openid: openidSchema,
  accountId: accountIdSchema,
  unionid: openidSchema.optional(),
  nickname: z.string().max(64),
  sex: z.literal([0, 1, 2], { error: 'must be 0 (unknown), 1 (male) or 2 (female)' }),
  province: z.string(),
  city: z.string(),
  country: z.string(),
  headimgurl: imageUrlSchema,
  language: z.enum(['zh_CN', 'zh_TW', 'en']),
  subscribed: z.boolean(),
  subscribeTime: z.int().min(0),
  subscribeScene: z.enum(SUBSCRIBE_SCENES),
  qrScene: z.int().min(0),
  qrSceneStr: z.string().max(64),
  remark: z.string().max(30),
  tagIds: z.array(z.int().min(0)).max(20),
})

export const usersFileSchema = z.strictObject({
  version: versionSchema,
  users: z.array(simUserSchema).superRefine(uniqueBy('openid')),
})

export type UsersFile = z.infer<typeof usersFileSchema>
