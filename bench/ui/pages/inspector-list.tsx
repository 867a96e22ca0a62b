/**
 * Bench page (not part of the app): the inspector's real ExchangeList with N synthetic exchanges,
 * or — `?list=floor` — the floor: the same virtualiser drawing one plain line per row. Built by
 * bench/ui/inspector-scroll.ts with Vite; N comes from `?n=`.
 */
import 'weui/dist/style/weui.min.css'
import '../../../src/renderer/src/styles/app.css'
import '../../../src/renderer/src/features/inspector/inspector.css'
import '../../../src/renderer/src/i18n'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { createRoot } from 'react-dom/client'
import type { Exchange } from '../../../src/shared/model/exchange'
import { SERVICE_UNAVAILABLE_TIP } from '../../../src/shared/model/verdict'
import type { Verdict } from '../../../src/shared/model/verdict'
import { ExchangeList } from '../../../src/renderer/src/features/inspector/ExchangeList'

const params = new URLSearchParams(location.search)
const count = Number(params.get('n') ?? '100000')
const floor = params.get('list') === 'floor'

const VERDICTS = {
  reply: {
    outcome: 'reply',
    reply: {
      toUserName: 'o',
      fromUserName: 'gh_1',
      createTime: '1',
      msgType: 'text',
      content: 'hi',
    },
    phoneView: { kind: 'text', content: 'hi' },
    problems: [],
  },
  'no-reply': { outcome: 'no-reply', reason: 'empty', phoneView: { kind: 'none' }, problems: [] },
  'service-unavailable': {
    outcome: 'service-unavailable',
    cause: 'reply-timeout',
    phoneView: { kind: 'error-banner', text: SERVICE_UNAVAILABLE_TIP },
    problems: [],
  },
} as const satisfies Record<string, Verdict>

function synthetic(n: number): Exchange[] {
  const outcomes = ['reply', 'no-reply', 'service-unavailable'] as const
  const body =
    '<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Content><![CDATA[hello]]></Content></xml>'
  const list: Exchange[] = []
  for (let i = 0; i < n; i += 1) {
    const outcome = outcomes[i % 3]!
    list.push({
      id: `x${i}`,
      kind: 'push',
      accountId: 'default',
      openid: `o${String(i % 7).padStart(27, 'u')}`,
      title: i % 5 === 0 ? 'event.CLICK' : 'text',
      simTime: 1_700_000_000 + i,
      attempts: [
        {
          index: 1,
          startedAt: 1_700_000_000_000 + i * 1000,
          durationMs: 2 + (i % 40),
          request: {
            method: 'POST',
            url: 'http://127.0.0.1/wechat',
            headers: [],
            body: { text: body, bytes: body.length },
          },
          response: { status: 200, headers: [], body: { text: body, bytes: body.length } },
        },
      ],
      verdict: VERDICTS[outcome],
      analysis: {
        typeId: 'text',
        mode: 'plain',
        msgType: 'text',
        plainXml: body,
        overrides: {},
        signature: { parts: [], sorted: [], joined: '', sha1: '' },
        attemptOutcomes: [outcome],
      },
    })
  }
  return list
}

function FloorList(props: { n: number }) {
  const scroller = useRef<HTMLDivElement>(null)
  const v = useVirtualizer({
    count: props.n,
    getScrollElement: () => scroller.current,
    estimateSize: () => 52,
    overscan: 8,
  })
  return (
    <div className="x-list" ref={scroller} data-testid="inspector-list">
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((item) => (
          <div
            key={item.index}
            style={{
              position: 'absolute',
              top: 0,
              transform: `translateY(${item.start}px)`,
              height: 52,
            }}
          >
            row {item.index}
          </div>
        ))}
      </div>
    </div>
  )
}

const exchanges = floor ? [] : synthetic(count)
const nicknames = new Map(
  Array.from({ length: 7 }, (_, i) => [`o${String(i).padStart(27, 'u')}`, `用户${i}`]),
)
const root = document.getElementById('root')!
createRoot(root).render(
  <div style={{ height: '100vh', display: 'flex', flexDirection: 'column', width: 360 }}>
    {floor ? (
      <FloorList n={count} />
    ) : (
      <ExchangeList
        exchanges={exchanges}
        selectedId="x50000"
        onSelect={() => undefined}
        nicknames={nicknames}
      />
    )}
  </div>,
)
document.body.dataset['ready'] = 'true'
