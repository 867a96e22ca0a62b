/**
 * Words for a field error in the UI language: the concrete problem, then WeChat's rule (what to
 * enter instead). Looked up at render time, so switching the language re-words shown errors.
 */
import { useTranslation } from 'react-i18next'
import type { FieldError } from './account-validation'

export function useErrorText(): (error: FieldError) => string {
  const { t } = useTranslation('settings')
  return (error) => {
    const { rule, problem } = error
    if (!rule) return error.message
    const ruleText =
      rule === 'appIdTaken'
        ? t('rules.appIdTaken', { name: error.takenBy ?? '' })
        : t(`rules.${rule}`)
    if (!problem) return ruleText
    const problemText = t(`problems.${problem.key}`, problem.params ?? {})
    return t('problems.then', { problem: problemText, rule: ruleText })
  }
}
