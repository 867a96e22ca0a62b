/**
 * The worked steps the protocol code returns for the teaching views (protocol.md §3, §8): a signature's
 * sort → join → sha1, and every layer of one message encryption. They live here, not beside the
 * protocol functions, because Exchanges record them and the renderer reads those records.
 */

export interface SignatureBreakdown {
  /** The values as given, in the order token, timestamp, nonce[, encrypt]. */
  readonly parts: readonly string[]
  /** The same values in the byte-wise order WeChat sorts them. */
  readonly sorted: readonly string[]
  /** The sorted values joined with no separator: the sha1 input. */
  readonly joined: string
  /** Lowercase hex sha1 of `joined`: the signature. */
  readonly sha1: string
}

/** Every layer of one encryption or decryption, for the inspector and the Crypto lab. */
export interface CryptoLayers {
  /** The 16-byte random prefix as text (SDKs use ASCII alphanumerics) and as hex. */
  readonly random: string
  readonly randomHex: string
  /** Declared message length in UTF-8 bytes (the big-endian uint32 at offset 16). */
  readonly msgLen: number
  readonly message: string
  /** The trailing receive id: the AppID for Official Accounts. */
  readonly receiveId: string
  /** Bytes of FullStr before padding. */
  readonly fullStrBytes: number
  /** Value (= count) of the PKCS#7 pad bytes, 1..32. */
  readonly padValue: number
  readonly padBytesUniform: boolean
  /** Bytes of ciphertext (base64-decoded Encrypt). */
  readonly cipherBytes: number
  /** The base64 Encrypt value. */
  readonly encrypt: string
  /** Whether the EncodingAESKey was canonical base64 (protocol.md §0 #4b). */
  readonly keyCanonical: boolean
}
