// <k-table :columns="[{key: 'name', label: 'Name'}]" :rows="rows" row-key="id">: a plain table; a column's cells
// can be replaced with the slot "cell-<key>" ({row, value}). Sorting by a column header when sortable is set.
import { t } from '../i18n.js'

export default {
  name: 'KTable',
  props: {
    columns: { type: Array, required: true },
    rows: { type: Array, default: () => [] },
    rowKey: { type: [String, Function], default: null },
    sortable: { type: Boolean, default: false },
    empty: { type: String, default: '' },
  },
  data: () => ({ sortKey: null, descending: false }),
  computed: {
    sorted() {
      if (!this.sortKey) return this.rows
      const key = this.sortKey, sign = this.descending ? -1 : 1
      return [...this.rows].sort((a, b) => {
        const x = a?.[key], y = b?.[key]
        if (x === y) return 0
        if (x === undefined || x === null) return 1
        if (y === undefined || y === null) return -1
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign
      })
    },
  },
  methods: {
    t,
    keyOf(row, i) {
      if (typeof this.rowKey === 'function') return this.rowKey(row)
      if (this.rowKey) return row?.[this.rowKey]
      return i
    },
    sortBy(key) {
      if (!this.sortable) return
      if (this.sortKey === key) this.descending = !this.descending
      else { this.sortKey = key; this.descending = false }
    },
    cell(row, column) {
      const value = row?.[column.key]
      if (column.format) return column.format(value, row)
      if (value === null || value === undefined) return ''
      if (typeof value === 'object') return JSON.stringify(value)
      return String(value)
    },
    ariaSort(column) {
      if (this.sortKey !== column.key) return undefined
      return this.descending ? 'descending' : 'ascending'
    },
  },
  template: `
    <div class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            <th v-for="c in columns" :key="c.key" scope="col" :aria-sort="ariaSort(c)">
              <button v-if="sortable" type="button" class="link" @click="sortBy(c.key)">
                {{ c.label }}<span v-if="sortKey === c.key" aria-hidden="true">{{ descending ? ' ▾' : ' ▴' }}</span>
              </button>
              <template v-else>{{ c.label }}</template>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr v-for="(row, i) in sorted" :key="keyOf(row, i)">
            <td v-for="c in columns" :key="c.key" :data-label="c.label">
              <slot :name="'cell-' + c.key" :row="row" :value="row?.[c.key]">{{ cell(row, c) }}</slot>
            </td>
          </tr>
          <tr v-if="!sorted.length"><td :colspan="columns.length" class="muted">{{ empty || t('table.empty') }}</td></tr>
        </tbody>
      </table>
    </div>`,
}
