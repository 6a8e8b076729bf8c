// Plugin pages. The server lists each plugin's ES modules in the data service "entries" ([{plugin, url}]); every
// entry that appears is imported and its default export called with a context:
//   ctx.addPage({name, path, fields, authority, component})   ctx.store   ctx.send(action, ...args)   ctx.on(event, fn)
//   ctx.components {Card, Table, Form, Chart}                  ctx.t(key)  ctx.i18n.define(locale, texts)
// An entry that disappears (its plugin was unloaded) takes its pages with it, and whatever its default export returned
// as a function is called to let it clean up. The store is emptied on every reconnect, which would make every entry
// look gone for a moment: entries are only compared while the "entries" service is present.
import { watch } from 'vue'
import { store, send, on, addPage, removePages, notify } from './console.js'
import { components } from './components/index.js'
import { t, define, locale } from './i18n.js'

const loaded = new Map() // url → {plugin, dispose[], cancelled}
const everLoaded = new Map() // url → times imported (a re-added entry is imported afresh)

function contextFor(entry, record) {
  return {
    plugin: entry.plugin,
    store,
    send,
    components,
    on(event, fn) {
      const off = on(event, fn)
      record.dispose.push(off)
      return off
    },
    addPage(page) {
      if (record.cancelled) return () => {}
      const remove = addPage({ ...page, order: page.order ?? 100 }, entry.url)
      return remove
    },
    t,
    locale,
    i18n: { define },
  }
}

async function load(entry) {
  const record = { plugin: entry.plugin, dispose: [], cancelled: false }
  loaded.set(entry.url, record)
  const times = everLoaded.get(entry.url) || 0
  everLoaded.set(entry.url, times + 1)
  const url = times === 0 ? entry.url : `${entry.url}${entry.url.includes('?') ? '&' : '?'}v=${times}`
  try {
    const module = await import(new URL(url, document.baseURI).href)
    if (record.cancelled) return
    if (typeof module.default !== 'function') throw new Error('its module has no default export function')
    const result = await module.default(contextFor(entry, record))
    if (typeof result === 'function') record.dispose.push(result)
    if (record.cancelled) unload(entry.url, record)
  } catch (e) {
    console.error(`mochi: the page module of plugin ${entry.plugin} failed`, e)
    notify(t('entries.failed', { plugin: entry.plugin, message: e?.message ?? String(e) }), 'error')
  }
}

function unload(url, record = loaded.get(url)) {
  if (!record) return
  record.cancelled = true
  if (loaded.get(url) === record) loaded.delete(url)
  removePages((p) => p.source === url)
  for (const fn of record.dispose.splice(0)) {
    try { fn() } catch (e) { console.error(`mochi: cleaning up plugin ${record.plugin}'s page failed`, e) }
  }
}

/** Starts following the "entries" data service. */
export function followEntries() {
  watch(() => store.entries, (entries) => {
    if (!Array.isArray(entries)) return
    const urls = new Set(entries.map((e) => e.url))
    for (const url of [...loaded.keys()]) if (!urls.has(url)) unload(url)
    for (const entry of entries) if (entry?.url && !loaded.has(entry.url)) load(entry)
  }, { deep: true, immediate: true })
}
