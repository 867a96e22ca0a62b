/**
 * The files demo replies link to: the news article's picture and the music reply's track. Built
 * in code so the sample bot needs no binary files. (WeChat wants JPG/PNG for PicUrl, ideally
 * 360×200, protocol.md §7.2; an SVG keeps this readable — a real bot would upload a JPG.)
 */
export const COVER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="200" viewBox="0 0 360 200">
<rect width="360" height="200" fill="#07c160"/>
<text x="180" y="112" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">mpsim OAuth demo</text>
</svg>
`

/** One second of silence: 8 kHz, 8-bit mono PCM in a WAV container. */
export function silentWav(): Buffer {
  const samples = 8000
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + samples, 4)
  header.write('WAVE', 8, 'ascii')
  header.write('fmt ', 12, 'ascii')
  header.writeUInt32LE(16, 16) // fmt chunk size
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(1, 22) // mono
  header.writeUInt32LE(8000, 24) // sample rate
  header.writeUInt32LE(8000, 28) // byte rate
  header.writeUInt16LE(1, 32) // block align
  header.writeUInt16LE(8, 34) // bits per sample
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(samples, 40)
  // 8-bit PCM is unsigned: 128 is silence.
  return Buffer.concat([header, Buffer.alloc(samples, 128)])
}
