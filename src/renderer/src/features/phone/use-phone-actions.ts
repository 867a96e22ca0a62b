/**
 * What the phone's buttons do besides typing: a custom-menu tap (its event, the page of a view
 * button in the phone's WeChat browser, the photo or place a picker sends after its event) and following or unfollowing (the
 * subscribe / unsubscribe event; the engine updates the user's flag, so the setup is read again).
 */
import { useCallback, useState } from 'react'
import type { SimUser } from '../../../../shared/model/sim-user'
import { useEngineStore } from '../../state/engine-store'
import { usePhoneBrowser } from '../../state/phone-browser'
import { menuFollowUp, menuPush } from './menu-events'
import type { MenuButton, Place, PushSpec } from './menu-events'
import type { Outgoing } from './outgoing'
import type { PhoneSend } from './use-phone-send'

function previewOf(push: PushSpec, place: Place): Outgoing {
  if (push.typeId === 'image') return { kind: 'image', picUrl: '' }
  if (push.typeId === 'location') {
    return { kind: 'location', label: place.label, lat: place.lat, lng: place.lng }
  }
  const key = push.values['EventKey']
  return {
    kind: 'event',
    event: push.typeId.replace(/^event\./, ''),
    ...(typeof key === 'string' && key !== '' ? { key } : {}),
  }
}

export function usePhoneActions(send: PhoneSend, place: Place) {
  const { refreshSetup } = useEngineStore()
  const openPage = usePhoneBrowser().open
  const [following, setFollowing] = useState(false)

  const tapMenu = useCallback(
    async (button: MenuButton) => {
      const push = menuPush(button, place)
      const sending = push ? send(push.typeId, push.values, previewOf(push, place)) : undefined
      // A view button: WeChat sends the VIEW event and opens the page at once, without waiting
      // for the bot's answer to the event (it shows none). The core judges the address; a bad
      // one is shown in the browser as an error.
      if (button.type === 'view' && button.url) void openPage(button.url)
      if (!push || !sending) return
      const sent = await sending
      const followUp = menuFollowUp(button, place)
      if (sent && followUp) await send(followUp.typeId, followUp.values, previewOf(followUp, place))
    },
    [send, place, openPage],
  )

  const toggleFollow = useCallback(
    async (user: SimUser) => {
      const typeId = user.subscribed ? 'event.unsubscribe' : 'event.subscribe'
      setFollowing(true)
      try {
        await send(typeId, {}, previewOf({ typeId, values: {} }, place), user.openid)
        // Even a failed delivery may have changed the flag (the event reached the engine).
        // A failed refresh leaves the old state on screen; the connection badge tells why.
        await refreshSetup().catch(() => undefined)
      } finally {
        setFollowing(false)
      }
    },
    [send, place, refreshSetup],
  )

  return { tapMenu, toggleFollow, following }
}
