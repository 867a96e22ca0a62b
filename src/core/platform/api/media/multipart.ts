/**
 * Reads an upload's multipart/form-data body (docs/api-media.md): the file part named `media`
 * (WeChat's form field, with its filename) and plain fields such as add_material's `description`.
 * The platform app already holds the body as bytes (express.raw), so busboy parses that buffer.
 */
import busboy from 'busboy'
import type { Request } from 'express'

export interface UploadedFile {
  readonly filename: string
  readonly contentType: string
  readonly bytes: Buffer
}

export interface MultipartForm {
  readonly files: ReadonlyMap<string, UploadedFile>
  readonly fields: ReadonlyMap<string, string>
}

/** The parsed form, or undefined when the body is not multipart/form-data at all. */
export function readMultipart(req: Request): Promise<MultipartForm | undefined> {
  const contentType = req.headers['content-type'] ?? ''
  const body: unknown = req.body
  if (!/^multipart\/form-data/i.test(contentType) || !Buffer.isBuffer(body)) {
    return Promise.resolve(undefined)
  }
  return new Promise((resolve) => {
    const files = new Map<string, UploadedFile>()
    const fields = new Map<string, string>()
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8' })
    } catch {
      resolve(undefined)
      return
    }
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        // The first part of a name wins, as a form reader reading `media` once would.
        if (!files.has(name)) {
          files.set(name, {
            filename: info.filename ?? '',
            contentType: info.mimeType,
            bytes: Buffer.concat(chunks),
          })
        }
      })
    })
    parser.on('field', (name, value) => {
      if (!fields.has(name)) fields.set(name, value)
    })
    parser.on('close', () => resolve({ files, fields }))
    // A malformed body still yields what was read before the fault.
    parser.on('error', () => resolve({ files, fields }))
    parser.end(body)
  })
}
