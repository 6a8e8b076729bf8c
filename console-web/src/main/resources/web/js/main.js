// The console's entry point: texts first, then the socket, the built-in pages, plugin entries, and the shell.
import { createApp } from 'vue'
import { initI18n } from './i18n.js'
import { connect, notify, describeError } from './console.js'
import { followEntries } from './entries.js'
import { install } from './components/index.js'
import { registerBuiltins } from './pages/index.js'
import Shell from './shell.js'

async function start() {
  try {
    await initI18n()
  } catch (e) {
    console.error('mochi: could not load the texts', e)
  }
  registerBuiltins()
  connect()
  followEntries()
  const app = createApp(Shell)
  install(app)
  app.config.errorHandler = (error, instance, info) => {
    console.error(`mochi: ${info}`, error)
    notify(describeError(error), 'error')
  }
  app.mount('#app')
  window.addEventListener('unhandledrejection', (event) => {
    notify(describeError(event.reason), 'error')
  })
}

start()
