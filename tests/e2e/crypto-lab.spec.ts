/**
 * The Crypto lab in the built renderer, against an in-process core: the official vectors worked
 * out through the UI, the typed crypto errors explained, the language switch, and screenshots.
 * Expected values are the spec vectors (tests/fixtures/vectors), cited by id.
 */
import { CRYPTO_ERROR_TEXT } from '../../src/shared/explain/crypto-errors'
import { expect, test } from './fixtures'
import { CryptoLabPage } from './pages/crypto-lab'

// server-signature.json#official-url-verify
const URL_VERIFY = {
  token: 'AAAAA',
  timestamp: '1714036504',
  nonce: '1514711492',
  sorted: ['1514711492', '1714036504', 'AAAAA'],
  signature: 'f464b24fc39322e44b38aa78f5edd27bd1441696',
}

// encryption.json#official-doc-reply-encrypt
const REPLY = {
  encodingAesKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  appId: 'wxba5fad812f8e6fb9',
  message: '{"demo_resp":"good luck"}',
  random: '707722b803182950',
  token: 'AAAAA',
  timestamp: '1713424427',
  nonce: '415670741',
  encrypt:
    'ELGduP2YcVatjqIS+eZbp80MNLoAUWvzzyJxgGzxZO/5sAvd070Bs6qrLARC9nVHm48Y4hyRbtzve1L32tmxSQ==',
  msgSignature: '1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1',
}

// A well-formed key of another account: decrypting the official push with it must fail.
const OTHER_KEY = 'kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR'

test.describe('Crypto lab', () => {
  test('the app becomes ready, on the Crypto lab, with the token gone from the address bar', async ({
    page,
    core,
  }) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)
    await expect(lab.nav('crypto-lab')).toHaveAttribute('aria-current', 'page')
    expect(page.url()).not.toContain('token=')
  })

  test('signature of the official URL-verification example', async ({ page, core }) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)
    await lab.computeSignature({ ...URL_VERIFY, received: URL_VERIFY.signature })
    await expect(lab.signature.digest).toHaveText(URL_VERIFY.signature)
    await expect(lab.signature.sortedValues).toHaveText(URL_VERIFY.sorted)
    await expect(lab.signature.match).toHaveAttribute('data-match', 'true')
  })

  test('a received signature that differs is flagged as a mismatch', async ({ page, core }) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)
    await lab.computeSignature({ ...URL_VERIFY, received: '0'.repeat(40) })
    await expect(lab.signature.match).toHaveAttribute('data-match', 'false')
  })

  test('encrypting the official reply example gives its Encrypt and msg_signature', async ({
    page,
    core,
  }) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)
    await lab.encrypt(REPLY)
    await expect(lab.envelope.encryptOutput).toHaveText(REPLY.encrypt)
    await expect(lab.envelope.msgSignatureDigest).toHaveText(REPLY.msgSignature)
    await expect(lab.envelope.pad).toHaveAttribute('data-pad-value', '1')
    await expect(lab.envelope.safeBody).toContainText(`<Encrypt><![CDATA[${REPLY.encrypt}]]>`)
    await expect(lab.envelope.decryptedMessage).toHaveText(REPLY.message)
    await expect(lab.envelope.keyCanonical).toHaveAttribute('data-canonical', 'true')

    // The signature section gives the same msg_signature from the same four values.
    await lab.computeSignature({ ...REPLY, encrypt: REPLY.encrypt })
    await expect(lab.signature.msgDigest).toHaveText(REPLY.msgSignature)
  })

  test('a 42-character key is refused with IllegalAesKey and explained', async ({ page, core }) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)
    await lab.switchLanguage('en')
    await lab.encrypt({ ...REPLY, encodingAesKey: 'A'.repeat(42) })
    await expect(lab.error.card).toHaveAttribute('data-code', 'IllegalAesKey')
    await expect(lab.error.code).toContainText('-40004')
    const text = CRYPTO_ERROR_TEXT.IllegalAesKey.en
    await expect(lab.error.title).toHaveText(text.title)
    await expect(lab.error.explanation).toHaveText(text.explanation)
    await expect(lab.error.fix).toHaveText(text.fix)

    await lab.switchLanguage('zh')
    await expect(lab.error.explanation).toHaveText(CRYPTO_ERROR_TEXT.IllegalAesKey.zh.explanation)
  })

  test('the official safe-mode push decrypts, and fails with another valid key', async ({
    page,
    core,
  }) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)
    // The decrypt box starts with encryption.json#official-doc-safe-mode-request (pad 19 > 16).
    await lab.decrypt({})
    await expect(lab.envelope.decryptedMessage).toContainText('"Event":"debug_demo"')
    await expect(lab.envelope.pad).toHaveAttribute('data-pad-value', '19')

    await lab.decrypt({ encodingAesKey: OTHER_KEY })
    await expect(lab.error.card).toHaveAttribute(
      'data-code',
      /^(IllegalBuffer|ValidateAppid_Error)$/,
    )
    await expect(lab.error.explanation).not.toBeEmpty()
  })

  test('the language switch changes the visible text and is remembered', async ({
    page,
    core,
  }, testInfo) => {
    const lab = new CryptoLabPage(page)
    await lab.open(core.uiUrl)

    for (const [language, chat, title] of [
      ['zh', '聊天', '加解密实验室'],
      ['en', 'Chat', 'Crypto lab'],
    ] as const) {
      await lab.switchLanguage(language)
      await expect(lab.nav('chat')).toContainText(chat)
      await expect(lab.nav('crypto-lab')).toContainText(title)
      // Wait for the worked-out example so the screenshot shows the real page, not a spinner.
      await expect(lab.signature.digest).toHaveText(URL_VERIFY.signature)
      await expect(lab.envelope.encryptOutput).toHaveText(REPLY.encrypt)
      const path = `artifacts/screenshots/crypto-lab-${language}.png`
      await page.screenshot({ path, fullPage: true })
      await testInfo.attach(`crypto-lab-${language}`, { path, contentType: 'image/png' })
    }

    await page.reload()
    await expect(lab.app).toHaveAttribute('data-app-state', 'ready')
    await expect(lab.nav('chat')).toContainText('Chat')
  })

  test('without a token the app explains, in both languages, how to open it', async ({
    page,
    core,
  }) => {
    const lab = new CryptoLabPage(page)
    await page.goto(core.url)
    await expect(lab.app).toHaveAttribute('data-app-state', 'error')
    await expect(lab.bootError).toHaveAttribute('data-reason', 'no-token')
    await expect(lab.bootError).toContainText('#token=')
    await expect(lab.bootError).toContainText('缺少访问令牌')
    await expect(lab.bootError).toContainText('No access token')
  })

  test('a token the core does not know is reported as refused', async ({ page, core }) => {
    const lab = new CryptoLabPage(page)
    await page.goto(`${core.url}/#token=not-the-token`)
    await expect(lab.app).toHaveAttribute('data-app-state', 'error')
    await expect(lab.bootError).toHaveAttribute('data-reason', 'token-rejected')
    await expect(lab.bootError).toContainText('The token was refused')
  })
})
