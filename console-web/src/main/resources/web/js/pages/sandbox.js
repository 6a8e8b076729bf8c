// Sandbox: chat with the bot as one of several virtual users, in a private chat or a guild channel. What a user sends
// runs through the real pipeline; the bot's replies arrive as "sandbox.reply" events and appear at once.
import { computed, reactive, ref, nextTick, watch } from 'vue'
import { store, send, on, attempt, describeError, notify } from '../console.js'
import { t, time } from '../i18n.js'

// Kept while the console is open, so leaving the page and coming back shows the conversation still.
const transcripts = reactive({})
// A user's transcript as the reactive array: `transcripts[id] ||= []` would hand back the plain array it assigned,
// and a message pushed to it or changed through it (a send's state) would not re-render.
function transcriptOf(id) {
  if (!transcripts[id]) transcripts[id] = []
  return transcripts[id]
}
let listening = false
function listen() {
  if (listening) return
  listening = true
  on('sandbox.reply', (reply) => {
    if (!reply?.id) return
    transcriptOf(reply.id).push({ from: 'bot', text: String(reply.text ?? ''), at: reply.at ?? Date.now() })
  })
}

/** The channel a virtual user speaks in: a plain id, or {channelId} (the sandbox's guild is the channel itself). */
function channelOf(u) {
  const c = u.channel
  return typeof c === 'object' && c ? c.channelId : c
}

export default {
  setup() {
    listen()
    const users = computed(() => store.sandbox || [])
    const selected = ref(null)
    const text = ref('')
    const form = reactive({ id: '', name: '', authority: 1, where: 'private', channelId: '' })
    const joining = ref(false)
    const log = ref(null)

    watch(users, (list) => {
      if (!list.some((u) => u.id === selected.value)) selected.value = list[0]?.id ?? null
    }, { immediate: true })
    const current = computed(() => users.value.find((u) => u.id === selected.value) || null)
    const transcript = computed(() => transcripts[selected.value] || [])
    watch(() => transcript.value.length, async () => {
      await nextTick()
      if (log.value) log.value.scrollTop = log.value.scrollHeight
    })

    async function join() {
      const id = form.id.trim()
      if (!id) { notify(t('sandbox.idMissing'), 'error'); return }
      const args = { id, name: form.name.trim() || id, authority: Number(form.authority) }
      if (form.where === 'guild') {
        // the sandbox has no guild apart from the channel: a guild channel is its own guild
        if (!form.channelId.trim()) { notify(t('sandbox.channelMissing'), 'error'); return }
        args.channel = { channelId: form.channelId.trim() }
      }
      joining.value = true
      const result = await attempt(send('sandbox.join', args))
      joining.value = false
      if (result) {
        selected.value = result.id ?? id
        form.id = ''
        form.name = ''
      }
    }

    async function say() {
      const content = text.value
      if (!content.trim() || !current.value) return
      const id = current.value.id
      const list = transcriptOf(id)
      list.push({ from: 'me', text: content, at: Date.now(), state: 'sending' })
      const mine = list[list.length - 1]
      text.value = ''
      try {
        // Resolves once the bot has taken the message; its replies arrive as pushes, before or after this answer.
        await send('sandbox.send', { id, text: content })
        mine.state = 'handled'
      } catch (e) {
        mine.state = 'failed'
        list.push({ from: 'error', text: describeError(e), at: Date.now() })
      }
    }

    async function setAuthority(value) {
      const u = current.value
      if (!u) return
      await attempt(send('sandbox.join', { id: u.id, name: u.name, authority: Number(value), ...(u.channel ? { channelId: channelOf(u) } : {}) }),
        t('sandbox.authoritySet', { name: u.name, n: value }))
    }

    const where = (u) => (u.channel ? t('sandbox.inChannel', { channel: channelOf(u) }) : t('sandbox.private'))
    const shownAuthority = (u) => (u.authority == null || u.authority < 0 ? '—' : u.authority)
    return { users, selected, current, transcript, text, form, joining, log, join, say, setAuthority, where, shownAuthority, t, time }
  },
  template: `
    <h1>{{ t('page.sandbox') }}</h1>
    <div class="sandbox">
      <aside class="card sandbox-users">
        <h2>{{ t('sandbox.users') }}</h2>
        <ul class="choices" role="listbox" :aria-label="t('sandbox.users')">
          <li v-for="u in users" :key="u.id">
            <button type="button" role="option" :aria-selected="u.id === selected" :data-user="u.id" @click="selected = u.id">
              <strong>{{ u.name }}</strong> <span class="muted">{{ where(u) }} · {{ t('sandbox.authority') }} {{ shownAuthority(u) }}</span>
            </button>
          </li>
        </ul>
        <p v-if="!users.length" class="muted">{{ t('sandbox.noUsers') }}</p>
        <form class="stack" @submit.prevent="join" novalidate>
          <h3>{{ t('sandbox.join') }}</h3>
          <div class="field"><label for="sb-id">{{ t('sandbox.id') }}</label><input id="sb-id" v-model="form.id"></div>
          <div class="field"><label for="sb-name">{{ t('sandbox.name') }}</label><input id="sb-name" v-model="form.name"></div>
          <div class="field"><label for="sb-authority">{{ t('sandbox.authority') }}</label>
            <select id="sb-authority" v-model="form.authority"><option v-for="n in 6" :key="n" :value="n - 1">{{ n - 1 }}</option></select></div>
          <div class="field"><label for="sb-where">{{ t('sandbox.where') }}</label>
            <select id="sb-where" v-model="form.where"><option value="private">{{ t('sandbox.private') }}</option><option value="guild">{{ t('sandbox.guild') }}</option></select></div>
          <template v-if="form.where === 'guild'">
            <div class="field"><label for="sb-channel">{{ t('sandbox.channelId') }}</label><input id="sb-channel" v-model="form.channelId"></div>
          </template>
          <button type="submit" class="primary" :disabled="joining">{{ t('sandbox.joinButton') }}</button>
        </form>
      </aside>
      <section class="card sandbox-chat">
        <template v-if="current">
          <header class="card-head">
            <h2>{{ current.name }} <span class="muted">{{ where(current) }}</span></h2>
            <label class="inline">{{ t('sandbox.authority') }}
              <select :value="current.authority >= 0 ? current.authority : ''" @change="setAuthority($event.target.value)" data-test="sandbox-authority">
                <option v-if="!(current.authority >= 0)" value="" disabled>—</option>
                <option v-for="n in 6" :key="n" :value="n - 1">{{ n - 1 }}</option>
              </select>
            </label>
          </header>
          <ol ref="log" class="transcript" aria-live="polite" data-test="transcript">
            <li v-for="(m, i) in transcript" :key="i" :class="'msg msg-' + m.from" :data-state="m.state">
              <span class="msg-text">{{ m.text }}</span>
              <time class="muted">{{ time(m.at) }}</time>
            </li>
          </ol>
          <form class="row" @submit.prevent="say">
            <label for="sb-text" class="sr-only">{{ t('sandbox.message') }}</label>
            <input id="sb-text" v-model="text" class="grow" :placeholder="t('sandbox.placeholder')" autocomplete="off">
            <button type="submit" class="primary">{{ t('sandbox.send') }}</button>
          </form>
        </template>
        <p v-else class="muted">{{ t('sandbox.pick') }}</p>
      </section>
    </div>`,
}
