/** Renderer entry: styles (WeUI first, ours on top), i18n, then the React root. */
import 'weui/dist/style/weui.min.css'
import './styles/app.css'
import './i18n'
import { initTheme } from './theme/theme'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

initTheme()
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
