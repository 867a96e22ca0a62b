/**
 * Hands the one control client to the features through React context, so no feature builds a
 * client (or a URL) itself.
 */
import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import type { ControlClient } from './control-client'

const ClientContext = createContext<ControlClient | null>(null)

export function ControlClientProvider(props: { client: ControlClient; children: ReactNode }) {
  return <ClientContext.Provider value={props.client}>{props.children}</ClientContext.Provider>
}

export function useControlClient(): ControlClient {
  const client = useContext(ClientContext)
  if (!client) throw new Error('useControlClient() must be used inside <ControlClientProvider>')
  return client
}
