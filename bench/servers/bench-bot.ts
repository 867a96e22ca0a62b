/**
 * The bot both load generators push to: checks the signature (and msg_signature), decrypts in safe
 * mode, parses the XML and answers a text reply, encrypted in safe mode — what a real bot does,
 * in as few lines as the protocol core allows. Args: mode token appId encodingAesKey.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { decryptMessage, encryptMessage } from '../../src/core/protocol/message-crypto'
import { msgSignature } from '../../src/core/protocol/msg-signature'
import { serverSignature } from '../../src/core/protocol/server-signature'
import { parseWechatXml } from '../../src/core/protocol/xml-codec'
import { childText } from '../../src/core/protocol/xml-node'

const [mode = 'plain', token = '', appId = '', encodingAesKey = ''] = process.argv.slice(2)

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams
    const timestamp = q.get('timestamp') ?? ''
    const nonce = q.get('nonce') ?? ''
    if (serverSignature({ token, timestamp, nonce }).sha1 !== q.get('signature')) {
      res.writeHead(403).end()
      return
    }
    let nodes = parseWechatXml(Buffer.concat(chunks).toString('utf8'))
    const encrypt = childText(nodes, 'Encrypt')
    if (encrypt !== undefined) {
      if (msgSignature({ token, timestamp, nonce, encrypt }).sha1 !== q.get('msg_signature')) {
        res.writeHead(403).end()
        return
      }
      nodes = parseWechatXml(
        decryptMessage({ encrypt, encodingAesKey, expectedAppId: appId }).message,
      )
    }
    const reply =
      `<xml><ToUserName><![CDATA[${childText(nodes, 'FromUserName') ?? ''}]]></ToUserName>` +
      `<FromUserName><![CDATA[${childText(nodes, 'ToUserName') ?? ''}]]></FromUserName>` +
      `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
      `<Content><![CDATA[${childText(nodes, 'Content') ?? ''}]]></Content></xml>`
    if (mode !== 'safe') {
      res.writeHead(200, { 'Content-Type': 'text/xml' }).end(reply)
      return
    }
    const sealed = encryptMessage({
      message: reply,
      appId,
      encodingAesKey,
      random: 'benchbenchbench1',
    })
    const ts = String(Math.floor(Date.now() / 1000))
    const n = '123456789'
    const sig = msgSignature({ token, timestamp: ts, nonce: n, encrypt: sealed.encrypt }).sha1
    res
      .writeHead(200, { 'Content-Type': 'text/xml' })
      .end(
        `<xml><Encrypt><![CDATA[${sealed.encrypt}]]></Encrypt><MsgSignature><![CDATA[${sig}]]></MsgSignature>` +
          `<TimeStamp>${ts}</TimeStamp><Nonce><![CDATA[${n}]]></Nonce></xml>`,
      )
  })
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/wechat` })}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
