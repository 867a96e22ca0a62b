/**
 * Files and folders dropped anywhere on the window are imported as captures and the Replay panel
 * opens on the report. Only drags that carry files react: text dragged inside the app is left
 * to whatever it was dropped on.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigation } from '../../state/navigation'
import { droppedFiles } from './read-files'
import { useReplay } from './replay-state'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

export function WindowDrop() {
  const { t } = useTranslation('replay')
  const { importFiles } = useReplay()
  const { go } = useNavigation()
  const [over, setOver] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
    let depth = 0
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth += 1
      setOver(true)
    }
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const overHandler = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      // Without this the browser would open the file in place of the app.
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return
      e.preventDefault()
      depth = 0
      setOver(false)
      go('replay')
      void droppedFiles(e.dataTransfer).then((files) => importFiles(files, 'drop'))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', overHandler)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', overHandler)
      window.removeEventListener('drop', drop)
    }
  }, [go, importFiles])

  if (!over) return null
  return (
    <div className="replay-drop" data-testid="replay-drop" aria-hidden="true">
      <div className="replay-drop__box">
        <i className="weui-icon-download weui-icon_msg" />
        <p className="replay-drop__title">{t('import.dropHere')}</p>
        <p className="replay-drop__detail">{t('import.dropDetail')}</p>
      </div>
    </div>
  )
}
