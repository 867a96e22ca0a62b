/**
 * What the phone's buttons do besides typing: a custom-menu tap (its event, the page of a view
 * button, the photo or place a picker sends after its event) and following or unfollowing (the
 * subscribe / unsubscribe event; the engine updates the user's flag, so the setup is read again).
 */
import { useCallback, useState } from 'react'
import type { SimUser } from '../../../../shared/model/sim-user'
import { useEngineStore } from '../../state/engine-store'
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
  const [following, setFollowing] = useState(false)

  const tapMenu = useCallback(
    async (button: MenuButton) => {
      // A view button opens its page, as WeChat's in-app browser would (Electron hands it to the
      // system browser). Opened now, inside the click, so no pop-up blocker stops it.
      if (button.type === 'view' && button.url && /^https?:\/\//i.test(button.url)) {
        window.open(button.url, '_blank', 'noopener,noreferrer')
      }
      const push = menuPush(button, place)
      if (!push) return
      const sent = await send(push.typeId, push.values, previewOf(push, place))
      const followUp = menuFollowUp(button, place)
      if (sent && followUp) await send(followUp.typeId, followUp.values, previewOf(followUp, place))
    },
    [send, place],
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
