/**
 * Media throughput (docs/api-media.md): GET /cgi-bin/media/get of a ~500 KB JPEG on the mock
 * platform (Express, token and quota checks, the file read from the workspace, Exchange recording,
 * the NDJSON log) against a bare Express 5 server sending the same bytes with the same
 * Content-Type and Content-disposition; then POST /cgi-bin/media/upload of the same file as a
 * prebuilt multipart body against bare Express receiving it with express.raw. autocannon, medians
 * of alternating rounds, no goal set. Prints figures, never asserts them. Loopback only, bounded
 * (about 30 s), every child stopped.
 *
 *   node --import tsx bench/media-case.ts
 *
 * Quotas: media/get allows 200,000 calls a day, so the get rounds stop short of it (the clock is not
 * advanced: that would expire the 3-day media id). Upload rounds are capped in count as well as
 * time, so the workspace's media folder stays far below its 512 MB cap.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import jpeg from 'jpeg-js'
import type { RateResult } from './engine-cases'
import { autocannonRate, median } from './load'
import { printRates } from './run-engine'
import { startChildServer } from './servers/child'

const GET_SECONDS = 3
const ROUNDS = 3
const CONNECTIONS = 32
const UPLOAD_SECONDS = 4
/** At most this many uploads a round: 3 rounds stay far below the 512 MB media cap. */
const MAX_UPLOADS_PER_ROUND = 250
const UPLOAD_CONNECTIONS = 8
const GET_QUOTA = 200_000
const TARGET_BYTES = 500 * 1024

interface PlatformInfo {
  url: string
  accessToken: string
  mediaId: string
}

/** A photo-sized JPEG of about 500 KB: seeded noise over a gradient, so JPEG cannot shrink it. */
function benchJpeg(): Buffer {
  const encode = (width: number, height: number) => {
    const data = Buffer.alloc(width * height * 4)
    let seed = 0x2545f491
    for (let i = 0; i < width * height; i++) {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0
      const noise = (seed >>> 24) & 0x7f
      const x = i % width
      const y = Math.floor(i / width)
      data[i * 4] = (x * 2 + noise) & 0xff
      data[i * 4 + 1] = (y * 2 + noise) & 0xff
      data[i * 4 + 2] = (128 + noise) & 0xff
      data[i * 4 + 3] = 0xff
    }
    return Buffer.from(jpeg.encode({ data, width, height }, 85).data)
  }
  const probe = encode(640, 480)
  const height = Math.max(16, Math.round((480 * TARGET_BYTES) / probe.length))
  return encode(640, height)
}

function multipart(bytes: Buffer, filename: string): { body: Buffer; contentType: string } {
  const boundary = '----mpsimBenchBoundary7MA4YWxkTrZu0gW'
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="${filename}"\r\n` +
    'Content-Type: image/jpeg\r\n\r\n'
  return {
    body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  }
}

/** Uploads/s for a bounded time and count, each answer checked to carry a media_id. */
async function uploadRate(url: string, body: Buffer, contentType: string): Promise<number> {
  const started = performance.now()
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
    connections: UPLOAD_CONNECTIONS,
    duration: UPLOAD_SECONDS,
    maxOverallRequests: MAX_UPLOADS_PER_ROUND,
    verifyBody: (answer) => String(answer).includes('"media_id"'),
  })
  const seconds = (performance.now() - started) / 1000
  if (result.non2xx > 0 || result.errors > 0 || result.mismatches > 0) {
    throw new Error(
      `autocannon: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.mismatches} answers without a media_id`,
    )
  }
  return result.requests.total / seconds
}

const dir = await mkdtemp(join(tmpdir(), 'mpsim-bench-media-'))
const children: { stop(): Promise<void> }[] = []
try {
  const bytes = benchJpeg()
  const file = join(dir, 'bench-photo.jpg')
  await writeFile(file, bytes)

  const platform = await startChildServer('./platform.ts', [`upload-media=${file}`])
  children.push(platform)
  const info = platform.info as unknown as PlatformInfo
  const getPath = `/cgi-bin/media/get?access_token=${info.accessToken}&media_id=${info.mediaId}`
  // The floor sends what the platform sent for the same request.
  const sample = await fetch(`${info.url}${getPath}`)
  const sampleBytes = Buffer.from(await sample.arrayBuffer())
  const contentType = sample.headers.get('content-type') ?? ''
  const disposition = sample.headers.get('content-disposition') ?? ''
  if (!sampleBytes.equals(bytes) || !disposition.startsWith('attachment')) {
    throw new Error(`bench: media/get did not answer the uploaded file (${contentType})`)
  }
  const floor = await startChildServer('./express-file.ts', [file, contentType, disposition])
  children.push(floor)

  let getCalls = 2 // the sample and the check after the rounds
  const ours: number[] = []
  const floorRates: number[] = []
  const rate = (base: string) =>
    autocannonRate({ url: `${base}${getPath}`, method: 'GET' }, CONNECTIONS, GET_SECONDS)
  for (let r = 0; r < ROUNDS; r++) {
    const expected = (ours.at(-1) ?? 0) * GET_SECONDS * 1.5
    if (getCalls + expected > GET_QUOTA * 0.95) break
    const ourRate = await rate(info.url)
    getCalls += Math.round(ourRate * GET_SECONDS)
    ours.push(ourRate)
    floorRates.push(await rate(floor.url))
  }
  // Quota and expiry only ever end answers for good: if the last call still got the bytes, every
  // call did (an errcode would have come back as a 200 JSON body autocannon counts as success).
  const after = await fetch(`${info.url}${getPath}`)
  if (!Buffer.from(await after.arrayBuffer()).equals(bytes)) {
    throw new Error('bench: media/get stopped answering the file during the rounds (quota?)')
  }

  const upload = multipart(bytes, 'bench-photo.jpg')
  const uploadPath = `/cgi-bin/media/upload?type=image&access_token=${info.accessToken}`
  const ourUploads: number[] = []
  const floorUploads: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    ourUploads.push(await uploadRate(`${info.url}${uploadPath}`, upload.body, upload.contentType))
    floorUploads.push(
      await uploadRate(`${floor.url}${uploadPath}`, upload.body, upload.contentType),
    )
  }

  const kb = Math.round(bytes.length / 1024)
  console.log(
    `\nmedia: a ${kb} KB JPEG; get ${ours.length} × ${GET_SECONDS} s rounds, ${CONNECTIONS} connections (${getCalls.toLocaleString('en-US')} of ${GET_QUOTA.toLocaleString('en-US')} daily media/get calls); upload ${ROUNDS} × ${UPLOAD_SECONDS} s rounds (≤ ${MAX_UPLOADS_PER_ROUND} each), ${UPLOAD_CONNECTIONS} connections; no goal set`,
  )
  const results: RateResult[] = [
    {
      name: `media/get ${kb} KB`,
      baselineName: 'bare Express 5, same bytes+headers',
      rate: median(ours),
      baselineRate: median(floorRates),
    },
    {
      name: `media/upload ${kb} KB`,
      baselineName: 'bare Express 5, express.raw',
      rate: median(ourUploads),
      baselineRate: median(floorUploads),
    },
  ]
  printRates(results)
} finally {
  await Promise.all(children.map((child) => child.stop()))
  await rm(dir, { recursive: true, force: true })
}
