/**
 * The inspector: the exchange list (filters, search, export, clear) on the left, the selected
 * exchange on the right, a draggable handle between. The phone's "why?" opens it on the exchange
 * it came from; another panel opens it on a phone-browser walk with show('inspector', 'walk:<id>').
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesExchange } from '../../../../shared/model/exchange-summary'
import type { ExchangeFilter } from '../../../../shared/model/exchange-summary'
import type { Exchange } from '../../../../shared/model/exchange'
import { useControlClient } from '../../api/client-context'
import { useEngineStore } from '../../state/engine-store'
import { useNavigation } from '../../state/navigation'
import { BuildSuiteButton } from '../replay/BuildSuiteButton'
import { ConfirmDialog } from './ConfirmDialog'
import { downloadText } from './download'
import { ExchangeDetail } from './ExchangeDetail'
import { ExchangeList } from './ExchangeList'
import { Filters } from './Filters'
import { flowPlaces, walkFlows } from './flows'
import { FlowHeading } from './FlowHeading'
import { ListToolbar } from './ListToolbar'
import { Splitter } from './Splitter'
import { LIST_WIDTH, useListWidth } from './use-list-width'
import { useSelectedExchange } from './use-selected-exchange'
import { mergeMatches, useWholeLogSearch } from './use-whole-log-search'
import './inspector.css'

type Notice = { tone: 'ok' | 'bad'; text: string }

/** The section another panel asks for to list one walk: `walk:<walkId>`. */
const WALK_SECTION = 'walk:'

