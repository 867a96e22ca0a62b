/**
 * The files mpsim sends when the phone's user sends a photo, voice or video without picking one,
 * and the sample bot's demo replies (docs/api-media.md "Samples"). Generated here, byte for byte
 * the same on every run, rather than shipped as files: nothing to package, nothing copyrighted.
 * - photo: a 320×240 JPEG, a sky-to-sea gradient with a sun (jpeg-js);
 * - thumb: the same scene at 160×120, under thumb's 64 KB [doc];
 * - voice (AMR): 3 s of AMR-NB silence frames, the format WeChat pushes user voice in [doc];
 * - voice (MP3): 3 s of silent MPEG-1 layer III frames, which a browser can play;
 * - video: an MP4 container (ftyp + moov/mvhd saying 3 s) without a video track: enough for the
 *   APIs (format and length checks); the phone shows the thumb for it.
 */
import jpeg from 'jpeg-js'

export interface SampleFile {
  readonly filename: string
  readonly bytes: Buffer
}

function scene(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4)
  const sunX = width * 0.7
  const sunY = height * 0.35
  const sunR = height * 0.16
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4
      const t = y / height
      const sea = t > 0.62
      let r = sea ? 20 + 30 * t : 120 + 100 * t
      let g = sea ? 110 + 40 * t : 170 + 50 * t
      let b = sea ? 170 + 40 * t : 235
      const d = Math.hypot(x - sunX, y - sunY)
      if (!sea && d < sunR) {
        r = 255
        g = 214
        b = 90
      }
      data[at] = Math.round(r)
      data[at + 1] = Math.round(g)
      data[at + 2] = Math.round(b)
      data[at + 3] = 255
    }
  }
  return data
}

function jpegOf(width: number, height: number, quality: number): Buffer {
  return Buffer.from(jpeg.encode({ data: scene(width, height), width, height }, quality).data)
}

/** 3 s of AMR-NB "no data" frames (one byte each, 20 ms each; RFC 4867 §5.3). */
function silentAmr(seconds: number): Buffer {
  const frames = Math.round(seconds / 0.02)
  return Buffer.concat([Buffer.from('#!AMR\n', 'latin1'), Buffer.alloc(frames, 0x7c)])
}

/** Silent MPEG-1 layer III frames: 32 kbit/s, 32 kHz, mono; 144 bytes and 36 ms each. */
function silentMp3(seconds: number): Buffer {
  const frameSeconds = 1152 / 32000
  const frames = Math.ceil(seconds / frameSeconds)
  const frame = Buffer.alloc(144)
  frame.set([0xff, 0xfb, 0x18, 0xc4])
  return Buffer.concat(Array.from({ length: frames }, () => frame))
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length + 8, 0)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}

/** ftyp + moov(mvhd) announcing `seconds`; no tracks. */
function emptyMp4(seconds: number): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.from('isom', 'latin1'),
    u32(512),
    Buffer.from('isomiso2mp41', 'latin1'),
  )
  const mvhd = Buffer.alloc(100)
  // version 0, flags 0, creation and modification 0, timescale 1000, duration, rate 1.0, volume 1.0
  mvhd.writeUInt32BE(1000, 12)
  mvhd.writeUInt32BE(Math.round(seconds * 1000), 16)
  mvhd.writeUInt32BE(0x00010000, 20)
  mvhd.writeUInt16BE(0x0100, 24)
  // unity matrix
  mvhd.writeUInt32BE(0x00010000, 36)
  mvhd.writeUInt32BE(0x00010000, 52)
  mvhd.writeUInt32BE(0x40000000, 68)
  mvhd.writeUInt32BE(1, 96) // next track id
  return Buffer.concat([ftyp, box('moov', box('mvhd', mvhd))])
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n, 0)
  return b
}

let cache: Readonly<Record<SampleName, SampleFile>> | undefined

export type SampleName = 'photo' | 'thumb' | 'voiceAmr' | 'voiceMp3' | 'video'

/** The samples, built once. */
export function sampleFiles(): Readonly<Record<SampleName, SampleFile>> {
  cache ??= {
    photo: { filename: 'mpsim-sample-photo.jpg', bytes: jpegOf(320, 240, 85) },
    thumb: { filename: 'mpsim-sample-thumb.jpg', bytes: jpegOf(160, 120, 70) },
    voiceAmr: { filename: 'mpsim-sample-voice.amr', bytes: silentAmr(3) },
    voiceMp3: { filename: 'mpsim-sample-voice.mp3', bytes: silentMp3(3) },
    video: { filename: 'mpsim-sample-video.mp4', bytes: emptyMp4(3) },
  }
  return cache
}
