/**
 * The catalogue entries (catalog-types.ts) as a zod schema: what the control client checks the
 * getCatalog answer with, so a composer form is never generated from a malformed entry.
 */
import { z } from 'zod'
import { CATALOG_TYPE_IDS } from './catalog-types'
import type {
  Bilingual,
  CatalogEntry,
  CatalogField,
  GroupField,
  ListField,
  ScalarField,
} from './catalog-types'

const bilingual: z.ZodType<Bilingual> = z.object({ zh: z.string(), en: z.string() })

const fieldBase = {
  name: z.string(),
  required: z.boolean(),
  label: bilingual,
  help: bilingual,
}

const scalarField: z.ZodType<ScalarField> = z.object({
  ...fieldBase,
  kind: z.enum(['string', 'number']),
  format: z.enum(['integer', 'uint64', 'decimal', 'latitude', 'longitude', 'qrscene']).optional(),
  suggestions: z.array(z.string()).optional(),
  /** Repeats in place, once per value (e.g. PUBLISHJOBFINISH's fail_idx). */
  repeated: z.boolean().optional(),
  default: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('value'), value: z.string() }),
    z.object({
      kind: z.literal('generate'),
      generator: z.enum([
        'msg-id',
        'template-msg-id',
        'mass-msg-id',
        'media-id',
        'pic-url',
        'ticket',
        'qrscene',
        'scene-id',
        'menu-id',
        'md5',
      ]),
    }),
    z.object({ kind: z.literal('count-of'), list: z.string() }),
    z.object({ kind: z.literal('absent') }),
  ]),
})

const groupField: z.ZodType<GroupField> = z.lazy(() =>
  z.object({
    ...fieldBase,
    kind: z.literal('group'),
    fields: z.array(catalogField),
    default: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('children') }),
      z.object({ kind: z.literal('absent') }),
    ]),
  }),
)

const listField: z.ZodType<ListField> = z.lazy(() =>
  z.object({
    ...fieldBase,
    kind: z.literal('list'),
    /** Items sit in the parent, each named after the field, with no wrapper element. */
    inline: z.boolean().optional(),
    fields: z.array(catalogField),
    default: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('items'), count: z.number() }),
      z.object({ kind: z.literal('absent') }),
    ]),
  }),
)

const catalogField: z.ZodType<CatalogField> = z.union([scalarField, groupField, listField])

export const catalogEntrySchema: z.ZodType<CatalogEntry> = z.object({
  id: z.enum(CATALOG_TYPE_IDS),
  family: z.enum(['message', 'event', 'menu-event', 'notify-event']),
  msgType: z.string(),
  event: z.string().optional(),
  eventKeyPrefix: z.string().optional(),
  spec: z.enum(['§5', '§6']),
  sample: z.string(),
  label: bilingual,
  help: bilingual,
  fields: z.array(catalogField),
})
