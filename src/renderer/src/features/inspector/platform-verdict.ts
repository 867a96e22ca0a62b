/**
 * The verdict of a call the mock platform served — an OAuth page or an API call — as cards, worst
 * first: how the authorize pages ended (a code, a refusal, the consent page, WeChat's error page
 * with the number it shows), every finding about the link with its explanation and fix, the
 * errcode with its meaning, and what the /sns endpoints noticed. Words come from the shared tables
 * (shared/explain), so the app says what the platform's own pages say. Nothing to say ⇒ no cards,
 * and the detail shows no verdict section.
 */
import type { TFunction } from 'i18next'
import {
  OAUTH_OUTCOME_TEXT,
  oauthFindingSpec,
  oauthFindingText,
} from '../../../../shared/explain/oauth-findings'
import { WECHAT_PAGE_LINES } from '../../../../shared/explain/oauth-page-texts'
import { isPlatformNoteCode, PLATFORM_NOTE_TEXT } from '../../../../shared/explain/platform-notes'
import type { Lang } from '../../../../shared/explain/types'
import { errcodeText } from '../../../../shared/explain/wechat-errcodes'
import type { ApiExchange, OauthExchange } from '../../../../shared/model/exchange'
import type { OauthFindingFact, PlatformAnalysis } from '../../../../shared/model/analysis'

export type CardTone = 'error' | 'warning' | 'info' | 'ok'

/** What a card says: the title always; why and the fix when there is something to say. */
export interface CardText {
  readonly title: string
  readonly explanation?: string | undefined
  readonly fix?: string | undefined
}

export interface VerdictCard {
  /** The code behind it (data-code, hover): never shown as the text. */
  readonly code: string
  readonly tone: CardTone
  readonly text: CardText
  /** "Fix" for a problem, "Next" for a step that went well. */
  readonly fixLabel: 'fix' | 'next'
  readonly spec?: string | undefined
  readonly facts?: readonly Readonly<Record<string, string | number>>[] | undefined
}

const TONE_ORDER: Readonly<Record<CardTone, number>> = { error: 0, warning: 1, info: 2, ok: 3 }

export function platformVerdict(
  exchange: ApiExchange | OauthExchange,
  lang: Lang,
  t: TFunction<'inspector'>,
): VerdictCard[] {
  const analysis: PlatformAnalysis = exchange.analysis ?? {}
  const cards: VerdictCard[] = []
  const outcome = outcomeCard(analysis, exchange.errcode, lang, t)
  if (outcome) cards.push(outcome)
  const errcode = errcodeCard(exchange, lang, t)
  if (errcode) cards.push(errcode)
  for (const finding of analysis.findings ?? []) cards.push(findingCard(finding, lang))
  for (const code of notesOf(analysis)) {
    const note = PLATFORM_NOTE_TEXT[code]
    cards.push({ code, tone: note.severity, text: note[lang], fixLabel: 'fix', spec: note.spec })
  }
  // Odd but accepted (menu rules…): no words of their own, so the codes are shown as facts.
  const unworded = (analysis.warnings ?? []).filter((code) => !isPlatformNoteCode(code))
  if (unworded.length > 0) {
    cards.push({
      code: 'platform-warnings',
      tone: 'warning',
      text: { title: t('api.platformNote') },
      fixLabel: 'fix',
      facts: unworded.map((code) => ({ noted: code })),
    })
  }
  // Stable: the order above (what happened, the errcode, the findings) within a tone.
  return cards
    .map((card, i) => ({ card, i }))
    .sort((a, b) => TONE_ORDER[a.card.tone] - TONE_ORDER[b.card.tone] || a.i - b.i)
    .map(({ card }) => card)
}

