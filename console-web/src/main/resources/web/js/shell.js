// The frame around every page: the header (connection state, language, who is logged in), the sidebar of the pages
// this user may open, and the current page, shown disabled while the data it needs has not arrived.
import { computed, ref, watch, onBeforeUnmount } from 'vue'
import { session, authority, pages, notices, dismiss, connectionStatus, retryNow, logout, missingFields, store, chooseLocale } from './console.js'
import { route, navigate } from './router.js'
import { t, label, locale, LOCALES } from './i18n.js'
import Login from './pages/login.js'
import Setup from './pages/setup.js'

const ConnectionBadge = {
  setup() {
    const status = connectionStatus()
    const now = ref(Date.now())
    const tick = setInterval(() => { now.value = Date.now() }, 500)
    onBeforeUnmount(() => clearInterval(tick))
    const text = computed(() => {
      if (status.state === 'open') return session.ready ? t('connection.open') : t('connection.connecting')
      if (status.state === 'connecting') return status.everOpened ? t('connection.reconnecting') : t('connection.connecting')
      const seconds = Math.max(0, Math.ceil((status.retryAt - now.value) / 1000))
      return status.everOpened ? t('connection.retrying', { seconds }) : t('connection.unreachable', { seconds })
    })
    const state = computed(() => (status.state === 'open' && session.ready ? 'open' : status.everOpened ? 'reconnecting' : 'connecting'))
    return { status, text, state, t, retryNow }
  },
  template: `
    <div class="connection" :data-state="state" role="status" aria-live="polite">
      <span class="dot" aria-hidden="true"></span><span class="connection-text">{{ text }}</span>
      <button v-if="status.state === 'waiting'" type="button" class="small" @click="retryNow">{{ t('connection.retryNow') }}</button>
    </div>`,
}

const PageView = {
  props: { page: { type: Object, required: true } },
  setup(props) {
    const missing = computed(() => missingFields(props.page))
    return { missing, t, label, store }
  },
  template: `
    <div v-if="missing.length" class="page-waiting" aria-busy="true" :data-page="page.path">
      <h1>{{ label(page.name) }}</h1>
      <p class="muted">{{ t('page.waiting', { fields: missing.join(', ') }) }}</p>
    </div>
    <div v-else class="page" :data-page="page.path">
      <component :is="page.component"></component>
    </div>`,
}

export default {
  components: { ConnectionBadge, PageView, Login, Setup },
  setup() {
    const menuOpen = ref(false)
    const visible = computed(() => pages.filter((p) => p.authority <= authority.value))
    const current = computed(() => pages.find((p) => p.path === route.path))
    const allowed = computed(() => current.value && current.value.authority <= authority.value)
    const status = connectionStatus()
    const offline = computed(() => status.everOpened && !(status.state === 'open' && session.ready))
    watch(() => route.path, () => { menuOpen.value = false })
    // After logging in, "/" goes to the first page this user may open.
    watch([() => session.user, () => route.path, visible], () => {
      if (session.user && (route.path === '/' || route.path === '/login') && visible.value.length) navigate(visible.value[0].path)
    }, { immediate: true })
    const userName = computed(() => session.user?.name ?? '')
    return {
      session, route, visible, current, allowed, authority, notices, dismiss, offline, status, menuOpen, userName,
      t, label, locale, choose: chooseLocale, LOCALES, logout, missingFields, navigate,
      localeName: (l) => (l === 'zh-CN' ? '中文' : 'English'),
    }
  },
  template: `
    <div class="shell" :class="{ 'menu-open': menuOpen }">
      <a class="skip" href="#main" @click.prevent="$refs.main?.focus()">{{ t('shell.skip') }}</a>
      <header class="topbar">
        <button v-if="session.user" type="button" class="menu-toggle" :aria-expanded="menuOpen" aria-controls="sidebar"
          @click="menuOpen = !menuOpen">☰<span class="sr-only">{{ t('shell.menu') }}</span></button>
        <span class="brand">{{ t('shell.title') }}</span>
        <connection-badge></connection-badge>
        <span class="spacer"></span>
        <label class="locale">
          <span class="sr-only">{{ t('shell.language') }}</span>
          <select :value="locale()" @change="choose($event.target.value)" :aria-label="t('shell.language')">
            <option v-for="l in LOCALES" :key="l" :value="l">{{ localeName(l) }}</option>
          </select>
        </label>
        <template v-if="session.user">
          <span class="who" :title="t('shell.authority', { n: authority })">{{ userName }} · {{ authority }}</span>
          <button type="button" class="small" @click="logout">{{ t('shell.logout') }}</button>
        </template>
      </header>

      <div v-if="offline" class="offline-banner" role="alert">{{ t('connection.banner') }}</div>

      <setup v-if="route.path === '/setup'"></setup>
      <div v-else-if="!session.user && !session.ready" class="splash" aria-busy="true">{{ t('connection.connecting') }}</div>
      <login v-else-if="!session.user"></login>
      <div v-else class="layout">
        <nav id="sidebar" class="sidebar" :aria-label="t('shell.pages')">
          <ul>
            <li v-for="p in visible" :key="p.path">
              <a :href="'#' + p.path" :aria-current="p.path === route.path ? 'page' : undefined"
                :class="{ waiting: missingFields(p).length }" :data-path="p.path">{{ label(p.name) }}</a>
            </li>
          </ul>
        </nav>
        <main id="main" ref="main" class="main" tabindex="-1">
          <page-view v-if="current && allowed" :key="current.path + ':' + current.source" :page="current"></page-view>
          <div v-else-if="current" class="denied" role="alert">
            <h1>{{ label(current.name) }}</h1>
            <p>{{ t('page.denied', { need: current.authority, have: authority }) }}</p>
          </div>
          <div v-else-if="route.path !== '/'" class="denied" role="alert">
            <h1>{{ t('page.notFound') }}</h1>
            <p>{{ t('page.notFoundText', { path: route.path }) }}</p>
          </div>
        </main>
      </div>

      <div class="notices" aria-live="assertive">
        <div v-for="n in notices" :key="n.id" class="notice" :class="n.kind" :role="n.kind === 'error' ? 'alert' : 'status'">
          <span>{{ n.text }}</span>
          <button type="button" class="small link" :aria-label="t('notice.dismiss')" @click="dismiss(n.id)">×</button>
        </div>
      </div>
    </div>`,
}
