// Commands: every command the bot knows, with its aliases, description, arguments and options (the "commands"
// service: the same list help and slash commands are made from).
import { computed, ref } from 'vue'
import { store } from '../console.js'
import { t, label } from '../i18n.js'

function text(v) {
  if (v == null) return ''
  if (typeof v === 'string') return v
  return label(v)
}

export default {
  setup() {
    const query = ref('')
    const commands = computed(() => {
      const all = store.commands || []
      const q = query.value.trim().toLowerCase()
      if (!q) return all
      return all.filter((c) => [c.name, ...(c.aliases || []), text(c.description)].some((s) => String(s).toLowerCase().includes(q)))
    })
    const argText = (a) => (a.required ? `<${a.name}>` : `[${a.name}]`)
    const optText = (o) => `--${o.name}${o.type && o.type !== 'boolean' ? ` <${o.type}>` : ''}`
    return { query, commands, argText, optText, text, t }
  },
  template: `
    <h1>{{ t('page.commands') }}</h1>
    <label class="row">{{ t('commands.search') }} <input v-model="query" type="search" class="grow"></label>
    <ul class="command-list">
      <li v-for="c in commands" :key="c.name" class="card" :data-command="c.name">
        <code class="command-usage">{{ c.name }} <template v-for="a in c.arguments || []" :key="a.name">{{ argText(a) }} </template></code>
        <p>{{ text(c.description) }}</p>
        <p v-if="c.aliases?.length" class="muted">{{ t('commands.aliases', { list: c.aliases.join(', ') }) }}</p>
        <ul v-if="c.options?.length" class="options">
          <li v-for="o in c.options" :key="o.name"><code>{{ optText(o) }}</code> {{ text(o.description) }}</li>
        </ul>
      </li>
    </ul>
    <p v-if="!commands.length" class="muted">{{ t('commands.none') }}</p>`,
}
