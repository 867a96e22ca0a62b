/**
 * The push being composed, as form values per type or as XML text, and the switches between the
 * two that never lose an edit: form → XML asks the engine for the push's XML; XML → form reads the
 * text back (and refuses, keeping the text, while it is not readable). Changing the type while on
 * XML keeps the old type's edits as its form values and shows the new type's XML.
 */
import { useState } from 'react'
import type { PushLint } from '../../../../shared/control/composer-schemas'
import type { CatalogEntry } from '../../../../shared/model/catalog-types'
import { useControlClient } from '../../api/client-context'
import { ControlClientError } from '../../api/control-client'
import { coreDetail, useRequestErrorText } from '../../components/RequestError'
import { useEngineStore } from '../../state/engine-store'
import { fromParsed, startingValues, withoutUntouchedGenerated } from './form-values'
import type { FormValues } from './form-values'
import { useXmlLint } from './use-xml-lint'

export type Tab = 'form' | 'xml'
export type Notice = { readonly kind: 'error' | 'info'; readonly text: string }

export interface DraftWords {
  /** Why the XML cannot be read back (its first problem). */
  broken(lint: PushLint): string
  dropped(names: readonly string[]): string
}

export function useDraft(catalog: readonly CatalogEntry[] | undefined, words: DraftWords) {
  const failedText = useRequestErrorText()
  /** A failed call, worded in the UI language, with the core's own detail after it. */
  const messageOf = (error: unknown): string =>
    error instanceof ControlClientError
      ? `${failedText(error)} ${coreDetail(error)}`.trim()
      : String(error)
  const client = useControlClient()
  const store = useEngineStore()
  const [pickedType, setPickedType] = useState('text')
  const [valuesByType, setValuesByType] = useState<Record<string, FormValues>>({})
  const [tab, setTab] = useState<Tab>('form')
  const [xml, setXml] = useState('')
  // The values the last preview showed, so generated ones left as they were stay generated.
  const [preview, setPreview] = useState<FormValues>({})
  const [notice, setNotice] = useState<Notice>()
  const [previewError, setPreviewError] = useState<unknown>()
  const lint = useXmlLint(xml, tab === 'xml')

  // On the XML tab the text decides the type (its MsgType/Event may have been edited).
  const typeId = tab === 'xml' && lint?.typeId ? lint.typeId : pickedType
  const entryOf = (id: string) => catalog?.find((e) => e.id === id)
  const entry = entryOf(typeId)
  const valuesOf = (id: string): FormValues => {
    const e = entryOf(id)
    return valuesByType[id] ?? (e ? startingValues(e.fields, id) : {})
  }
  const setValuesOf = (id: string, values: FormValues) =>
    setValuesByType((all) => ({ ...all, [id]: values }))

  const account = store.accountId ? { accountId: store.accountId } : {}
  const user = store.openid ? { openid: store.openid } : {}

  /** The XML of one type's form values; false (with the error kept for the form) if refused. */
  const showXmlOf = async (id: string): Promise<boolean> => {
    try {
      const { xml: text } = await client.previewPush({
        ...account,
        ...user,
        typeId: id,
        values: valuesOf(id),
      })
      const read = await client.lintPushXml({ xml: text })
      setPreview(fromParsed(read.values ?? {}))
      setXml(text)
      setPickedType(id)
      setTab('xml')
      setNotice(undefined)
      setPreviewError(undefined)
      return true
    } catch (error) {
      setPreviewError(error)
      setNotice({ kind: 'error', text: messageOf(error) })
      return false
    }
  }

  /** Reads the XML back into form values; undefined (and the reason shown) if it cannot. */
  const readXml = async (): Promise<string | undefined> => {
    let read: PushLint
    try {
      read = await client.lintPushXml({ xml })
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error) })
      return undefined
    }
    if (!read.typeId || !read.values) {
      setNotice({ kind: 'error', text: words.broken(read) })
      return undefined
    }
    const fields = entryOf(read.typeId)?.fields ?? []
    setValuesOf(read.typeId, withoutUntouchedGenerated(fields, fromParsed(read.values), preview))
    const dropped = read.unknownFields.map((u) => `<${u.path}>`)
    setNotice(dropped.length > 0 ? { kind: 'info', text: words.dropped(dropped) } : undefined)
    return read.typeId
  }

  return {
    typeId,
    entry,
    values: valuesOf(typeId),
    setValues: (values: FormValues) => {
      setValuesOf(typeId, values)
      setPreviewError(undefined)
    },
    tab,
    xml,
    setXml,
    lint,
    notice,
    /** The refusal of the last form → XML switch, for the fields it names. */
    previewError,
    showXml: () => showXmlOf(typeId),
    showForm: async () => {
      const read = await readXml()
      if (read === undefined) return
      setPickedType(read)
      setTab('form')
    },
    changeType: async (id: string) => {
      if (tab === 'form') {
        setPickedType(id)
        setNotice(undefined)
        setPreviewError(undefined)
        return
      }
      const read = await readXml()
      if (read === undefined) return
      // The new type's XML, or (if its form values are refused) its form with the reason.
      if (!(await showXmlOf(id))) {
        setPickedType(id)
        setTab('form')
      }
    },
  }
}
