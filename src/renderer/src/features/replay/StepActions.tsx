/**
 * A step's list actions: move up, move down, copy (inserted right after it), remove. Buttons with
 * words, each naming its step for screen readers; the editor puts the focus back on the moved
 * step's button, so a keyboard user can press it again.
 */
import { useTranslation } from 'react-i18next'

export type StepAction = 'up' | 'down' | 'copy' | 'remove'

export function StepActions(props: {
  index: number
  count: number
  onAction: (action: StepAction) => void
}) {
  const { t } = useTranslation('replay')
  const n = props.index + 1
  const can: Record<StepAction, boolean> = {
    up: props.index > 0,
    down: props.index < props.count - 1,
    copy: true,
    remove: props.count > 1,
  }
  return (
    <div className="replay-step__actions" role="group" aria-label={t('editor.stepActions', { n })}>
      {(['up', 'down', 'copy', 'remove'] as const).map((action) => (
        <button
          key={action}
          type="button"
          className={`x-link${action === 'remove' ? ' x-link_danger' : ''}`}
          data-testid={`replay-step-${action}`}
          aria-label={t(`editor.actions.${action}Label`, { n })}
          disabled={!can[action]}
          onClick={() => props.onAction(action)}
        >
          {t(`editor.actions.${action}`)}
        </button>
      ))}
    </div>
  )
}
