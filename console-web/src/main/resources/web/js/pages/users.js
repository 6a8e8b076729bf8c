// Users: list and search, set a user's authority (only below your own, as the server also insists), revoke a
// user's console sessions.
import { ref, onMounted, computed } from 'vue'
import { send, sendFull, attempt, authority, describeError } from '../console.js'
import { t } from '../i18n.js'

export default {
  setup() {
    const query = ref('')
    const page = ref(1)
    const rows = ref([])
    const error = ref('')
    const loading = ref(false)
    const more = ref(false)
    const PAGE = 20

    async function load() {
      loading.value = true
      error.value = ''
      try {
        const { data, meta } = await sendFull('users.list', { query: query.value.trim(), page: page.value, pageSize: PAGE })
        const list = Array.isArray(data) ? data : (data?.rows ?? data?.users ?? [])
        rows.value = list
        more.value = meta?.count != null ? page.value * PAGE < meta.count : list.length >= PAGE
      } catch (e) {
        error.value = describeError(e)
      } finally {
        loading.value = false
      }
    }
    onMounted(load)
    const search = () => { page.value = 1; load() }
    const go = (by) => { page.value = Math.max(1, page.value + by); load() }

    async function setAuthority(user, value) {
      const updated = await attempt(send('users.authority', { id: user.id, authority: Number(value) }),
        t('users.authoritySet', { name: user.name || user.id, n: value }))
      if (updated) Object.assign(user, updated.authority !== undefined ? updated : { authority: Number(value) })
      else load()
    }

    async function revoke(user) {
      await attempt(send('users.revoke', { id: user.id }), t('users.revoked', { name: user.name || user.id }))
    }

    const mine = computed(() => authority.value)
    const columns = computed(() => [
      { key: 'name', label: t('users.name') },
      { key: 'accounts', label: t('users.accounts'), format: (v) => (Array.isArray(v) ? v.join(', ') : v ?? '') },
      { key: 'id', label: t('users.id') },
      { key: 'authority', label: t('users.authority') },
      { key: 'actions', label: t('users.actions') },
    ])
    return { query, page, rows, error, loading, more, search, go, setAuthority, revoke, mine, columns, t }
  },
  template: `
    <h1>{{ t('page.users') }}</h1>
    <form class="row" @submit.prevent="search">
      <label for="user-query" class="sr-only">{{ t('users.search') }}</label>
      <input id="user-query" v-model="query" type="search" class="grow" :placeholder="t('users.search')">
      <button type="submit">{{ t('users.searchButton') }}</button>
    </form>
    <p v-if="error" class="field-error" role="alert">{{ error }}</p>
    <k-table :columns="columns" :rows="rows" :row-key="(u) => u.id" :empty="loading ? t('table.loading') : t('table.empty')">
      <template #cell-authority="{ row }">
        <select v-if="row.authority < mine" :value="row.authority" :aria-label="t('users.authorityOf', { name: row.name || row.id })"
          @change="setAuthority(row, $event.target.value)">
          <option v-for="n in mine" :key="n" :value="n - 1">{{ n - 1 }}</option>
        </select>
        <span v-else :title="t('users.notBelow')">{{ row.authority }}</span>
      </template>
      <template #cell-actions="{ row }">
        <button v-if="row.authority < mine" type="button" class="small" @click="revoke(row)">{{ t('users.revoke') }}</button>
      </template>
    </k-table>
    <div class="row pager">
      <button type="button" :disabled="page === 1" @click="go(-1)">{{ t('table.previous') }}</button>
      <span>{{ t('table.page', { n: page }) }}</span>
      <button type="button" :disabled="!more" @click="go(1)">{{ t('table.next') }}</button>
    </div>`,
}
