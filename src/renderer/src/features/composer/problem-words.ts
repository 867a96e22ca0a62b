/**
 * The words for the engine's lint codes in the UI language: catalogue errors from the shared
 * explanation table (CATALOG_ERROR_TEXT), XML errors and unknown/missing elements from this
 * feature's i18n. Stable per language, so the editor's markers are not recomputed on each render.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { CATALOG_ERROR_TEXT } from '../../../../shared/explain/catalog-errors'
import type { PushLint } from '../../../../shared/control/composer-schemas'
import type { CatalogErrorCode } from '../../../../shared/model/catalog-error-codes'
import { explainLang } from '../../i18n'
import type { DraftWords } from './use-draft'
import type { ProblemWords } from './xml-problems'

const XML_CODES = [
  'xml-empty',
  'xml-malformed',
  'xml-root-not-xml',
  'xml-doctype-forbidden',
  'xml-entity-forbidden',
  'xml-bytes-outside-root',
  'xml-too-deep',
] as const

// parsePush's reasons for an element it could not place (parse-fields.ts UnknownField).
const UNKNOWN_REASONS = ['not-in-catalog', 'duplicate', 'unexpected-shape'] as const

export function useProblemWords(): { problems: ProblemWords; draft: DraftWords } {
  const { t, i18n } = useTranslation('composer')
  const lang = explainLang(i18n.language)
  return useMemo(() => {
    const titleOf = (code: string): string | undefined => {
      if (Object.hasOwn(CATALOG_ERROR_TEXT, code))
        return CATALOG_ERROR_TEXT[code as CatalogErrorCode][lang].title
      const xmlCode = XML_CODES.find((c) => c === code)
      return xmlCode && t(`xmlErrors.${xmlCode}`)
    }
    const problems: ProblemWords = {
      // The engine's own sentence keeps the facts (the value, an example); the title says it in the UI language.
      problem: (code, message) => {
        const title = titleOf(code)
        return title ? `${title} — ${message}` : message
      },
      unknown: (path, reason) =>
        t(`unknown.${UNKNOWN_REASONS.find((r) => r === reason) ?? 'not-in-catalog'}`, { path }),
      missing: (path) => t('missingField', { name: path }),
    }
    const draft: DraftWords = {
      broken: (lint: PushLint) => {
        const first = lint.problems[0]
        return t('xmlBroken', { message: first ? problems.problem(first.code, first.message) : '' })
      },
      dropped: (names) => t('xmlDropped', { names: names.join(', ') }),
    }
    return { problems, draft }
  }, [t, lang])
}
