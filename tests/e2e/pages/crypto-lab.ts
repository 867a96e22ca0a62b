/**
 * Page module for the app shell and the Crypto lab: every locator and action the specs use, by
 * test id, so specs hold no selectors.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export type PanelId = 'chat' | 'inspector' | 'oauth' | 'replay' | 'settings' | 'crypto-lab'

export interface EnvelopeInput {
  encodingAesKey?: string
  appId?: string
  message?: string
  random?: string
  token?: string
  timestamp?: string
  nonce?: string
}

export class CryptoLabPage {
  readonly app: Locator
  readonly bootError: Locator
  readonly langSwitch: Locator
  readonly signature: {
    token: Locator
    timestamp: Locator
    nonce: Locator
    encrypt: Locator
    received: Locator
    run: Locator
    digest: Locator
    sortedValues: Locator
    msgDigest: Locator
    match: Locator
  }
  readonly envelope: {
    aesKey: Locator
    appId: Locator
    message: Locator
    random: Locator
    token: Locator
    timestamp: Locator
    nonce: Locator
    encryptRun: Locator
    decryptInput: Locator
    decryptRun: Locator
    result: Locator
    encryptOutput: Locator
    msgSignatureDigest: Locator
    safeBody: Locator
    decryptedMessage: Locator
    pad: Locator
    keyCanonical: Locator
  }
  readonly error: {
    card: Locator
    code: Locator
    title: Locator
    explanation: Locator
    fix: Locator
  }

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    const id = (testId: string) => page.getByTestId(testId)
    this.app = id('app')
    this.bootError = id('boot-error')
    this.langSwitch = id('lang-switch')
    this.signature = {
      token: id('lab-token'),
      timestamp: id('lab-timestamp'),
      nonce: id('lab-nonce'),
      encrypt: id('lab-encrypt-value'),
      received: id('lab-received'),
      run: id('lab-signature-run'),
      digest: id('lab-signature-digest'),
      sortedValues: id('lab-signature-sorted-value'),
      msgDigest: id('lab-msg-signature-digest'),
      match: id('lab-signature-match'),
    }
    this.envelope = {
      aesKey: id('lab-aes-key'),
      appId: id('lab-appid'),
      message: id('lab-message'),
      random: id('lab-random'),
      token: id('lab-env-token'),
      timestamp: id('lab-env-timestamp'),
      nonce: id('lab-env-nonce'),
      encryptRun: id('lab-encrypt-run'),
      decryptInput: id('lab-decrypt-input'),
      decryptRun: id('lab-decrypt-run'),
      result: id('lab-envelope-result'),
      encryptOutput: id('lab-encrypt-output'),
      msgSignatureDigest: id('lab-envelope-msg-signature-digest'),
      safeBody: id('lab-safe-body'),
      decryptedMessage: id('lab-decrypted-message'),
      pad: id('lab-pad'),
      keyCanonical: id('lab-key-canonical'),
    }
    this.error = {
      card: id('lab-error'),
      code: id('lab-error-code'),
      title: id('lab-error-title'),
      explanation: id('lab-error-explanation'),
      fix: id('lab-error-fix'),
    }
  }

  nav(panel: PanelId): Locator {
    return this.page.getByTestId(`nav-${panel}`)
  }

  /**
   * Opens the app (URL with #token=…), waits for the readiness marker (never for time), then opens
   * the Crypto lab (the app starts on the chat).
   */
  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.app).toHaveAttribute('data-app-state', 'ready')
    await this.nav('crypto-lab').click()
    await expect(this.nav('crypto-lab')).toHaveAttribute('aria-current', 'page')
  }

  async switchLanguage(language: 'zh' | 'en'): Promise<void> {
    await this.page.getByTestId(`lang-switch-${language}`).click()
    await expect(this.page.locator('html')).toHaveAttribute(
      'lang',
      language === 'zh' ? 'zh-CN' : 'en',
    )
  }

  async computeSignature(input: {
    token: string
    timestamp: string
    nonce: string
    encrypt?: string
    received?: string
  }): Promise<void> {
    const s = this.signature
    await s.token.fill(input.token)
    await s.timestamp.fill(input.timestamp)
    await s.nonce.fill(input.nonce)
    await s.encrypt.fill(input.encrypt ?? '')
    await s.received.fill(input.received ?? '')
    await s.run.click()
  }

  async fillEnvelope(input: EnvelopeInput): Promise<void> {
    const e = this.envelope
    const fields: [Locator, string | undefined][] = [
      [e.aesKey, input.encodingAesKey],
      [e.appId, input.appId],
      [e.message, input.message],
      [e.random, input.random],
      [e.token, input.token],
      [e.timestamp, input.timestamp],
      [e.nonce, input.nonce],
    ]
    for (const [locator, value] of fields) if (value !== undefined) await locator.fill(value)
  }

  async encrypt(input: EnvelopeInput): Promise<void> {
    await this.fillEnvelope(input)
    await this.envelope.encryptRun.click()
  }

  async decrypt(input: {
    encodingAesKey?: string
    appId?: string
    encrypt?: string
  }): Promise<void> {
    await this.fillEnvelope({ encodingAesKey: input.encodingAesKey, appId: input.appId })
    if (input.encrypt !== undefined) await this.envelope.decryptInput.fill(input.encrypt)
    await this.envelope.decryptRun.click()
  }
}
