/**
 * Tags and the blacklist per account (docs/api-audience.md). Which tags a user carries lives on the
 * user (SimUser.tagIds, kept in users.json by the directory); this store keeps what the directory
 * cannot: the tag definitions and the blacklist, in `<workspace>/tags/<account>.json`.
 *
 * Facts: at most 100 tags per account, a name of at most 30 bytes, names unique (45157), ids
 * 0/1/2 reserved and not modifiable (45058), "星标组" (id 2) listed by tags/get [doc]. New ids
 * starting at 100 follows the doc samples (127, 134) [unconfirmed]. An empty name answering
 * 45157 is our reading [unconfirmed].
 */
import { z } from 'zod'
import { utf8Bytes } from '../api/fields'
import { AccountFiles } from './audience-file'
import type { StoreDeps } from './store-deps'

export interface TagDef {
  readonly id: number
  readonly name: string
}

export type TagChange =
  { readonly ok: true; readonly tag: TagDef } | { readonly ok: false; readonly errcode: number }

export const TAG_LIMIT = 100
export const TAG_NAME_MAX_BYTES = 30
export const FIRST_TAG_ID = 100
/** Ids WeChat reserves; 2 is the star group every account has [doc]. */
export const RESERVED_TAG_IDS: ReadonlySet<number> = new Set([0, 1, 2])
const SYSTEM_TAGS: readonly TagDef[] = [{ id: 2, name: '星标组' }]

const accountAudienceSchema = z.object({
  version: z.literal(1),
  nextTagId: z.int().min(FIRST_TAG_ID),
  tags: z.array(z.object({ id: z.int().min(3), name: z.string() })),
  blacklist: z.array(z.string()),
})
type AccountAudience = z.infer<typeof accountAudienceSchema>

interface Entry {
  nextTagId: number
  readonly tags: Map<number, string>
  /** Insertion order is the order getblacklist pages through. */
  readonly blacklist: Set<string>
}

export class AudienceStore {
  readonly deps: StoreDeps
  private readonly files: AccountFiles<AccountAudience>
  private readonly accounts = new Map<string, Entry>()

  constructor(deps: StoreDeps) {
    this.deps = deps
    this.files = new AccountFiles(deps.dir, 'tags', accountAudienceSchema)
    for (const [id, data] of this.files.loadAll()) {
      this.accounts.set(id, {
        nextTagId: data.nextTagId,
        tags: new Map(data.tags.map((t) => [t.id, t.name])),
        blacklist: new Set(data.blacklist),
      })
    }
  }

  /** True when the account blocked this user: no pushes reach the bot, no mass sends reach them. */
  isBlacklisted(accountId: string, openid: string): boolean {
    return this.accounts.get(accountId)?.blacklist.has(openid) ?? false
  }

  /** The blacklist in the order users were blocked. */
  blacklist(accountId: string): readonly string[] {
    return [...(this.accounts.get(accountId)?.blacklist ?? [])]
  }

  /** System tags first, then the account's own in creation order. */
  tags(accountId: string): readonly TagDef[] {
    const own = [...(this.accounts.get(accountId)?.tags ?? [])].map(([id, name]) => ({ id, name }))
    return [...SYSTEM_TAGS, ...own]
  }

  tag(accountId: string, id: number): TagDef | undefined {
    return this.tags(accountId).find((t) => t.id === id)
  }

  createTag(accountId: string, name: string): TagChange {
    const entry = this.entry(accountId)
    const problem = this.nameProblem(accountId, name, undefined)
    if (problem !== undefined) return { ok: false, errcode: problem }
    if (entry.tags.size >= TAG_LIMIT) return { ok: false, errcode: 45056 }
    const id = entry.nextTagId
    entry.nextTagId += 1
    entry.tags.set(id, name)
    return { ok: true, tag: { id, name } }
  }

  renameTag(accountId: string, id: number, name: string): TagChange {
    if (RESERVED_TAG_IDS.has(id)) return { ok: false, errcode: 45058 }
    const entry = this.entry(accountId)
    if (!entry.tags.has(id)) return { ok: false, errcode: 45159 }
    const problem = this.nameProblem(accountId, name, id)
    if (problem !== undefined) return { ok: false, errcode: problem }
    entry.tags.set(id, name)
    return { ok: true, tag: { id, name } }
  }

  /** Forgets the definition; the caller takes the tag off its users (they live in the directory). */
  deleteTag(accountId: string, id: number): TagChange {
    if (RESERVED_TAG_IDS.has(id)) return { ok: false, errcode: 45058 }
    const entry = this.entry(accountId)
    const name = entry.tags.get(id)
    if (name === undefined) return { ok: false, errcode: 45159 }
    entry.tags.delete(id)
    return { ok: true, tag: { id, name } }
  }

  block(accountId: string, openids: readonly string[]): void {
    const list = this.entry(accountId).blacklist
    for (const openid of openids) list.add(openid)
  }

  unblock(accountId: string, openids: readonly string[]): void {
    const list = this.entry(accountId).blacklist
    for (const openid of openids) list.delete(openid)
  }

  /** Writes the account's tags and blacklist; APIs answer once this resolves. */
  save(accountId: string): Promise<void> {
    return this.files.save(accountId, () => {
      const entry = this.entry(accountId)
      return {
        version: 1 as const,
        nextTagId: entry.nextTagId,
        tags: [...entry.tags].map(([id, name]) => ({ id, name })),
        blacklist: [...entry.blacklist],
      }
    })
  }

  flush(): Promise<void> {
    return this.files.flush()
  }

  private nameProblem(
    accountId: string,
    name: string,
    self: number | undefined,
  ): number | undefined {
    if (name.trim() === '') return 45157
    if (utf8Bytes(name) > TAG_NAME_MAX_BYTES) return 45158
    const clash = this.tags(accountId).some((t) => t.name === name && t.id !== self)
    return clash ? 45157 : undefined
  }

  private entry(accountId: string): Entry {
    let entry = this.accounts.get(accountId)
    if (!entry) {
      entry = { nextTagId: FIRST_TAG_ID, tags: new Map(), blacklist: new Set() }
      this.accounts.set(accountId, entry)
    }
    return entry
  }
}
