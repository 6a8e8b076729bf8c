// The socket to the console server: one envelope for requests ({id, action, args} answered by {id, ok, data | error}),
// pushes ({type: data | patch | event}) handed to the listener, a heartbeat, and reconnecting with back-off.
//
// The state machine is small on purpose:
//   connecting ──open──► open ──close──► waiting (back-off) ──timer──► connecting …
// A request made while the socket is not open waits for it (up to `queueTimeoutMs`) instead of failing at once, so a
// page that loads during a reconnect still gets its answer. Requests that were in flight when the socket closed are
// rejected with code "disconnected": the server may or may not have run them, and only the caller knows whether
// running one twice is harmless.
import { reactive } from 'vue'

const PING_EVERY_MS = 20_000
const SILENT_AFTER_MS = 60_000
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000]

/** A refusal or failure of a request, with the server's stable code ("forbidden") and its message. */
export class RequestError extends Error {
  constructor(code, message, detail) {
    super(message || code)
    this.name = 'RequestError'
    this.code = code
    this.detail = detail
  }
}

export class Connection {
  /**
   * @param url the socket's URL (ws://host/ws)
   * @param handlers {onOpen(), onClose(), onPush(frame)}
   */
  constructor(url, handlers, options = {}) {
    this.url = url
    this.handlers = handlers
    this.queueTimeoutMs = options.queueTimeoutMs ?? 15_000
    this.requestTimeoutMs = options.requestTimeoutMs ?? 60_000
    this.nextId = 1
    this.pending = new Map()
    this.waiting = []
    this.socket = null
    this.ready = false
    this.stopped = false
    this.attempt = 0
    this.timer = null
    this.heartbeat = null
    this.lastHeard = 0
    /** What the shell shows: state is connecting, open or waiting; retryAt is when the next attempt starts. */
    this.status = reactive({ state: 'connecting', attempt: 0, retryAt: 0, everOpened: false })
  }

  start() {
    this.stopped = false
    this.open()
  }

  stop() {
    this.stopped = true
    clearTimeout(this.timer)
    this.closeSocket()
  }

  /** Tries now instead of waiting for the back-off timer. */
  retryNow() {
    if (this.status.state !== 'waiting') return
    clearTimeout(this.timer)
    this.open()
  }

  /** Drops the socket as a network failure would (the shell uses it after a logout so no state survives). */
  restart() {
    this.attempt = 0
    this.closeSocket()
    clearTimeout(this.timer)
    this.open()
  }

  open() {
    this.status.state = 'connecting'
    this.status.attempt = this.attempt
    let socket
    try {
      socket = new WebSocket(this.url)
    } catch (e) {
      this.scheduleRetry()
      return
    }
    this.socket = socket
    socket.onopen = () => {
      if (socket !== this.socket) return
      this.attempt = 0
      this.lastHeard = Date.now()
      this.status.state = 'open'
      this.status.everOpened = true
      this.startHeartbeat()
      // The shell authenticates first (the token must be the socket's first frame); requests made meanwhile wait.
      Promise.resolve()
        .then(() => this.handlers.onOpen?.())
        .catch((e) => console.warn('mochi: handshake failed', e))
        .finally(() => {
          if (socket !== this.socket) return
          this.ready = true
          const waiting = this.waiting.splice(0)
          for (const w of waiting) w.go()
        })
    }
    socket.onmessage = (event) => {
      if (socket !== this.socket) return
      this.lastHeard = Date.now()
      let frame
      try {
        frame = JSON.parse(event.data)
      } catch (e) {
        console.warn('mochi: ignored a frame that is not JSON', e)
        return
      }
      this.receive(frame)
    }
    socket.onclose = () => {
      if (socket !== this.socket) return
      this.lost()
    }
    socket.onerror = () => {
      // onclose follows; nothing to do here (the browser has already logged the failure).
    }
  }

