/**
 * The official worked examples the lab starts with (protocol.md §3, §8.7; copied in
 * tests/fixtures/vectors/server-signature.json and encryption.json), so the first screen already
 * shows numbers a learner can check against the WeChat documentation.
 */

/** URL verification example: sha1 = f464b24fc39322e44b38aa78f5edd27bd1441696. */
export const SIGNATURE_EXAMPLE = {
  token: 'AAAAA',
  timestamp: '1714036504',
  nonce: '1514711492',
}

/**
 * Reply encryption example `official-doc-reply-encrypt`: Encrypt starts ELGduP2YcVatjqIS+eZbp80M…,
 * msg_signature = 1b9339964ed2e271e7c7b6ff2b0ef902fc94dea1.
 */
export const ENVELOPE_EXAMPLE = {
  encodingAesKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  appId: 'wxba5fad812f8e6fb9',
  message: '{"demo_resp":"good luck"}',
  random: '707722b803182950',
  token: 'AAAAA',
  timestamp: '1713424427',
  nonce: '415670741',
}

/**
 * Safe-mode push `official-doc-safe-mode-request` (same key and AppID): its pad value is 19, more
 * than 16, which is why a stock 16-byte unpadder fails on real WeChat traffic (protocol.md §0 #1).
 */
export const DECRYPT_EXAMPLE =
  '+qdx1OKCy+5JPCBFWw70tm0fJGb2Jmeia4FCB7kao+/Q5c/ohsOzQHi8khUOb05JCpj0JB4RvQMkUyus8TPxLKJGQqcvZqzDpVzazhZv6JsXUnnR8XGT740XgXZUXQ7vJVnAG+tE8NUd4yFyjPy7GgiaviNrlCTj+l5kdfMuFUPpRSrfMZuMcp3Fn2Pede2IuQrKEYwKSqFIZoNqJ4M8EajAsjLY2km32IIjdf8YL/P50F7mStwntrA2cPDrM1kb6mOcfBgRtWygb3VIYnSeOBrebufAlr7F9mFUPAJGj04='
