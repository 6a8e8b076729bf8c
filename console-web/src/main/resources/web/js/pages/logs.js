// Logs: the recent lines, then new ones as the server streams them (patches of "logs"); filter by level, plugin and
// text; an exception's stack trace opens under its line.
import { computed, ref } from 'vue'
import { store } from '../console.js'
import { t, time } from '../i18n.js'

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR']
const SHOWN = 1000

export default {
  setup() {
    const level = ref('INFO')
    const plugin = ref('')
    const text = ref('')
    const records = computed(() => store.logs || [])
    const plugins = computed(() => [...new Set(records.value.map((r) => r.plugin).filter(Boolean))].sort())
    const matching = computed(() => {
      const min = LEVELS.indexOf(level.value)
      const needle = text.value.trim().toLowerCase()
      const out = []
      for (let i = records.value.length - 1; i >= 0 && out.length < SHOWN; i--) {
        const r = records.value[i]
        const at = LEVELS.indexOf(String(r.level).toUpperCase())
        if (at >= 0 && at < min) continue
        if (plugin.value && r.plugin !== plugin.value) continue
        if (needle && !(`${r.message} ${r.logger}`.toLowerCase().includes(needle))) continue
        out.push(r)
      }
      return out
    })
    return { LEVELS, level, plugin, text, records, plugins, matching, SHOWN, t, time }
  },
  template: `
    <h1>{{ t('page.logs') }}</h1>
    <form class="row filters" @submit.prevent>
      <label>{{ t('logs.level') }}
        <select v-model="level" data-test="log-level"><option v-for="l in LEVELS" :key="l" :value="l">{{ l }}</option></select></label>
      <label>{{ t('logs.plugin') }}
        <select v-model="plugin" data-test="log-plugin"><option value="">{{ t('logs.anyPlugin') }}</option><option v-for="p in plugins" :key="p" :value="p">{{ p }}</option></select></label>
      <label class="grow">{{ t('logs.search') }} <input v-model="text" type="search"></label>
    </form>
    <p class="muted">{{ t('logs.count', { shown: matching.length, total: records.length }) }}</p>
    <ol class="log-lines" data-test="log-lines">
      <li v-for="(r, i) in matching" :key="(r.sequence ?? '') + ':' + i" class="log-line" :data-level="String(r.level).toUpperCase()">
        <details v-if="r.exception">
          <summary><time>{{ time(r.time) }}</time> <span class="level">{{ r.level }}</span> <span class="logger">{{ r.plugin || r.logger }}</span> <span class="message">{{ r.message }}</span></summary>
          <pre class="trace">{{ r.exception }}</pre>
        </details>
        <div v-else><time>{{ time(r.time) }}</time> <span class="level">{{ r.level }}</span> <span class="logger">{{ r.plugin || r.logger }}</span> <span class="message">{{ r.message }}</span></div>
      </li>
    </ol>`,
}
