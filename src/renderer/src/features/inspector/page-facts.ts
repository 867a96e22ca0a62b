/**
 * A phone-browser page request in the reader's words: the real address (not the loopback gateway
 * that carried it), who answered — the site, or mpsim's mock for a WeChat host —, what kind of
 * request it was, where a redirect went (its #fragment kept), the page's title, and what mpsim
 * changed or noticed on the way. Also the JS-SDK verdict's words (shared/explain/jssdk-problems).
 */
import type { TFunction } from 'i18next'
import {
  JSSDK_DENIAL_TEXT,
  JSSDK_PROBLEM_TEXT,
  JSSDK_SIGNED_TEXT,
} from '../../../../shared/explain/jssdk-problems'
import { isPageNoteCode, PAGE_NOTE_TEXT } from '../../../../shared/explain/page-notes'
import type { ExplanationText, Lang } from '../../../../shared/explain/types'
import type {
  JssdkCallFact,
  JssdkConfigFact,
  PageExchange,
} from '../../../../shared/model/exchange'
import { JSSDK_CALL_DENIALS } from '../../../../shared/model/jssdk-codes'
import type { JssdkCallPermission } from '../../../../shared/model/jssdk-codes'

export interface PageFact {
  readonly key: 'address' | 'routedTo' | 'purpose' | 'redirect' | 'title'
  readonly label: string
  readonly value: string
  /** Wire data (an address) rather than words. */
  readonly mono: boolean
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url
}

export function pageFacts(exchange: PageExchange, t: TFunction<'inspector'>): PageFact[] {
  const a = exchange.analysis
  const facts: PageFact[] = [
    { key: 'address', label: t('page.address'), value: a.url, mono: true },
    {
      key: 'routedTo',
      label: t('page.routedTo'),
      value:
        a.routedTo === 'platform'
          ? t('page.platform', { host: a.wechatHost ?? hostOf(a.url) })
          : t('page.site', { host: hostOf(a.url) }),
      mono: false,
    },
    {
      key: 'purpose',
      label: t('page.purpose'),
      value: t(`page.purposes.${a.purpose}`),
      mono: false,
    },
  ]
  if (a.redirectTo !== undefined) {
    facts.push({ key: 'redirect', label: t('page.redirect'), value: a.redirectTo, mono: true })
  }
  // A redirect's body is the framework's "Found. Redirecting…": its title says nothing.
  if (a.title && a.redirectTo === undefined) {
    facts.push({ key: 'title', label: t('page.title'), value: a.title, mono: false })
  }
  return facts
}

/** mpsim's notes in words; a code this version has no words for is left out (it is in the export). */
export function pageNotes(exchange: PageExchange, lang: Lang): string[] {
  return (exchange.analysis.notes ?? []).filter(isPageNoteCode).map((c) => PAGE_NOTE_TEXT[c][lang])
}

/** Why wx.config failed, in words; undefined when it succeeded or the code is unknown. */
export function jssdkProblemText(fact: JssdkConfigFact, lang: Lang): ExplanationText | undefined {
  const problem = fact.problem
  if (problem === undefined || !Object.hasOwn(JSSDK_PROBLEM_TEXT, problem)) return undefined
  return JSSDK_PROBLEM_TEXT[problem as keyof typeof JSSDK_PROBLEM_TEXT][lang]
}

/** What the page really signed, when mpsim recognised a variant other than the page's address. */
export function jssdkSignedText(fact: JssdkConfigFact, lang: Lang): ExplanationText | undefined {
  const match = fact.signatureMatch
  if (match === undefined || match === 'page-url' || !Object.hasOwn(JSSDK_SIGNED_TEXT, match)) {
    return undefined
  }
  return JSSDK_SIGNED_TEXT[match as keyof typeof JSSDK_SIGNED_TEXT][lang]
}

/** A refused wx.* call's reason, read off the errMsg handed to the page (e.g. "chooseImage:permission denied"). */
export function jssdkDenial(
  fact: JssdkCallFact,
): Exclude<JssdkCallPermission, 'granted'> | undefined {
  if (fact.ok) return undefined
  let errMsg = ''
  try {
    const answer = JSON.parse(fact.answer) as { errMsg?: unknown }
    if (typeof answer.errMsg === 'string') errMsg = answer.errMsg
  } catch {
    return undefined
  }
  for (const [denial, tail] of Object.entries(JSSDK_CALL_DENIALS)) {
    if (errMsg.endsWith(tail)) return denial as keyof typeof JSSDK_CALL_DENIALS
  }
  return undefined
}

export function jssdkDenialText(fact: JssdkCallFact, lang: Lang): ExplanationText | undefined {
  const denial = jssdkDenial(fact)
  return denial === undefined ? undefined : JSSDK_DENIAL_TEXT[denial][lang]
}

/** Whether the page's domain passed (a failed appid check says nothing about the domain). */
export function domainVerdict(fact: JssdkConfigFact): 'allowed' | 'refused' | 'unchecked' {
  if (fact.problem === 'invalid-appid') return 'unchecked'
  return fact.problem === 'invalid-url-domain' ? 'refused' : 'allowed'
}
