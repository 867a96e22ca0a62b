/**
 * The files mpsim sends when the phone's user sends a photo, voice or video without picking one,
 * and the sample bot's demo replies (docs/api-media.md "Samples"). Generated here, byte for byte
 * the same on every run, rather than shipped as files: nothing to package, nothing copyrighted.
 * - photo: a 320×240 JPEG, a sky-to-sea gradient with a sun (jpeg-js);
 * - thumb: the same scene at 160×120, under thumb's 64 KB [doc];
 * - voice (AMR): 3 s of AMR-NB silence frames, the format WeChat pushes user voice in [doc];
 * - voice (MP3): 3 s of silent MPEG-1 layer III frames, which a browser can play;
 * - video: 3 s of a test pattern with a tone, H.264 + AAC in MP4, which the phone plays
 *   (sample-video.ts; made once with ffmpeg, kept as text).
 */
import jpeg from 'jpeg-js'
import { SAMPLE_VIDEO_BASE64 } from './sample-video'

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

let cache: Readonly<Record<SampleName, SampleFile>> | undefined

export type SampleName = 'photo' | 'thumb' | 'voiceAmr' | 'voiceMp3' | 'video'

/** The samples, built once. */
export function sampleFiles(): Readonly<Record<SampleName, SampleFile>> {
  cache ??= {
    photo: { filename: 'mpsim-sample-photo.jpg', bytes: jpegOf(320, 240, 85) },
    thumb: { filename: 'mpsim-sample-thumb.jpg', bytes: jpegOf(160, 120, 70) },
    voiceAmr: { filename: 'mpsim-sample-voice.amr', bytes: silentAmr(3) },
    voiceMp3: { filename: 'mpsim-sample-voice.mp3', bytes: silentMp3(3) },
    video: {
      filename: 'mpsim-sample-video.mp4',
      bytes: Buffer.from(SAMPLE_VIDEO_BASE64, 'base64'),
    },
  }
  return cache
}
