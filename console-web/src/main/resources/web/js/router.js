// Hash routes (#/status, #/setup?secret=...): the console is one static page, so the server needs no route per page
// and a plugin's page is reachable by its path as soon as it is added.
import { reactive } from 'vue'

export const route = reactive(parse(window.location.hash))

function parse(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/'
  const [path, search = ''] = raw.split('?')
  const query = Object.fromEntries(new URLSearchParams(search))
  return { path: path.startsWith('/') ? path : `/${path}`, query }
}

window.addEventListener('hashchange', () => Object.assign(route, parse(window.location.hash)))

/** Goes to a path ("/plugins", or "/login?next=/logs"). */
export function navigate(path) {
  const target = `#${path}`
  if (window.location.hash === target) Object.assign(route, parse(target))
  else window.location.hash = target
}

/** Replaces the current history entry (used to drop the setup secret from the address bar). */
export function replace(path) {
  history.replaceState(null, '', `#${path}`)
  Object.assign(route, parse(`#${path}`))
}
