/**
 * The one loader of the spec vectors (tests/fixtures/vectors, copied from the spec with their
 * source notes). Each file is checked against a schema so a malformed vector fails loudly.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

export const VECTORS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/vectors')

const ServerSignatureVector = z.object({
  id: z.string(),
  token: z.string(),
  timestamp: z.string(),
  nonce: z.string(),
  sorted: z.array(z.string()).length(3).optional(),
  expected_signature: z
    .string()
    .regex(/^[0-9a-f]{40}$/)
    .optional(),
  presented_signature: z.string().optional(),
  expect_match: z.boolean().optional(),
  echostr: z.string().optional(),
  expected_response_body: z.string().optional(),
  full_query: z.string().optional(),
  wrong_if_numeric_sort: z.string().optional(),
  wrong_if_localecompare: z.string().optional(),
  source: z.string(),
})

const EncryptionVector = z.object({
  id: z.string(),
  kind: z.string(),
  token: z.string(),
  encoding_aes_key: z.string().optional(),
  receive_id: z.string().optional(),
  timestamp: z.string().optional(),
  nonce: z.string().optional(),
  msg_signature: z.string().optional(),
  plain_signature: z.string().optional(),
  encrypt: z.string(),
  plaintext: z.string().optional(),
  random: z.string().optional(),
  msg_len: z.number().optional(),
  fullstr_bytes: z.number().optional(),
  cipher_bytes: z.number().optional(),
  pad_value: z.number().optional(),
  key_is_canonical_base64: z.boolean().optional(),
  body: z.string().optional(),
  body_file: z.string().optional(),
  reply_xml_envelope: z.string().optional(),
  source: z.string(),
})

const JssdkVector = z.object({
  id: z.string(),
  jsapi_ticket: z.string(),
  noncestr: z.string(),
  timestamp: z.string(),
  url: z.string(),
  string1: z.string(),
  expected_signature: z.string().regex(/^[0-9a-f]{40}$/),
  source: z.string(),
})

const CapturedIndex = z.object({
  common_request_headers: z.record(z.string(), z.string()),
  files: z.array(
    z.object({
      file: z.string(),
      content_length: z.number(),
      query: z.string(),
      token: z.string(),
      mode: z.enum(['plaintext', 'safe', 'compatible']),
      encoding_aes_key: z.string().optional(),
      appid: z.string().optional(),
    }),
  ),
})

const MessagesIndex = z.object({
  files: z.array(
    z
      .object({
        file: z.string(),
        direction: z.string(),
        MsgType: z.string().optional(),
        Event: z.string().optional(),
        source: z.string(),
      })
      .passthrough(),
  ),
})

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(VECTORS_DIR, relative), 'utf8'))
}

export function readVectorText(relative: string): string {
  return readFileSync(join(VECTORS_DIR, relative), 'utf8')
}

const vectorsOf = <T extends z.ZodType>(schema: T) => z.object({ vectors: z.array(schema) })

export const loadServerSignatureVectors = () =>
  vectorsOf(ServerSignatureVector).parse(readJson('server-signature.json')).vectors
export const loadEncryptionVectors = () =>
  vectorsOf(EncryptionVector).parse(readJson('encryption.json')).vectors
export const loadJssdkVectors = () =>
  vectorsOf(JssdkVector).parse(readJson('jssdk-signature.json')).vectors
export const loadCapturedIndex = () => CapturedIndex.parse(readJson('captured/index.json'))
export const loadMessagesIndex = () => MessagesIndex.parse(readJson('messages/index.json'))

/** The messages/ samples WeChat pushes to a bot (direction "push", not the reply-* files), with their text. */
export const loadPushSamples = () =>
  loadMessagesIndex()
    .files.filter((entry) => entry.direction === 'push')
    .map((entry) => ({ ...entry, text: readVectorText(`messages/${entry.file}`) }))

/** The passive-reply samples (messages/reply-*.xml): index entry plus the file's text. */
export const loadReplyVectors = () =>
  loadMessagesIndex()
    .files.filter((f) => f.direction === 'reply')
    .map((f) => ({ ...f, xml: readVectorText(`messages/${f.file}`) }))
