/**
 * Control-API schemas of what the mock platform keeps for bots (docs/platform-apis.md): media and
 * material, avatars, QR codes, tags and templates, as the app lists and edits them, and the
 * phone's user sending a photo, voice or video.
 */
import { z } from 'zod'

const accountId = z.string().min(1).optional()

/** Base64 of a file the user picked (at most 10 MB of bytes: WeChat's largest media). */
const fileBase64 = z
  .string()
  .min(1)
  .max(Math.ceil((10 * 1024 * 1024 * 4) / 3) + 4)

export const MEDIA_TYPES = ['image', 'voice', 'video', 'thumb'] as const
export const MEDIA_KINDS = ['temporary', 'permanent', 'article-image'] as const

export const mediaItemSchema = z.object({
  mediaId: z.string(),
  accountId: z.string(),
  type: z.enum(MEDIA_TYPES),
  /** temporary (media/upload, 3 days), permanent (material), article-image (media/uploadimg). */
  kind: z.enum(MEDIA_KINDS),
  filename: z.string(),
  contentType: z.string(),
  size: z.int().min(0),
  /** Simulated-clock Unix seconds. */
  createdAt: z.int(),
  /** Temporary media only: Unix seconds after which media/get answers 40007. */
  expiresAt: z.int().optional(),
  expired: z.boolean(),
  /** Who put it there: the bot through the API, or the phone's user sending it. */
  origin: z.enum(['bot', 'user']),
  /** Voice and video: seconds, when the file says. */
  durationSec: z.number().optional(),
  /** Image and thumb: pixels, when the file says. */
  width: z.int().optional(),
  height: z.int().optional(),
  /** Where the app (and any page) can load the bytes: a loopback address of the mock platform. */
  previewUrl: z.string(),
  /** Permanent video: the description given with add_material. */
  title: z.string().optional(),
  description: z.string().optional(),
})
export type MediaItem = z.infer<typeof mediaItemSchema>

export const ListMediaInput = z.strictObject({ accountId })
export const ListMediaOutput = z.object({
  items: z.array(mediaItemSchema),
  usedBytes: z.int().min(0),
  limitBytes: z.int().min(0),
})

export const GetMediaInput = z.strictObject({ accountId, mediaId: z.string().min(1).max(256) })
/** null when no media has that id for the account (never uploaded, or deleted). */
export const GetMediaOutput = mediaItemSchema.nullable()

export const DeleteMediaInput = GetMediaInput
export const DeleteMediaOutput = z.object({ deleted: z.boolean() })

/**
 * The phone's user sends a photo, voice or video: stored like WeChat stores it (a MediaId the bot
 * can fetch with media/get, a PicUrl that serves the same bytes) and pushed to the bot. Without a
 * file, a sample shipped with mpsim is sent.
 */
export const SendPhoneMediaInput = z.strictObject({
  accountId,
  openid: z.string().min(1).optional(),
  type: z.enum(['image', 'voice', 'video', 'shortvideo']),
  filename: z.string().min(1).max(255).optional(),
  contentBase64: fileBase64.optional(),
})

export const SetUserAvatarInput = z.strictObject({
  accountId: z.string().min(1),
  openid: z.string().min(1),
  /** A JPEG or PNG the user picked; absent puts back the generated avatar. */
  contentBase64: fileBase64.optional(),
})

export const qrCodeItemSchema = z.object({
  ticket: z.string(),
  url: z.string(),
  accountId: z.string(),
  action: z.enum(['QR_SCENE', 'QR_STR_SCENE', 'QR_LIMIT_SCENE', 'QR_LIMIT_STR_SCENE']),
  /** The scene as EventKey carries it (number or string). */
  scene: z.string(),
  createdAt: z.int(),
  expiresAt: z.int().optional(),
  expired: z.boolean(),
  /** showqrcode on the mock platform: the JPEG that encodes `url`. */
  imageUrl: z.string(),
})
export type QrCodeItem = z.infer<typeof qrCodeItemSchema>
export const ListQrCodesInput = z.strictObject({ accountId })
export const ListQrCodesOutput = z.object({ items: z.array(qrCodeItemSchema) })

export const tagItemSchema = z.object({
  id: z.int(),
  name: z.string(),
  count: z.int().min(0),
})
export const ListTagsInput = z.strictObject({ accountId })
export const ListTagsOutput = z.object({
  items: z.array(tagItemSchema),
  /** Openids on the account's blacklist. */
  blacklist: z.array(z.string()),
})

/**
 * The app editing the audience as the admin page's 用户管理 does, under the same rules as the
 * tags/* and tags/members/* APIs (docs/api-audience.md). Each answers the new ListTagsOutput; a
 * change WeChat would refuse answers invalid-input with the reason in Chinese and English.
 */
const tagName = z.string().max(200)
const tagId = z
  .int()
  .min(0)
  .max(2 ** 31 - 1)
const openid = z.string().min(1).max(128)
export const CreateTagInput = z.strictObject({ accountId, name: tagName })
export const RenameTagInput = z.strictObject({ accountId, id: tagId, name: tagName })
export const DeleteTagInput = z.strictObject({ accountId, id: tagId })
/** The user's whole tag list: tags already on keep their place, new ones go on in this order. */
export const SetUserTagsInput = z.strictObject({
  accountId,
  openid,
  tagIds: z.array(tagId).max(100),
})
export const SetBlacklistedInput = z.strictObject({ accountId, openid, blacklisted: z.boolean() })

export const templateItemSchema = z.object({
  /** The account's private template id (what message/template/send takes). */
  templateId: z.string(),
  /** The library's short id (TM00015) it was added from, when it was. */
  shortId: z.string().optional(),
  title: z.string(),
  primaryIndustry: z.string(),
  deputyIndustry: z.string(),
  /** `{{first.DATA}}`-style content, as get_all_private_template answers it. */
  content: z.string(),
  example: z.string(),
})
export type TemplateItem = z.infer<typeof templateItemSchema>
export const ListTemplatesInput = z.strictObject({ accountId })
export const ListTemplatesOutput = z.object({ items: z.array(templateItemSchema) })

export const PutTemplateInput = z.strictObject({
  accountId,
  /** Absent: a new template with a fresh id. */
  templateId: z.string().min(1).max(128).optional(),
  title: z.string().min(1).max(64),
  content: z.string().min(1).max(2000),
  example: z.string().max(2000).optional(),
  primaryIndustry: z.string().max(64).optional(),
  deputyIndustry: z.string().max(64).optional(),
})
export const DeleteTemplateInput = z.strictObject({
  accountId,
  templateId: z.string().min(1).max(128),
})
