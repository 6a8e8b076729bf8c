// Plugins: every plugin with its state and error; enable, disable, reload, install (upload a jar), uninstall; and a
// configuration form generated from each plugin's JSON schema. The list is the pushed "plugins" service, so what
// another owner does elsewhere shows up here too.
import { computed, reactive, ref } from 'vue'
import { store, send, attempt, describeError, notify, RequestError } from '../console.js'
import { t } from '../i18n.js'

function readBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

/** Whether a schema has anything to fill in (a plugin without configuration has an empty object schema). */
function fillable(schema) {
  return !!schema && !(schema.type === 'object' && Object.keys(schema.properties || {}).length === 0)
}

/** The configurable parts of a plugin: one per Plugin it applied ({name, schema, value}). */
function configs(p) {
  if (Array.isArray(p.configs)) return p.configs.filter((c) => fillable(c?.schema))
  if (fillable(p.schema)) return [{ name: p.name ?? p.plugins?.[0] ?? p.id, schema: p.schema, value: p.config }]
  return []
}

export default {
  setup() {
    const plugins = computed(() => store.plugins || [])
    const busy = reactive({})
    const open = ref(null)
    const errors = reactive({})
    const confirming = ref(null)
    const installing = ref(false)
    const file = ref(null)

    async function act(action, p) {
      busy[p.id] = action
      confirming.value = null
      await attempt(send(`plugins.${action}`, { id: p.id }), t(`plugins.done.${action}`, { id: p.id }))
      delete busy[p.id]
    }

    async function configure(p, c, value) {
      busy[p.id] = 'configure'
      errors[c.name] = {}
      try {
        await send('plugins.configure', { name: c.name, value })
        notify(t('plugins.saved', { name: c.name }))
      } catch (e) {
        const fields = e instanceof RequestError ? e.detail?.fields : null
        if (fields && typeof fields === 'object') errors[c.name] = { ...fields }
        notify(describeError(e), 'error')
      } finally {
        delete busy[p.id]
      }
    }

    async function install() {
      const chosen = file.value?.files?.[0]
      if (!chosen) { notify(t('plugins.chooseJar'), 'error'); return }
      if (!chosen.name.endsWith('.jar')) { notify(t('plugins.notJar', { name: chosen.name }), 'error'); return }
      installing.value = true
      try {
        const content = await readBase64(chosen)
        const result = await attempt(send('plugins.install', { fileName: chosen.name, content }))
        if (result) {
          notify(t('plugins.installed', { id: result.id ?? chosen.name }))
          file.value.value = ''
        }
      } finally {
        installing.value = false
      }
    }

    const toggle = (p) => { open.value = open.value === p.id ? null : p.id }
    const active = (p) => String(p.state).toLowerCase() === 'active'
    const fromJar = (p) => p.fromJar ?? !!p.source
    return { plugins, busy, open, errors, confirming, installing, file, act, configure, install, toggle, configs, active, fromJar, t }
  },
  template: `
    <h1>{{ t('page.plugins') }}</h1>
    <k-card :title="t('plugins.install')">
      <form class="row" @submit.prevent="install">
        <label for="plugin-jar" class="sr-only">{{ t('plugins.jar') }}</label>
        <input id="plugin-jar" ref="file" type="file" accept=".jar,application/java-archive">
        <button type="submit" class="primary" :disabled="installing">{{ t('plugins.upload') }}</button>
      </form>
    </k-card>
    <ul class="plugin-list">
      <li v-for="p in plugins" :key="p.id" class="card plugin" :data-plugin="p.id">
        <div class="plugin-head">
          <div class="plugin-title">
            <strong>{{ p.id }}</strong> <span class="muted">{{ p.version }}</span>
            <span class="badge" :data-state="String(p.state).toLowerCase()">{{ t('pluginState.' + String(p.state).toLowerCase()) }}</span>
            <p v-if="p.description" class="muted">{{ p.description }}</p>
            <p v-if="p.error" class="field-error plugin-error">{{ p.error }}</p>
            <p v-if="p.dependencies?.length" class="muted">{{ t('plugins.needs', { list: p.dependencies.join(', ') }) }}</p>
          </div>
          <div class="plugin-actions">
            <button v-if="active(p)" type="button" :disabled="!!busy[p.id]" @click="act('disable', p)">{{ t('plugins.disable') }}</button>
            <button v-else type="button" :disabled="!!busy[p.id]" @click="act('enable', p)">{{ t('plugins.enable') }}</button>
            <button type="button" :disabled="!!busy[p.id] || !active(p)" @click="act('reload', p)">{{ t('plugins.reload') }}</button>
            <button v-if="configs(p).length" type="button" :aria-expanded="open === p.id" @click="toggle(p)">{{ t('plugins.configure') }}</button>
            <template v-if="fromJar(p)">
              <button v-if="confirming !== p.id" type="button" class="danger" :disabled="!!busy[p.id]" @click="confirming = p.id">{{ t('plugins.uninstall') }}</button>
              <button v-else type="button" class="danger" @click="act('uninstall', p)">{{ t('plugins.confirmUninstall', { id: p.id }) }}</button>
            </template>
          </div>
        </div>
        <div v-if="open === p.id" class="plugin-config">
          <section v-for="c in configs(p)" :key="c.name" :data-config="c.name">
            <h3 v-if="configs(p).length > 1">{{ c.name }}</h3>
            <k-form :schema="c.schema" :value="c.value" :errors="errors[c.name] || {}" :busy="busy[p.id] === 'configure'"
              @submit="configure(p, c, $event)"></k-form>
          </section>
        </div>
      </li>
    </ul>
    <p v-if="!plugins.length" class="muted">{{ t('plugins.none') }}</p>`,
}
