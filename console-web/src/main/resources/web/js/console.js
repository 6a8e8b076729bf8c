// The client's state, shared by the shell, the built-in pages and plugin pages (plugins import it as "mochi"):
//   store    the data services the server pushed to this connection, by key (store.bots, store.plugins, ...)
//   session  who is logged in (user, authority) and whether the handshake is done
//   send     one request to a listener: send('plugins.enable', {id}) → a promise of its data, rejected with a
//            RequestError carrying the server's code and message
//   on       events pushed by the server (sandbox.reply, ...)
//   pages    the pages of the sidebar: built-in ones and those plugins add
//
// The store is emptied whenever the socket closes: what the server pushes after the next handshake is the truth, and
// a page whose data has not arrived again is shown disabled rather than with stale values.
import { reactive, computed, watch } from 'vue'
import { Connection, RequestError, socketUrl } from './connection.js'
import { accountLocale, choose, t } from './i18n.js'

export { RequestError }

const TOKEN_KEY = 'mochi.token'

export const store = reactive({})
export const session = reactive({ user: null, ready: false, notice: '' })
export const authority = computed(() => session.user?.authority ?? 0)
export const pages = reactive([])
export const notices = reactive([])

const listeners = new Map()
let connection = null

function clearStore() {
  for (const key of Object.keys(store)) delete store[key]
}

function token() {
  return localStorage.getItem(TOKEN_KEY)
}

function applyPush(frame) {
  if (frame.type === 'data') {
    if (frame.gone || frame.data === undefined) delete store[frame.key]
    else store[frame.key] = frame.data
    if (frame.key === 'user' && session.ready) session.user = frame.gone ? null : frame.data
  } else if (frame.type === 'patch') {
    const current = store[frame.key]
    if (Array.isArray(current) && Array.isArray(frame.data)) {
      for (const item of frame.data) current.push(item)
    } else if (current && typeof current === 'object' && frame.data && typeof frame.data === 'object') {
      Object.assign(current, frame.data)
    } else {
      store[frame.key] = frame.data
    }
  } else if (frame.type === 'event') {
    if (frame.event === 'login' && frame.data?.token) loggedIn(frame.data)
    if (frame.event === 'logout') loggedOut(frame.data?.reason)
    for (const fn of listeners.get(frame.event) || []) {
      try {
        fn(frame.data)
      } catch (e) {
        console.error(`mochi: a listener of "${frame.event}" failed`, e)
      }
    }
  }
}

async function handshake() {
  clearStore()
  const saved = token()
  if (saved) {
    try {
      const data = await connection.requestNow('auth', { token: saved })
      session.user = data?.user ?? data ?? null
      if (store.user !== undefined && store.user !== null) session.user = store.user
    } catch (e) {
      if (e.code === 'disconnected') throw e
      localStorage.removeItem(TOKEN_KEY)
      session.user = null
      session.notice = e.code === 'token_expired' ? 'login.expired' : 'login.signedOut'
    }
  } else {
    session.user = null
  }
  session.ready = true
}

function loggedIn(data) {
  if (data.token) localStorage.setItem(TOKEN_KEY, data.token)
  session.user = data.user ?? null
  session.notice = ''
}

// The server ended this session (revoked elsewhere, password changed, account gone): forget the token and start
// again as a fresh anonymous connection, so nothing the user could see stays on the page.
function loggedOut(reason) {
  localStorage.removeItem(TOKEN_KEY)
  session.user = null
  session.notice = { logout: '', revoked: 'login.revoked', 'password changed': 'login.passwordChanged' }[reason] ?? 'login.signedOut'
  connection?.restart()
}

/**
 * Changes the password: every other session of this user ends, this one goes on with the new token the server
 * answers with (the old one is dead).
 */
export async function changePassword(old, fresh) {
  const data = await send('password.change', { old, new: fresh })
  loggedIn(data)
  return data
}

/** Opens the socket (once, at start). */
export function connect(url = socketUrl(window.location)) {
  if (connection) return connection
  connection = new Connection(url, {
    onOpen: handshake,
    onClose: () => {
      session.ready = false
      clearStore()
    },
    onPush: applyPush,
  })
  watch(() => session.user?.locale, (l) => { if (l) accountLocale(l) })
  connection.start()
  return connection
}

/** The connection's state for the shell (connecting, open, waiting) and its retry time. */
export function connectionStatus() {
  return connection?.status
}

export function retryNow() {
  connection?.retryNow()
}

/**
 * Calls a server action or listener. One plain object or array is sent as the arguments as it is; several values
 * (or one that is neither) are sent as a positional array; none as {}.
 */
export function send(action, ...args) {
  if (!connection) return Promise.reject(new RequestError('disconnected', 'Not connected to the bot.'))
  let payload
  if (args.length === 0) payload = {}
  else if (args.length === 1 && args[0] !== null && typeof args[0] === 'object') payload = args[0]
  else payload = args
  return connection.request(action, payload)
}

