/**
 * SHA-1 in the page (WebCrypto), to work a signature out again step by step for the attempt
 * shown — each retry has its own timestamp and nonce. 127.0.0.1 is a secure context, so
 * crypto.subtle is available in the browser and in Electron.
 */
import { useEffect, useState } from 'react'

export async function sha1Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** WeChat sorts the parts as byte strings; for the ASCII values it signs that is code-unit order. */
export function sortParts(parts: readonly string[]): string[] {
  return [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

export function useSha1(text: string | undefined): string | undefined {
  const [result, setResult] = useState<{ text: string; hex: string }>()
  useEffect(() => {
    if (text === undefined) return
    let live = true
    void sha1Hex(text).then((hex) => {
      if (live) setResult({ text, hex })
    })
    return () => {
      live = false
    }
  }, [text])
  return result && result.text === text ? result.hex : undefined
}
