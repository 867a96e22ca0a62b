/**
 * Each account's private templates and industries (docs/api-messaging.md "Templates"): what
 * template/api_add_template adds from the library, get_all_private_template lists,
 * message/template/send looks up, and the Account data panel edits (putTemplate/deleteTemplate).
 * A fresh account starts with SEEDED_SHORT_IDS added, under ids derived from the account id so
 * they are the same on every start. Kept in `<workspace>/templates/<accountId>.json`
 * (messaging-json-file.ts: versioned, atomic, a bad file moved aside).
 */
import { createHash } from 'node:crypto'
import type { Clock } from '../../runtime/clock'
import type { Random } from '../../runtime/random'
import { AccountJsonFiles } from './messaging-json-file'
import {
  DEFAULT_INDUSTRY_IDS,
  MAX_PRIVATE_TEMPLATES,
  SEEDED_SHORT_IDS,
  industryById,
  libraryTemplate,
} from './messaging-template-library'
import type { LibraryTemplate } from './messaging-template-library'
import { urlSafeString } from './opaque'
import { beijingMonth } from './sim-day'

export interface PrivateTemplate {
  /** 43 URL-safe characters like `iPk5sOIt5X_flOVKn5GrTFpncEYTojx6ddbt8WYoV5s` [doc]. */
  readonly templateId: string
  readonly shortId?: string
  readonly title: string
  readonly primaryIndustry: string
  readonly deputyIndustry: string
  readonly content: string
  readonly example: string
}

interface AccountTemplates {
  templates: PrivateTemplate[]
  industryIds: [number, number]
  /** Beijing month (YYYY-MM) of the last api_set_industry that changed something. */
  industryMonth?: string
}

export type AddOutcome =
  | {
      readonly ok: true
      readonly template: PrivateTemplate
      /** Resolves once the template is on disk (the API answers then). */
      readonly saved: Promise<void>
    }
  | { readonly ok: false; readonly errcode: 40037 | 45026 }

/** 0 with the write to wait for, or the errcode. */
export type IndustryOutcome = { readonly errcode: 0; readonly saved: Promise<void> } | 40102 | 43100

/** A seeded template's id: stable per account and short id, so restarts keep it. */
function seededId(accountId: string, shortId: string): string {
  return createHash('sha256')
    .update(`mpsim-template\n${accountId}\n${shortId}`)
    .digest('base64url')
    .slice(0, 43)
}

function fromLibrary(templateId: string, entry: LibraryTemplate): PrivateTemplate {
  const { shortId, title, primaryIndustry, deputyIndustry, content, example } = entry
  return { templateId, shortId, title, primaryIndustry, deputyIndustry, content, example }
}

function isTemplate(v: unknown): v is PrivateTemplate {
  if (typeof v !== 'object' || v === null) return false
  const t = v as Record<string, unknown>
  return ['templateId', 'title', 'primaryIndustry', 'deputyIndustry', 'content', 'example'].every(
    (k) => typeof t[k] === 'string',
  )
}

export class TemplateBook {
  private readonly accounts = new Map<string, AccountTemplates>()
  private readonly files: AccountJsonFiles
  private readonly random: Random
  private readonly clock: Clock

  constructor(deps: { clock: Clock; random: Random; dir?: string }) {
    this.files = new AccountJsonFiles(deps.dir, 'templates')
    this.random = deps.random
    this.clock = deps.clock
  }

  list(accountId: string): PrivateTemplate[] {
    return [...this.account(accountId).templates]
  }

  find(accountId: string, templateId: string): PrivateTemplate | undefined {
    return this.account(accountId).templates.find((t) => t.templateId === templateId)
  }

  /** template/api_add_template: the library entry added under a fresh id. */
  add(accountId: string, shortId: string): AddOutcome {
    const entry = libraryTemplate(shortId)
    // An id the library does not have: 40037 "invalid template_id" [unconfirmed].
    if (!entry) return { ok: false, errcode: 40037 }
    const book = this.account(accountId)
    if (book.templates.length >= MAX_PRIVATE_TEMPLATES) return { ok: false, errcode: 45026 }
    const template = fromLibrary(this.freshId(book), entry)
    book.templates.push(template)
    return { ok: true, template, saved: this.save(accountId) }
  }

  /** Creates or replaces a template (the control API); resolves once saved. */
  async put(
    accountId: string,
    input: Omit<PrivateTemplate, 'templateId'> & { readonly templateId?: string },
  ): Promise<PrivateTemplate> {
    const book = this.account(accountId)
    const templateId = input.templateId ?? this.freshId(book)
    const template: PrivateTemplate = { ...input, templateId }
    const at = book.templates.findIndex((t) => t.templateId === templateId)
    if (at >= 0) book.templates[at] = template
    else book.templates.push(template)
    await this.save(accountId)
    return template
  }

  /** false when the account has no such template. */
  async remove(accountId: string, templateId: string): Promise<boolean> {
    const book = this.account(accountId)
    const before = book.templates.length
    book.templates = book.templates.filter((t) => t.templateId !== templateId)
    if (book.templates.length === before) return false
    await this.save(accountId)
    return true
  }

  industries(accountId: string): readonly [number, number] {
    return this.account(accountId).industryIds
  }

  /**
   * api_set_industry: both ids must be in the table (40102 [doc]); a change is allowed once a
   * month (the doc: "每月可修改行业1次"), a second one answers 43100 [doc]. Setting the same pair
   * again changes nothing and is not counted [unconfirmed].
   */
  setIndustries(accountId: string, id1: number, id2: number): IndustryOutcome {
    if (!industryById(id1) || !industryById(id2)) return 40102
    const book = this.account(accountId)
    if (book.industryIds[0] === id1 && book.industryIds[1] === id2)
      return { errcode: 0, saved: Promise.resolve() }
    const month = beijingMonth(this.clock.nowMs())
    if (book.industryMonth === month) return 43100
    book.industryIds = [id1, id2]
    book.industryMonth = month
    return { errcode: 0, saved: this.save(accountId) }
  }

  flush(): Promise<void> {
    return this.files.flush()
  }

  private freshId(book: AccountTemplates): string {
    for (;;) {
      const id = urlSafeString(this.random, 43)
      if (!book.templates.some((t) => t.templateId === id)) return id
    }
  }

  private account(accountId: string): AccountTemplates {
    let book = this.accounts.get(accountId)
    if (!book) {
      book = this.load(accountId) ?? this.seed(accountId)
      this.accounts.set(accountId, book)
    }
    return book
  }

  private seed(accountId: string): AccountTemplates {
    const templates = SEEDED_SHORT_IDS.flatMap((shortId) => {
      const entry = libraryTemplate(shortId)
      return entry ? [fromLibrary(seededId(accountId, shortId), entry)] : []
    })
    return { templates, industryIds: [...DEFAULT_INDUSTRY_IDS] }
  }

  private load(accountId: string): AccountTemplates | undefined {
    return this.files.read(accountId, (file) => {
      if (!Array.isArray(file.templates)) return undefined
      const templates = file.templates.filter(isTemplate)
      const ids = Array.isArray(file.industryIds) ? file.industryIds : []
      const industryIds: [number, number] =
        typeof ids[0] === 'number' && typeof ids[1] === 'number'
          ? [ids[0], ids[1]]
          : [...DEFAULT_INDUSTRY_IDS]
      const month = typeof file.industryMonth === 'string' ? file.industryMonth : undefined
      return { templates, industryIds, ...(month === undefined ? {} : { industryMonth: month }) }
    })
  }

  private save(accountId: string): Promise<void> {
    const book = this.account(accountId)
    return this.files.write(accountId, book)
  }
}
