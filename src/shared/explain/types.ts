/** One explanation of a code, in one language: what it is, why it happens, how to fix it. */
export interface ExplanationText {
  readonly title: string
  readonly explanation: string
  readonly fix: string
}

/** The same explanation in both languages mpsim speaks. */
export interface Explanation {
  readonly zh: ExplanationText
  readonly en: ExplanationText
}

export type Lang = 'zh' | 'en'