  lost() {
    this.socket = null
    this.ready = false
    this.stopHeartbeat()
    for (const [, p] of this.pending) {
      clearTimeout(p.timer)
      p.reject(new RequestError('disconnected', 'The connection to the bot was lost.'))
    }
    this.pending.clear()
    this.handlers.onClose?.()
    if (!this.stopped) this.scheduleRetry()
  }

  closeSocket() {
    const socket = this.socket
    if (!socket) return
    this.socket = null
    this.ready = false
    try {
      socket.close()
    } catch (e) { /* already closed */ }
    this.stopHeartbeat()
    for (const [, p] of this.pending) {
      clearTimeout(p.timer)
      p.reject(new RequestError('disconnected', 'The connection to the bot was closed.'))
    }
    this.pending.clear()
    this.handlers.onClose?.()
  }

  scheduleRetry() {
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)]
    const delay = Math.round(base * (0.8 + Math.random() * 0.4))
    this.attempt++
    this.status.state = 'waiting'
    this.status.attempt = this.attempt
    this.status.retryAt = Date.now() + delay
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.open(), delay)
  }

  startHeartbeat() {
    this.stopHeartbeat()
    this.heartbeat = setInterval(() => {
      if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return
      if (Date.now() - this.lastHeard > SILENT_AFTER_MS) {
        // The server said nothing for a minute, not even pong: the socket is dead even if the browser has not noticed.
        const socket = this.socket
        this.socket = null
        try { socket.close() } catch (e) { /* ignore */ }
        this.lost()
        return
      }
      this.socket.send(JSON.stringify({ type: 'ping' }))
    }, PING_EVERY_MS)
  }

  stopHeartbeat() {
    clearInterval(this.heartbeat)
    this.heartbeat = null
  }

  receive(frame) {
    if (frame == null || typeof frame !== 'object') return
    if (frame.type === 'pong') return
    if (frame.type) {
      this.handlers.onPush?.(frame)
      return
    }
    if (frame.id == null) return
    const p = this.pending.get(String(frame.id))
    if (!p) return
    this.pending.delete(String(frame.id))
    clearTimeout(p.timer)
    if (frame.ok) p.resolve(p.full ? { data: frame.data, meta: frame.meta ?? null } : frame.data)
    else {
      const error = frame.error || {}
      p.reject(new RequestError(error.code || 'server_error', error.message, error.detail))
    }
  }

  /** Sends one request once the handshake is done; resolves with its data, rejects with a RequestError. */
  request(action, args) {
    return this.send(action, args, false)
  }

  /** Sends one request on the open socket now, before the handshake is done (the handshake's own requests). */
  requestNow(action, args) {
    return this.send(action, args, true)
  }

  /** As request, resolving with {data, meta} (a list's page and count come in meta). */
  requestFull(action, args) {
    return this.send(action, args, false, true)
  }

  send(action, args, now, full = false) {
    return new Promise((resolve, reject) => {
      const go = () => {
        const id = String(this.nextId++)
        const timer = setTimeout(() => {
          this.pending.delete(id)
          reject(new RequestError('timeout', `The bot did not answer "${action}" in time.`))
        }, this.requestTimeoutMs)
        this.pending.set(id, { resolve, reject, timer, full })
        try {
          this.socket.send(JSON.stringify({ id, action, args }))
        } catch (e) {
          this.pending.delete(id)
          clearTimeout(timer)
          reject(new RequestError('disconnected', 'The connection to the bot was lost.'))
        }
      }
      if (this.socket && this.socket.readyState === WebSocket.OPEN && (now || this.ready)) {
        go()
        return
      }
      const entry = { go: () => { clearTimeout(entry.timer); go() } }
      entry.timer = setTimeout(() => {
        const i = this.waiting.indexOf(entry)
        if (i >= 0) this.waiting.splice(i, 1)
        reject(new RequestError('disconnected', 'Not connected to the bot.'))
      }, this.queueTimeoutMs)
      this.waiting.push(entry)
    })
  }
}

/** The socket URL beside the page (same host, ws or wss as the page's scheme). */
export function socketUrl(location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:'
  const base = location.pathname.replace(/[^/]*$/, '')
  return `${scheme}//${location.host}${base}ws`
}