export function InspectorPanel() {
  const { t } = useTranslation('inspector')
  const client = useControlClient()
  const store = useEngineStore()
  const { exchangeId, select, section } = useNavigation()
  const [filter, setFilter] = useState<ExchangeFilter>({})
  // The walk picked here, and the request of another panel it answered (a newer request wins).
  const [picked, setPicked] = useState<{ walkId: string | undefined; seq: number }>({
    walkId: undefined,
    seq: 0,
  })
  const [notice, setNotice] = useState<Notice>()
  const [confirming, setConfirming] = useState(false)
  const [width, setWidth] = useListWidth()
  const users = useMemo(() => store.setup?.users ?? [], [store.setup])
  const nicknames = useMemo(() => new Map(users.map((u) => [u.openid, u.nickname])), [users])
  const flows = useMemo(() => walkFlows(store.exchanges), [store.exchanges])
  const places = useMemo(() => flowPlaces(flows), [flows])
  // Asked for by another panel (the OAuth steps): list that walk's flow.
  const asked =
    section?.panel === 'inspector' && section.section.startsWith(WALK_SECTION)
      ? { walkId: section.section.slice(WALK_SECTION.length), seq: section.seq }
      : undefined
  const walkId = asked && asked.seq > picked.seq ? asked.walkId : picked.walkId
  const walk = walkId === undefined ? undefined : flows.find((f) => f.walkId === walkId)
  const setWalkId = useCallback(
    (id: string | undefined) => setPicked({ walkId: id, seq: section?.seq ?? 0 }),
    [section?.seq],
  )
  const narrowed = Object.values(filter).some((v) => v !== undefined && v !== '')
  const filtering = walk !== undefined || narrowed
  const local = useMemo(() => {
    const pool: readonly Exchange[] = walk?.hops ?? store.exchanges
    return narrowed ? pool.filter((e) => matchesExchange(e, filter)) : pool
  }, [store.exchanges, filter, walk, narrowed])
  // Memory holds the recent end of the log: a search or filter also asks the core, whose matches
  // memory lacks (older ones) join the list. A walk is the app's own grouping, all in memory.
  const [generation, setGeneration] = useState(0)
  const wholeLog = useWholeLogSearch(filter, narrowed && walk === undefined, generation)
  const { list: shown, older } = useMemo(
    () =>
      wholeLog.answer.length === 0
        ? { list: local, older: [] as readonly Exchange[] }
        : mergeMatches(local, new Set(store.exchanges.map((e) => e.id)), wholeLog.answer),
    [local, store.exchanges, wholeLog.answer],
  )
  // The selection is hidden by the filters or the search: the detail says so rather than showing
  // an exchange the list no longer has. Clearing them shows it again.
  const filteredOut =
    filtering && exchangeId !== undefined && !shown.some((e) => e.id === exchangeId)
  // An older match picked from the whole log is shown from the core's answer.
  const known = useMemo(
    () => (older.length === 0 ? store.exchanges : [...older, ...store.exchanges]),
    [older, store.exchanges],
  )
  const selected = useSelectedExchange(exchangeId, known)
  const onFilter = useCallback((next: ExchangeFilter) => setFilter(next), [])
  const onSelect = useCallback((id: string) => select(id), [select])

  const failed = (error: unknown) =>
    setNotice({ tone: 'bad', text: error instanceof Error ? error.message : String(error) })
  const exportList = (format: 'json' | 'ndjson') => {
    // A walk is the app's own grouping (the core's filter knows nothing of it): what is listed is
    // exported from here, in the same formats the core writes.
    if (walk) {
      const file = listFile(shown, format, walk.number)
      downloadText(file.filename, file.mediaType, file.text)
      setNotice({ tone: 'ok', text: t('exported', { count: shown.length, file: file.filename }) })
      return
    }
    client.exportExchanges({ ...filter, format }).then((file) => {
      downloadText(file.filename, file.mediaType, file.text)
      setNotice({ tone: 'ok', text: t('exported', { count: file.count, file: file.filename }) })
    }, failed)
  }
  const clear = () => {
    setConfirming(false)
    store.clearExchanges().then((archived) => {
      select(undefined)
      setGeneration((g) => g + 1)
      setNotice({
        tone: 'ok',
        text: archived ? t('cleared', { file: archived }) : t('clearedEmpty'),
      })
    }, failed)
  }
  // "Build a suite": what the filters list; with none set, the selected push, else the whole list.
  const suiteSource =
    !filtering && selected.status === 'ready' && selected.exchange.kind === 'push'
      ? [selected.exchange]
      : shown
  const shownExchange = selected.status === 'ready' ? selected.exchange : undefined
  const account = store.setup?.accounts.find((a) => a.id === shownExchange?.accountId)

  return (
    <div
      className="inspector"
      data-testid="inspector"
      style={{ gridTemplateColumns: `${width}px minmax(0, 1fr)` }}
    >
      <aside className="inspector__side" aria-label={t('listLabel')}>
        <Filters
          filter={filter}
          users={users}
          onChange={onFilter}
          flows={flows}
          walkId={walk?.walkId}
          onWalk={setWalkId}
        />
        <ListToolbar
          shown={shown.length}
          total={store.exchanges.length}
          query={filter.q ?? ''}
          wholeLog={wholeLog.search}
          older={older.length}
          onExport={exportList}
          onClear={() => setConfirming(true)}
        >
          <BuildSuiteButton exchanges={suiteSource} onError={failed} />
        </ListToolbar>
        {notice && (
          <p
            className={`inspector__notice inspector__notice_${notice.tone}`}
            role={notice.tone === 'bad' ? 'alert' : 'status'}
            data-testid="inspector-notice"
          >
            {notice.text}
          </p>
        )}
        {walk && (
          <FlowHeading
            flow={walk}
            onShowAll={() => setWalkId(undefined)}
            testId="inspector-list-flow"
          />
        )}
        {shown.length === 0 ? (
          <p className="inspector__empty" data-testid="inspector-list-empty">
            {store.exchanges.length === 0 ? t('emptyList') : t('noMatch')}
          </p>
        ) : (
          <ExchangeList
            exchanges={shown}
            selectedId={exchangeId}
            onSelect={onSelect}
            nicknames={nicknames}
            places={places}
            oldestFirst={walk !== undefined}
          />
        )}
      </aside>
      <Splitter
        width={width}
        min={LIST_WIDTH.min}
        max={LIST_WIDTH.max}
        label={t('resize')}
        onChange={setWidth}
      />
      <section className="inspector__main" aria-label={t('detailLabel')}>
        {filteredOut && (
          <div className="inspector__placeholder" data-testid="inspector-filtered-out">
            <h2 className="inspector__filtered-title">{t('filteredOut')}</h2>
            <p className="hint">{t('filteredOutHint')}</p>
          </div>
        )}
        {!filteredOut && selected.status === 'none' && <EmptyDetail />}
        {!filteredOut && selected.status === 'loading' && <p className="hint">{t('loading')}</p>}
        {!filteredOut && selected.status === 'missing' && <p className="hint">{t('missing')}</p>}
        {!filteredOut && shownExchange && (
          <ExchangeDetail
            key={shownExchange.id}
            exchange={shownExchange}
            nickname={shownExchange.openid ? nicknames.get(shownExchange.openid) : undefined}
            accountName={account?.name}
            appId={account?.appId}
            place={places.get(shownExchange.id)}
            onListWalk={setWalkId}
          />
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          title={t('clearTitle')}
          body={t('clearConfirm')}
          confirmLabel={t('clear')}
          cancelLabel={t('cancel')}
          testId="inspector-clear-dialog"
          onConfirm={clear}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  )
}

/** A walk's exchanges as a file, in the core's export formats (JSON array or NDJSON). */
function listFile(list: readonly Exchange[], format: 'json' | 'ndjson', walkNumber: number) {
  const ndjson = format === 'ndjson'
  return {
    filename: `mpsim-walk-${walkNumber}.${ndjson ? 'ndjson' : 'json'}`,
    mediaType: ndjson ? 'application/x-ndjson' : 'application/json',
    text: ndjson
      ? list.map((e) => JSON.stringify(e)).join('\n') + (list.length > 0 ? '\n' : '')
      : JSON.stringify(list, null, 2),
  }
}

/** What the inspector is for, until an exchange is picked. */
function EmptyDetail() {
  const { t } = useTranslation('inspector')
  return (
    <div className="inspector__placeholder" data-testid="inspector-empty">
      <h1 className="page__title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="inspector__shows">
        {(['list', 'timeline', 'wire', 'signature', 'verdict'] as const).map((key) => (
          <li key={key}>{t(`shows.${key}`)}</li>
        ))}
      </ul>
      <p className="hint">{t('emptyDetail')}</p>
    </div>
  )
}
