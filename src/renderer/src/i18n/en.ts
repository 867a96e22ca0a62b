/**
 * English UI text. This file defines the shape: zh-CN.ts must have exactly the same keys
 * (the compiler checks it), and t() keys are typed from it (i18n/index.ts).
 */
export const en = {
  app: {
    tagline: 'WeChat Official Account simulator',
    hostElectron: 'Desktop',
    hostNode: 'Browser mode',
  },
  lang: { label: 'Language', zh: '中文', en: 'English' },
  theme: { label: 'Theme', auto: 'System', light: 'Light', dark: 'Dark' },
  nav: {
    label: 'Main navigation',
    groupSimulate: 'Simulate',
    groupTools: 'Tools',
    groupWorkspace: 'Workspace',
    chat: 'Chat',
    inspector: 'Inspector',
    oauth: 'OAuth',
    replay: 'Replay',
    load: 'Load test',
    settings: 'Settings',
    cryptoLab: 'Crypto lab',
    platformData: 'Account data',
  },
  command: {
    failed: 'Did not work: {{reason}}',
    retry: 'Try again',
    detail: 'Details',
    reasons: {
      network: 'mpsim did not answer. Is it still running?',
      'bad-response': 'mpsim sent an answer this page could not read.',
      'token-missing':
        'mpsim refused this page’s session token. Open the app again from the address mpsim printed.',
      'token-invalid':
        'mpsim refused this page’s session token. Open the app again from the address mpsim printed.',
      'host-forbidden': 'mpsim refused a request from this address.',
      'origin-forbidden': 'mpsim refused a request from this page’s origin.',
      'invalid-input': 'mpsim refused the values sent.',
      'payload-too-large': 'The request was too large for mpsim.',
      'unsupported-encoding': 'mpsim could not read the request.',
      'unsupported-media-type': 'mpsim could not read the request.',
      'not-found': 'mpsim no longer has what was asked for.',
      unsupported: 'This mpsim cannot do that.',
      internal: 'mpsim hit an internal error (its log has the details).',
      other: 'mpsim answered with an error.',
    },
  },
  panel: {
    crashedTitle: 'This panel stopped working',
    crashedBody:
      'Something went wrong while showing it. The rest of mpsim keeps working, and nothing was lost in the workspace.',
    reload: 'Reload panel',
  },
  boot: {
    loading: 'Connecting to the mpsim core…',
    detail: 'Technical detail',
    'no-token': {
      title: 'No access token',
      body: 'This page needs the token the mpsim core made when it started. Open the full address that `mpsim serve` or `npm start` printed in the terminal, including the `#token=…` at its end.',
    },
    'desktop-failed': {
      title: 'The desktop shell gave no token',
      body: 'The Electron window could not get the control token from mpsim. Quit mpsim and start it again.',
    },
    'token-rejected': {
      title: 'The token was refused',
      body: 'The mpsim core refused this token, most likely because it was restarted. Open the address it printed most recently, with its `#token=…`.',
    },
    unreachable: {
      title: 'Cannot reach the mpsim core',
      body: 'The core did not answer. Check that `mpsim serve` or `npm start` is still running, then reload this page.',
    },
    other: {
      title: 'Start-up failed',
      body: 'The first exchange with the mpsim core failed. Reload the page; if it fails again, restart mpsim.',
    },
  },
  common: {
    copy: 'Copy',
    copied: 'Copied',
    working: 'Working…',
    optional: 'optional',
    chars: '{{count}} / {{max}} characters',
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
  },
  lab: {
    title: 'Crypto lab',
    intro:
      'Work through WeChat’s signatures and message encryption with your own values. The mpsim core does every computation, with the same code it uses on your bot’s traffic.',
    prefilled: 'The fields start with the official documentation’s worked example.',
    sig: {
      title: 'Signature',
      desc: 'Every push carries `signature` (Token, timestamp, nonce) in its URL; in safe mode also `msg_signature`, which adds Encrypt. Your bot must recompute them to know the request came from WeChat.',
      token: 'Token',
      timestamp: 'timestamp',
      nonce: 'nonce',
      encrypt: 'Encrypt',
      encryptHint: 'When given, msg_signature is worked out too.',
      received: 'Received signature',
      receivedHint: 'Paste the value from a request to compare.',
      run: 'Compute signature',
      result: 'Result',
    },
    steps: {
      parts: 'The values',
      sorted: 'Sorted byte-wise',
      joined: 'Joined into one string',
      sha1: 'sha1, lowercase hex',
      signature: 'signature',
      msgSignature: 'msg_signature',
    },
    sortWhy: {
      title: 'Why byte-wise?',
      body: 'The values are compared as strings, character code by character code — what a plain sort() does in JavaScript, Python or PHP. Not as numbers: "1411443780" comes before "437374425" because "1" < "4". Not with locale rules either: localeCompare may put "a" before "B", while in byte order digits < capitals < lower case. A bot that sorts any other way computes another digest and rejects every message.',
    },
    match: {
      ok: 'Match',
      bad: 'Mismatch',
      against: 'Received value compared with {{against}}',
    },
    env: {
      title: 'Message encryption (safe mode)',
      desc: 'The WXBizMsgCrypt scheme WeChat uses in safe and compatible mode: build FullStr, pad it to a 32-byte block, AES-256-CBC, base64. Decrypting walks the same layers back.',
      account: 'Account',
      aesKey: 'EncodingAESKey',
      appId: 'AppID',
      plaintext: 'Message to encrypt',
      message: 'Message',
      random: 'Random prefix',
      randomHint: '16 characters; drawn at random when empty.',
      signing: 'Signature parameters',
      encryptRun: 'Encrypt',
      decryptGroup: 'Decrypt',
      decryptInput: 'Encrypt',
      decryptHint:
        'Decrypted with the EncodingAESKey and AppID above. Prefilled with an official safe-mode push.',
      decryptRun: 'Decrypt',
      useOutput: 'Decrypt this output',
      resultEncrypt: 'Encryption, layer by layer',
      resultDecrypt: 'Decryption, layer by layer',
      empty: 'Press Encrypt or Decrypt to see every layer.',
    },
    layers: {
      fullStr: 'FullStr: the plaintext layout',
      random: 'random',
      msgLen: 'msg_len',
      msgLenNote: '4 bytes, big-endian: the message length in UTF-8 bytes',
      message: 'message',
      appId: 'AppID',
      fullStrTotal: 'FullStr is {{count}} bytes.',
      pad: 'PKCS#7 padding to a 32-byte block',
      padText_one: 'Append {{count}} byte of value 0x{{hex}}: {{from}} → {{to}} bytes.',
      padText_other: 'Append {{count}} bytes of value 0x{{hex}}: {{from}} → {{to}} bytes.',
      padWhy:
        'The block is 32 bytes, not AES’s 16, so pad values 17..32 occur; a stock 16-byte unpadder fails on them.',
      padNonUniform:
        'The pad bytes are not all equal. The official decoder does not check this, but the encrypting side is off.',
      aes: 'AES-256-CBC',
      aesText:
        'key = base64_decode(EncodingAESKey + "=") (32 bytes), IV = the first 16 bytes of the key, no further cipher padding.',
      cipherBytes: 'Ciphertext: {{count}} bytes.',
      base64: 'base64 gives Encrypt',
      msgSignature: 'msg_signature over Token, timestamp, nonce and Encrypt',
      safeBody: 'The safe-mode push body',
      safeBodyNote:
        'WeChat POSTs this with signature, timestamp, nonce, encrypt_type=aes and msg_signature in the URL.',
      wayBack: 'The way back',
      wayBackText: 'Decrypting the Encrypt again gives back the message and the AppID:',
    },
    decrypt: {
      base64: 'base64-decode Encrypt',
      base64Text: '{{count}} bytes of ciphertext (a multiple of 16).',
      aes: 'AES-256-CBC decrypt',
      unpad: 'Strip the padding',
      unpadText_one:
        'The last byte is {{count}} (0x{{hex}}): drop {{count}} byte, leaving {{left}}.',
      unpadText_other:
        'The last byte is {{count}} (0x{{hex}}): drop {{count}} bytes, leaving {{left}}.',
      split: 'Split FullStr',
      message: 'The decrypted message',
      appIdOk: 'The trailing AppID equals this account’s AppID.',
    },
    key: {
      canonical: 'This EncodingAESKey is canonical base64.',
      nonCanonicalTitle: 'This EncodingAESKey is not canonical base64',
      nonCanonicalBody:
        'The 43rd character carries 2 bits that decoding throws away, and here they are not zero. WeChat draws keys at random, so about 3 real keys in 4 are like this. Lenient decoders (the official samples, Node, Python) accept it; strict ones reject it: commons-codec 1.13–1.14 (it broke WxJava), Rust’s base64 crate, Go’s StdEncoding.Strict(). If your bot uses one of those, switch it to lenient decoding.',
    },
    error: {
      heading: '{{code}} ({{number}})',
      why: 'Why',
      fix: 'How to fix',
      facts: 'Details',
      coreMessage: 'Core message',
      unknown: 'mpsim has no explanation for this code yet.',
      transport: '{{command}} failed: {{code}} (HTTP {{status}})',
    },
  },
}

/** The shape every language must have. */
export type Messages = typeof en
