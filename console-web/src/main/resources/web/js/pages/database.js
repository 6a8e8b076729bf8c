// Database: browse every resource table with a filter (the JSON operator form: {"coins": {"$gt": 10}}), sort by a
// column and pages; edit a row where the server allows it (it says so when it does not).
import { ref, computed, onMounted, reactive } from 'vue'
import { send, sendFull, describeError, notify } from '../console.js'
import { t, number } from '../i18n.js'

const PAGE_SIZE = 20

export default {
  setup() {
    const tables = ref([])
    const table = ref('')
    const rows = ref([])
    const meta = ref(null)
    const page = ref(1)
    const sort = ref('')
    const filterText = ref('')
    const filterError = ref('')
    const error = ref('')
    const loading = ref(false)
    const editing = ref(null)
    const draft = reactive({})

    onMounted(async () => {
      // the tables this user may list, as the server's grants decide, each with the fields they may read
      try {
        tables.value = (await send('resources.list')) || []
      } catch (e) {
        error.value = describeError(e)
      }
      if (tables.value.length) { table.value = tables.value[0].name; load() }
    })

    async function load() {
      if (!table.value) return
      filterError.value = ''
      let filter
      if (filterText.value.trim()) {
        try { filter = JSON.parse(filterText.value) } catch (e) { filterError.value = t('database.filterJson'); return }
      }
      loading.value = true
      error.value = ''
      try {
        const args = { page: page.value, pageSize: PAGE_SIZE }
        if (sort.value) args.sort = [sort.value]
        if (filter) args.filter = filter
        const result = await sendFull(`${table.value}:list`, args)
        rows.value = Array.isArray(result.data) ? result.data : (result.data?.rows ?? [])
        meta.value = result.meta
      } catch (e) {
        if (e.code === 'filter_invalid') filterError.value = describeError(e)
        else error.value = describeError(e)
        rows.value = []
      } finally {
        loading.value = false
      }
    }

    const columns = computed(() => {
      const described = tables.value.find((x) => x.name === table.value)?.fields
      const names = described?.length ? described.map((f) => f.name ?? f) : [...new Set(rows.value.flatMap((r) => Object.keys(r)))]
      return names.map((name) => ({ key: name, label: name }))
    })
    const key = (row) => row.id ?? JSON.stringify(row)
    const pages = computed(() => meta.value?.totalPage ?? (meta.value?.count != null ? Math.max(1, Math.ceil(meta.value.count / PAGE_SIZE)) : null))
    const choose = () => { page.value = 1; sort.value = ''; editing.value = null; load() }
    const sortBy = (name) => { sort.value = sort.value === name ? `-${name}` : name; page.value = 1; load() }
    const go = (by) => { page.value = Math.max(1, page.value + by); load() }

    const shown = (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))
    function edit(row) {
      editing.value = key(row)
      for (const k of Object.keys(draft)) delete draft[k]
      for (const [k, v] of Object.entries(row)) draft[k] = shown(v)
    }
    // Only what the user changed is sent, in the type the column had (numbers stay numbers, lists stay lists).
    function changes(row) {
      const values = {}
      for (const [k, text] of Object.entries(draft)) {
        if (k === 'id' || text === shown(row[k])) continue
        const before = row[k]
        if (typeof before === 'number') values[k] = text === '' ? null : Number(text)
        else if (typeof before === 'boolean') values[k] = text === 'true'
        else if (before !== null && typeof before === 'object') {
          try { values[k] = JSON.parse(text) } catch (e) { throw new Error(t('database.notJson', { field: k })) }
        } else values[k] = text
      }
      return values
    }
    async function save(row) {
      let values
      try {
        values = changes(row)
      } catch (e) {
        notify(e.message, 'error')
        return
      }
      try {
        await send(`${table.value}:update`, { filterByTk: row.id, values })
        notify(t('database.saved'))
        editing.value = null
        load()
      } catch (e) {
        notify(describeError(e), 'error')
      }
    }
    return { tables, table, rows, meta, page, pages, sort, filterText, filterError, error, loading, editing, draft, columns, key, choose, sortBy, go, load, edit, save, t, number }
  },
  template: `
    <h1>{{ t('page.database') }}</h1>
    <p v-if="error" class="field-error" role="alert">{{ error }}</p>
    <form class="row filters" @submit.prevent="page = 1; load()">
      <label>{{ t('database.table') }}
        <select v-model="table" @change="choose" data-test="db-table"><option v-for="x in tables" :key="x.name" :value="x.name">{{ x.name }}</option></select></label>
      <label class="grow">{{ t('database.filter') }}
        <input v-model="filterText" class="mono" placeholder='{"authority": {"$gte": 1}}' :aria-invalid="!!filterError"></label>
      <button type="submit">{{ t('database.apply') }}</button>
    </form>
    <p v-if="filterError" class="field-error" role="alert">{{ filterError }}</p>
    <div class="table-wrap">
      <table class="table">
        <thead><tr>
          <th v-for="c in columns" :key="c.key" scope="col" :aria-sort="sort === c.key ? 'ascending' : sort === '-' + c.key ? 'descending' : undefined">
            <button type="button" class="link" @click="sortBy(c.key)">{{ c.label }}<span v-if="sort === c.key" aria-hidden="true"> ▴</span><span v-if="sort === '-' + c.key" aria-hidden="true"> ▾</span></button>
          </th>
          <th scope="col"><span class="sr-only">{{ t('users.actions') }}</span></th>
        </tr></thead>
        <tbody>
          <tr v-for="row in rows" :key="key(row)">
            <td v-for="c in columns" :key="c.key" :data-label="c.label">
              <input v-if="editing === key(row) && c.key !== 'id'" v-model="draft[c.key]" :aria-label="c.label" size="10">
              <template v-else>{{ row[c.key] === null || row[c.key] === undefined ? '' : typeof row[c.key] === 'object' ? JSON.stringify(row[c.key]) : row[c.key] }}</template>
            </td>
            <td>
              <template v-if="editing === key(row)">
                <button type="button" class="small primary" @click="save(row)">{{ t('form.save') }}</button>
                <button type="button" class="small" @click="editing = null">{{ t('form.cancel') }}</button>
              </template>
              <button v-else-if="row.id !== undefined" type="button" class="small" @click="edit(row)">{{ t('database.edit') }}</button>
            </td>
          </tr>
          <tr v-if="!rows.length"><td :colspan="columns.length + 1" class="muted">{{ loading ? t('table.loading') : t('table.empty') }}</td></tr>
        </tbody>
      </table>
    </div>
    <div class="row pager">
      <button type="button" :disabled="page === 1" @click="go(-1)">{{ t('table.previous') }}</button>
      <span>{{ pages ? t('table.pageOf', { n: page, total: pages }) : t('table.page', { n: page }) }}</span>
      <span v-if="meta?.count != null" class="muted">{{ t('database.count', { n: number(meta.count) }) }}</span>
      <button type="button" :disabled="pages ? page >= pages : rows.length < 20" @click="go(1)">{{ t('table.next') }}</button>
    </div>`,
}
