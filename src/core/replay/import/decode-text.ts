/**
 * Bytes → text, keeping the original whole: the text exactly as decoded (a BOM stays in it) and,
 * when the bytes were not UTF-8 (UTF-16 from some Windows tools, or binary), base64 of the bytes
 * too, so nothing is lost (CapturedMessage.original).
 */
export interface DecodedText {
  /** The text, BOM included when there was one. */
  readonly text: string
  /** Set when `text` does not re-encode to the bytes (not UTF-8). */
  readonly base64?: string
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const UTF8_LOSSY = new TextDecoder('utf-8', { ignoreBOM: true })

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes)
  if (utf16 !== undefined) {
    // Fiddler and PowerShell redirections can write UTF-16; the text is readable, the bytes kept.
    return { text: new TextDecoder(utf16).decode(bytes), base64: toBase64(bytes) }
  }
  try {
    return { text: UTF8.decode(bytes) }
  } catch {
    return { text: UTF8_LOSSY.decode(bytes), base64: toBase64(bytes) }
  }
}

/** The text without a leading BOM, for sniffing and JSON parsing. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}
