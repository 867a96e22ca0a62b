/**
 * The inspector's words in both languages for tests of what it says, on an i18next instance of
 * their own (the app's global one stays untouched).
 */
import i18next from 'i18next'
import type { TFunction } from 'i18next'
import { inspectorEn, inspectorZh } from '../../../../src/renderer/src/features/inspector/i18n'

export async function inspectorT(): Promise<{
  en: TFunction<'inspector'>
  zh: TFunction<'inspector'>
}> {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng: 'en',
    ns: ['inspector'],
    resources: { en: { inspector: inspectorEn }, zh: { inspector: inspectorZh } },
  })
  return { en: i18n.getFixedT('en', 'inspector'), zh: i18n.getFixedT('zh', 'inspector') }
}
