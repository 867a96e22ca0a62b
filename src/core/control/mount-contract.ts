/**
 * Mounts the contract table on an Express router: one route per command, input validated with the
 * command's schema (400 invalid-input with the issues), output typed by the contract. A missing
 * handler is a compile error. A command whose answer can be as big as the whole exchange log
 * (exportExchanges) may answer with a StreamedFile: the same JSON is then written as it is made,
 * never held whole.
 */
import { Router } from 'express'
import type { Request, Response } from 'express'
import { contract } from '../../shared/control/contract'
import type { CommandName, Output } from '../../shared/control/contract'
import { ControlError } from './control-error'
import type { z } from 'zod'

/** Commands that may answer with a StreamedFile. */
type StreamedCommand = 'exportExchanges'

export const STREAMED = Symbol('mpsim.streamed')

/**
 * A file answer written a piece at a time. Over the contract route it is the command's usual JSON
 * (`{filename, mediaType, text, count}`), with `text` streamed; over a download route, the file
 * itself.
 */
export interface StreamedFile {
  readonly [STREAMED]: true
  readonly filename: string
  readonly mediaType: string
  /** The file's text, piece by piece (each iteration makes it anew). */
  text(): AsyncGenerator<string>
  /** How many records the text held: final once text() is done. */
  readonly count: number
}

type Answer<K extends CommandName> = K extends StreamedCommand
  ? Output<K> | StreamedFile
  : Output<K>

export type Handlers = {
  [K in CommandName]: (input: z.output<(typeof contract)[K]['input']>) => Promise<Answer<K>>
}

export function isStreamed(answer: unknown): answer is StreamedFile {
  return typeof answer === 'object' && answer !== null && STREAMED in answer
}

export function mountContract(handlers: Handlers): Router {
  const router = Router()
  for (const name of Object.keys(contract) as CommandName[]) {
    const { method, path } = contract[name]
    const handler = handlers[name] as (value: unknown) => Promise<unknown>
    const register = method === 'GET' ? router.get.bind(router) : router.post.bind(router)
    register(path, async (req: Request, res) => {
      const answer = await handler(parseInput(name, req))
      if (isStreamed(answer)) await sendStreamed(res, answer, 'json')
      else res.json(answer)
    })
  }
  return router
}

/** The command's input from the query (GET) or the body, or 400 invalid-input with the issues. */
export function parseInput(name: CommandName, req: Request): unknown {
  const { method, input } = contract[name]
  const raw: unknown = method === 'GET' ? { ...req.query, ...req.params } : req.body
  const parsed = input.safeParse(raw ?? {})
  if (!parsed.success) {
    throw new ControlError(
      'invalid-input',
      `invalid input for ${name}`,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  return parsed.data
}

/** Pieces are gathered up to this size per write: fewer, larger writes to the socket. */
const WRITE_BYTES = 64 * 1024

/**
 * Writes a StreamedFile: as the contract's JSON (`text` escaped piece by piece, `count` last,
 * once known), or as the file itself with a download name. Waits whenever the client reads
 * slower than the log is read, and stops reading when the client goes away.
 */
export async function sendStreamed(
  res: Response,
  file: StreamedFile,
  as: 'json' | 'file',
): Promise<void> {
  let gone = false
  res.on('close', () => {
    gone = true
  })
  let buffered = ''
  const flush = async (): Promise<void> => {
    const chunk = buffered
    buffered = ''
    if (chunk === '' || gone || res.write(chunk)) return
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done)
        res.off('close', done)
        resolve()
      }
      res.on('drain', done)
      res.on('close', done)
    })
  }
  const put = async (text: string): Promise<void> => {
    buffered += text
    if (buffered.length >= WRITE_BYTES) await flush()
  }
  const pieces = file.text()
  try {
    const first = await pieces.next()
    res.status(200).setHeader('Cache-Control', 'no-store')
    if (as === 'file') {
      // attachment() would set a type from the extension (.ndjson has none): the file's own after.
      res.attachment(file.filename).setHeader('Content-Type', `${file.mediaType}; charset=utf-8`)
    } else {
      res.type('application/json')
      await put(
        `{"filename":${JSON.stringify(file.filename)},"mediaType":${JSON.stringify(file.mediaType)},"text":"`,
      )
    }
    const escape = (piece: string) => (as === 'json' ? JSON.stringify(piece).slice(1, -1) : piece)
    if (first.done !== true) await put(escape(first.value))
    for (let next = await pieces.next(); next.done !== true && !gone; next = await pieces.next()) {
      await put(escape(next.value))
    }
    if (as === 'json') await put(`","count":${file.count}}`)
    await flush()
    res.end()
  } catch (error) {
    // Before the first byte the usual error answer can still go out; after it, only a cut.
    if (!res.headersSent) throw error
    res.destroy(error instanceof Error ? error : new Error(String(error)))
  } finally {
    await pieces.return(undefined)
  }
}
