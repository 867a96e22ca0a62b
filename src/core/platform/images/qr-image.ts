/**
 * The picture showqrcode answers: the ticket's `url` as a QR code, black on white, with the four
 * module quiet zone the QR standard asks for, in a 430 × 430 JPEG like WeChat's ("Content-Type:
 * image/jpg", 430 px [wire]). Error correction level M [unconfirmed: WeChat's codes read as
 * version 2–3 at level M or L]. Modules are whole pixels so a scanner (jsQR in the tests, a phone
 * camera on a screen) reads it back exactly.
 */
import QRCode from 'qrcode'
import { encodeJpeg } from './jpeg'
import { blankRaster } from './raster'

export const QR_IMAGE_SIZE = 430
const QUIET_MODULES = 4

export function qrCodeJpeg(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const count = modules.size
  const scale = Math.max(1, Math.floor(QR_IMAGE_SIZE / (count + 2 * QUIET_MODULES)))
  const offset = Math.floor((QR_IMAGE_SIZE - count * scale) / 2)
  const raster = blankRaster(QR_IMAGE_SIZE, QR_IMAGE_SIZE, [255, 255, 255])
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!modules.get(row, col)) continue
      for (let dy = 0; dy < scale; dy++) {
        const y = offset + row * scale + dy
        for (let dx = 0; dx < scale; dx++) {
          const o = (y * QR_IMAGE_SIZE + offset + col * scale + dx) * 4
          raster.data[o] = 0
          raster.data[o + 1] = 0
          raster.data[o + 2] = 0
        }
      }
    }
  }
  return encodeJpeg(raster, 92)
}
