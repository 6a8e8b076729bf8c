// Texts in en-US and zh-CN. The locale follows the user's choice: the language picked in the console (kept in this
// browser), else the locale of the user's account, else the browser's language. Missing texts fall back to en-US,
// then to the key itself, so a forgotten translation shows up as a readable key rather than as nothing.
import { reactive } from 'vue'

export const LOCALES = ['en-US', 'zh-CN']
const FALLBACK = 'en-US'
const CHOICE_KEY = 'mochi.locale'

const state = reactive({ locale: FALLBACK, messages: {}, loaded: 0 })

/** Picks one of LOCALES for a language tag ("zh", "zh-Hans-CN" → zh-CN; anything else → en-US). */
export function supported(tag) {
  if (!tag) return null
  const lower = String(tag).toLowerCase()
  if (lower.startsWith('zh')) return 'zh-CN'
  if (lower.startsWith('en')) return 'en-US'
  return null
}

async function load(locale) {
  if (state.messages[locale]) return
  const response = await fetch(new URL(`../locales/${locale}.json`, import.meta.url))
  if (!response.ok) throw new Error(`locale ${locale}: HTTP ${response.status}`)
  state.messages[locale] = { ...(await response.json()), ...(state.messages[locale] || {}) }
  state.loaded++
}

/** Loads the texts and settles on a locale; call once before mounting. */
export async function initI18n() {
  await load(FALLBACK)
  await use(localStorage.getItem(CHOICE_KEY) || supported(navigator.language) || FALLBACK)
}

async function use(locale) {
  const chosen = LOCALES.includes(locale) ? locale : FALLBACK
  await load(chosen)
  state.locale = chosen
  document.documentElement.lang = chosen
}

/** The user picked a language in the console: remembered in this browser, wins over the account's locale. */
export async function choose(locale) {
  localStorage.setItem(CHOICE_KEY, locale)
  await use(locale)
}

/** The account's locale, used unless the user picked one here. */
export async function accountLocale(locale) {
  if (localStorage.getItem(CHOICE_KEY)) return
  const s = supported(locale)
  if (s && s !== state.locale) await use(s)
}

export function locale() {
  return state.locale
}

/** Adds texts (a plugin's page brings its own): define('zh-CN', {'lottery.title': '抽奖'}). */
export function define(locale, messages) {
  state.messages[locale] = { ...(state.messages[locale] || {}), ...messages }
}

/** The text for key in the current locale, with {name} placeholders filled from params. */
export function t(key, params) {
  void state.loaded
  const text = state.messages[state.locale]?.[key] ?? state.messages[FALLBACK]?.[key] ?? key
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m))
}

/** A label that may be a key, a plain string, or {en-US: ..., zh-CN: ...}. */
export function label(value) {
  if (value == null) return ''
  if (typeof value === 'object') return value[state.locale] ?? value[FALLBACK] ?? Object.values(value)[0] ?? ''
  const text = t(value)
  return text
}

const numberFormats = new Map()
/** A number in the current locale. */
export function number(n, options) {
  const key = state.locale + JSON.stringify(options || {})
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(state.locale, options))
  return numberFormats.get(key).format(n)
}

/** A duration in milliseconds as "3 d 4 h", "5 min 2 s". */
export function duration(ms) {
  const s = Math.floor(ms / 1000)
  const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60
  const parts = []
  if (d) parts.push(t('unit.days', { n: d }))
  if (h || d) parts.push(t('unit.hours', { n: h }))
  if (!d) parts.push(t('unit.minutes', { n: m }))
  if (!d && !h) parts.push(t('unit.seconds', { n: sec }))
  return parts.join(' ')
}

/** A time of day or date-time in the current locale. */
export function time(value) {
  if (value == null || value === '') return ''
  const date = typeof value === 'number' ? new Date(value) : new Date(String(value))
  if (isNaN(date)) return String(value)
  return date.toLocaleString(state.locale)
}

/** Bytes as "12.3 MB". */
export function bytes(n) {
  if (n == null) return '—'
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let i = 0, v = Number(n)
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++ }
  return `${number(v, { maximumFractionDigits: i ? 1 : 0 })} ${units[i]}`
}