/** As send, with one arguments value, resolving with {data, meta} (resource lists carry their count in meta). */
export function sendFull(action, args = {}) {
  if (!connection) return Promise.reject(new RequestError('disconnected', 'Not connected to the bot.'))
  return connection.requestFull(action, args)
}

/**
 * Calls an action over HTTP (POST /api/<action>) with this session's token: for requests larger than a socket frame
 * may be, such as a plugin jar upload. Resolves and rejects as send does.
 */
export async function sendHttp(action, args = {}) {
  const headers = { 'Content-Type': 'application/json' }
  const saved = token()
  if (saved) headers.Authorization = `Bearer ${saved}`
  let response
  try {
    response = await fetch(new URL(`api/${encodeURIComponent(action)}`, document.baseURI), {
      method: 'POST', headers, body: JSON.stringify({ args }),
    })
  } catch (e) {
    throw new RequestError('disconnected', 'The bot could not be reached.')
  }
  let body
  try {
    body = await response.json()
  } catch (e) {
    throw new RequestError('server_error', `HTTP ${response.status} without an answer`)
  }
  if (body?.ok) return body.data
  const error = body?.error || {}
  throw new RequestError(error.code || 'server_error', error.message || `HTTP ${response.status}`, error.detail)
}

/** Listens to a pushed event; returns the function that stops listening. */
export function on(event, fn) {
  if (!listeners.has(event)) listeners.set(event, new Set())
  listeners.get(event).add(fn)
  return () => listeners.get(event)?.delete(fn)
}

export async function loginWithPassword(name, password) {
  loggedIn(await send('login.password', { name, password }))
}

export async function setup(secret, name, password) {
  loggedIn(await send('setup', { secret, name, password }))
}

export async function logout() {
  try {
    await send('logout')
  } catch (e) {
    // Logging out locally is what matters; the token dies with the server's session when it can be reached.
  }
  localStorage.removeItem(TOKEN_KEY)
  session.user = null
  session.notice = ''
  connection?.restart()
}

/** The user picked a language: used at once, remembered here, and saved on the account when logged in. */
export async function chooseLocale(locale) {
  await choose(locale)
  if (session.user) {
    try {
      await send('locale.set', { locale })
    } catch (e) {
      notify(describeError(e), 'error')
    }
  }
}

/** Words for a failed request, for the user: the localized meaning of its code and the server's message. */
export function describeError(e) {
  if (!(e instanceof RequestError)) return e?.message ? String(e.message) : String(e)
  const meaning = t(`error.${e.code}`)
  const known = meaning !== `error.${e.code}`
  if (!e.message || e.message === e.code) return known ? meaning : e.code
  return known ? `${meaning}: ${e.message}` : e.message
}

let noticeId = 0
/** Shows a message at the corner of the screen for a while (kind: error, info). */
export function notify(text, kind = 'info') {
  const id = ++noticeId
  notices.push({ id, text, kind })
  setTimeout(() => dismiss(id), kind === 'error' ? 10_000 : 4_000)
  return id
}

export function dismiss(id) {
  const i = notices.findIndex((n) => n.id === id)
  if (i >= 0) notices.splice(i, 1)
}

/** Runs a request for a button: shows its failure in words; resolves to its data, or undefined when it failed. */
export async function attempt(promise, success) {
  try {
    const data = await promise
    if (success) notify(success)
    return data
  } catch (e) {
    notify(describeError(e), 'error')
    return undefined
  }
}

/**
 * Adds a page to the sidebar. source says who added it ('builtin' or an entry's URL) so that the pages of an entry
 * go when it goes.
 */
export function addPage(page, source = 'builtin') {
  if (!page || typeof page !== 'object') throw new TypeError('addPage needs {name, path, component}')
  const { name, path, component } = page
  if (!name) throw new TypeError('addPage: a page needs a name')
  if (typeof path !== 'string' || !path.startsWith('/')) throw new TypeError(`addPage: page "${name}" needs a path starting with "/"`)
  if (!component) throw new TypeError(`addPage: page "${name}" needs a component`)
  const taken = pages.findIndex((p) => p.path === path)
  if (taken >= 0) {
    if (pages[taken].source !== source) throw new Error(`addPage: the path ${path} is already the page "${pages[taken].name}"`)
    pages.splice(taken, 1)
  }
  const entry = {
    name,
    path,
    component,
    fields: Array.isArray(page.fields) ? [...page.fields] : [],
    authority: Number.isInteger(page.authority) ? page.authority : 1,
    order: page.order ?? (source === 'builtin' ? 0 : 100),
    icon: page.icon ?? null,
    source,
  }
  pages.push(entry)
  pages.sort((a, b) => a.order - b.order)
  return () => removePages((p) => p === entry)
}

export function removePages(predicate) {
  for (let i = pages.length - 1; i >= 0; i--) if (predicate(pages[i])) pages.splice(i, 1)
}

/** The data services a page waits for and that have not arrived yet. */
export function missingFields(page) {
  return page.fields.filter((f) => store[f] === undefined)
}
