/**
 * i18next set-up: zh-CN and English, chosen from the saved choice, else from navigator.language.
 * The choice is saved in localStorage and mirrored on <html lang> (screen readers, fonts, hyphens).
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../../../shared/explain/types'
import { en } from './en'
import type { Messages } from './en'
import { zhCN } from './zh-CN'
import { composerEn, composerZh } from '../features/composer/i18n'
import { inspectorEn, inspectorZh } from '../features/inspector/i18n'
import { loadEn, loadZh } from '../features/load/i18n'
import { oauthEn, oauthZh } from '../features/oauth/i18n'
import { phoneEn, phoneZh } from '../features/phone/i18n'
import { platformDataEn, platformDataZh } from '../features/platform-data/i18n'
import { phoneBrowserEn, phoneBrowserZh } from '../features/phone-browser/i18n'
import { replayEn, replayZh } from '../features/replay/i18n'
import { settingsEn, settingsZh } from '../features/settings/i18n'
import { workspaceProblemsEn, workspaceProblemsZh } from '../features/workspace-problems/i18n'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: Messages
      phone: typeof phoneEn
      platformData: typeof platformDataEn
      phoneBrowser: typeof phoneBrowserEn
      composer: typeof composerEn
      inspector: typeof inspectorEn
      load: typeof loadEn
      oauth: typeof oauthEn
      replay: typeof replayEn
      settings: typeof settingsEn
      workspaceProblems: typeof workspaceProblemsEn
    }
  }
}

export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'mpsim.lang'

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value)
}

/** Saved choice first; otherwise any Chinese browser locale gets zh-CN, everything else English. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY)
  if (isLanguage(saved)) return saved
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language)
  void i18n.changeLanguage(language)
}

/** The two-letter key used by the shared explanation tables (src/shared/explain). */
export function explainLang(language: string): Lang {
  return language.startsWith('zh') ? 'zh' : 'en'
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

// Resources are bundled, so init completes synchronously and the first render has its text.
void i18n.use(initReactI18next).init({
  // One namespace per feature, so features add words without touching each other's files.
  resources: {
    'zh-CN': {
      translation: zhCN,
      phone: phoneZh,
      platformData: platformDataZh,
      phoneBrowser: phoneBrowserZh,
      composer: composerZh,
      inspector: inspectorZh,
      load: loadZh,
      oauth: oauthZh,
      replay: replayZh,
      settings: settingsZh,
      workspaceProblems: workspaceProblemsZh,
    },
    en: {
      translation: en,
      phone: phoneEn,
      platformData: platformDataEn,
      phoneBrowser: phoneBrowserEn,
      composer: composerEn,
      inspector: inspectorEn,
      load: loadEn,
      oauth: oauthEn,
      replay: replayEn,
      settings: settingsEn,
      workspaceProblems: workspaceProblemsEn,
    },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
})

export { i18n }