/** How the authorize pages ended; WeChat's error page leads with the number it shows. */
function outcomeCard(
  analysis: PlatformAnalysis,
  errcode: number | undefined,
  lang: Lang,
  t: TFunction<'inspector'>,
): VerdictCard | undefined {
  const outcome = analysis.outcome
  if (outcome === undefined) return undefined
  const text = OAUTH_OUTCOME_TEXT[outcome][lang]
  if (outcome === 'error-page') {
    const line = errcode === undefined ? undefined : WECHAT_PAGE_LINES[errcode]
    return {
      code: 'outcome-error-page',
      tone: 'error',
      text: {
        ...text,
        title: line
          ? `${text.title} · ${t('oauth.wechatPageLine', { errcode, line: line[lang] })}`
          : text.title,
        explanation: line ? text.explanation : `${text.explanation} ${t('oauth.noWechatCode')}`,
      },
      fixLabel: 'fix',
      spec: '§9.1',
    }
  }
  const tones = { code: 'ok', denied: 'warning', 'consent-page': 'info' } as const
  return {
    code: `outcome-${outcome}`,
    tone: tones[outcome],
    text,
    fixLabel: outcome === 'denied' ? 'fix' : 'next',
    spec: '§9.3',
    ...(analysis.scope ? { facts: [{ scope: analysis.scope }] } : {}),
  }
}

/** errcode ≠ 0 with its meaning (the authorize pages' codes are said by their outcome card). */
function errcodeCard(
  exchange: ApiExchange | OauthExchange,
  lang: Lang,
  t: TFunction<'inspector'>,
): VerdictCard | undefined {
  const errcode = exchange.errcode
  if (errcode === undefined) return undefined
  if (exchange.analysis?.outcome !== undefined) return undefined
  if (errcode === 0) {
    return { code: 'errcode-0', tone: 'ok', text: { title: t('api.ok') }, fixLabel: 'next' }
  }
  const words = errcodeText(errcode, lang)
  const body = exchange.attempts.at(-1)?.response?.body.text ?? ''
  const errmsg = errmsgOf(body)
  const analysis = exchange.analysis ?? {}
  const facts: Record<string, string | number> = {}
  if (errmsg !== undefined) facts['errmsg'] = errmsg
  // The platform's own notes that have no words of their own (menu rules, body checks): shown
  // as facts beside the errcode, which says what went wrong.
  if (analysis.problem !== undefined && !isPlatformNoteCode(analysis.problem)) {
    facts['noted'] = analysis.problem
  }
  if (analysis.at !== undefined) facts['at'] = analysis.at
  if (analysis.reason !== undefined) facts['reason'] = analysis.reason
  if (analysis.limitBytes !== undefined) facts['limit'] = analysis.limitBytes
  if (analysis.parserError !== undefined) facts['parserMessage'] = analysis.parserError
  if (analysis.bodyProblem !== undefined) facts['bodyProblem'] = analysis.bodyProblem
  return {
    code: `errcode-${errcode}`,
    tone: 'error',
    text: {
      title: words
        ? t('api.answered', { errcode, meaning: words.meaning })
        : t('api.answeredUnknown', { errcode }),
      explanation: words?.explanation,
      fix: words?.fix,
    },
    fixLabel: 'fix',
    spec: exchange.title.startsWith('/sns/') ? '§9.4' : '§10.7',
    facts: Object.keys(facts).length > 0 ? [facts] : undefined,
  }
}

function findingCard(finding: OauthFindingFact, lang: Lang): VerdictCard {
  const words = oauthFindingText(finding.code)?.[lang]
  return {
    code: finding.code,
    tone: finding.severity,
    // A code this version does not know (a newer log): its facts still show what was found.
    text: words ?? { title: finding.code },
    fixLabel: 'fix',
    spec: oauthFindingSpec(finding.code),
    facts: [finding.detail],
  }
}

/** The worded notes of the /sns endpoints and the authorize pages, in the order they matter. */
function notesOf(analysis: PlatformAnalysis) {
  const codes: string[] = []
  if (analysis.problem !== undefined) codes.push(analysis.problem)
  codes.push(...(analysis.warnings ?? []))
  if (analysis.phoneUser !== undefined) codes.push(analysis.phoneUser)
  return codes.filter(isPlatformNoteCode)
}

/** WeChat's errmsg from a JSON error body; undefined when the body is not one (an HTML page). */
export function errmsgOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { errmsg?: unknown }
    return typeof parsed.errmsg === 'string' ? parsed.errmsg : undefined
  } catch {
    return undefined
  }
}
