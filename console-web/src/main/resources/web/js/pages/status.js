// Status: the bots and their state, the process (uptime, CPU, memory) and messages per minute as live charts, and the
// messages refused at the dispatcher's intake bounds (a quiet 0 while there are none; a warning naming the setting to
// raise once there are). All of it comes from pushed data ("bots", and "status" for authority 3 and up): nothing here
// polls.
import { computed, reactive, watch, onBeforeUnmount } from 'vue'
import { store } from '../console.js'
import { t, number, duration, bytes, time } from '../i18n.js'

const HISTORY = 120

function count(v) {
  if (typeof v === 'number') return v
  return v?.total ?? 0
}

function perMinute(bot) {
  return bot.perMinute ?? bot.received?.perMinute ?? []
}

// The two intake bounds, each with the setting that raises it (the name is shown as code, the text around it is translated).
const BOUNDS = [
  { key: 'perUser', text: 'status.refusedPerUser', setting: 'dispatcher.max-pending-per-user' },
  { key: 'overall', text: 'status.refusedOverall', setting: 'dispatcher.max-pending' },
]

function percent(v) {
  return v === null || v === undefined ? '—' : `${number(v * 100, { maximumFractionDigits: 1 })} %`
}

export default {
  setup() {
    const bots = computed(() => store.bots || [])
    const status = computed(() => store.status || null)
    const received = computed(() => bots.value.reduce((sum, b) => sum + count(b.received), 0))
    const sent = computed(() => bots.value.reduce((sum, b) => sum + count(b.sent), 0))

    // Messages per minute over the last hour, one count per minute, oldest first: the bots' own counts added up.
    const minutes = computed(() => {
      const series = bots.value.map(perMinute).filter((s) => s.length)
      if (!series.length) return []
      const length = Math.max(...series.map((s) => s.length))
      const sum = new Array(length).fill(0)
      for (const s of series) s.forEach((n, i) => { sum[length - s.length + i] += Number(n) })
      return sum
    })
    const thisMinute = computed(() => (minutes.value.length ? minutes.value[minutes.value.length - 1] : 0))
    const minuteChart = computed(() => {
      const now = Math.floor(Date.now() / 60000) * 60
      const n = minutes.value.length
      return { x: minutes.value.map((_, i) => now - (n - 1 - i) * 60), series: [{ label: t('status.messagesPerMinute'), values: minutes.value }] }
    })

    // CPU and heap as they are pushed, kept while the page is open.
    const history = reactive({ x: [], cpu: [], heap: [] })
    const stop = watch(status, (s) => {
      if (!s) return
      history.x.push(Date.now() / 1000)
      history.cpu.push(s.processCpu == null ? null : s.processCpu * 100)
      history.heap.push(s.heapUsed == null ? null : s.heapUsed / 1048576)
      if (history.x.length > HISTORY) { history.x.shift(); history.cpu.shift(); history.heap.shift() }
    }, { immediate: true, deep: true })
    onBeforeUnmount(stop)
    const processChart = computed(() => ({
      x: history.x,
      series: [{ label: t('status.cpuPercent'), values: history.cpu }, { label: t('status.heapMb'), values: history.heap, scale: 'right' }],
    }))

    const refused = computed(() => status.value?.refused ?? { total: 0, perUser: 0, overall: 0, lastHour: 0 })
    const refusedBy = computed(() => BOUNDS.filter((b) => refused.value[b.key] > 0).map((b) => {
      const [before, after = ''] = t(b.text, { n: number(refused.value[b.key]) }).split('{setting}')
      return { ...b, before, after }
    }))

    const columns = computed(() => [
      { key: 'platform', label: t('status.platform') },
      { key: 'name', label: t('status.bot'), format: (v, row) => v || row.selfId },
      { key: 'status', label: t('status.state') },
      { key: 'received', label: t('status.received'), format: (v) => number(count(v)) },
      { key: 'sent', label: t('status.sent'), format: (v) => number(count(v)) },
    ])
    return { bots, status, received, sent, thisMinute, minuteChart, processChart, refused, refusedBy, columns, t, number, duration, bytes, percent, time }
  },
  template: `
    <h1>{{ t('page.status') }}</h1>
    <div v-if="refused.total > 0" class="warning-panel" role="alert" data-test="refused-warning">
      <p>{{ t('status.refusedWarning', { total: number(refused.total), lastHour: number(refused.lastHour) }) }}</p>
      <ul>
        <li v-for="b in refusedBy" :key="b.key" :data-test="'refused-' + b.key">{{ b.before }}<code>{{ b.setting }}</code>{{ b.after }}</li>
      </ul>
    </div>
    <div class="stats">
      <div class="stat"><span class="stat-label">{{ t('status.messagesReceived') }}</span><span class="stat-value" data-test="messages-received">{{ number(received) }}</span></div>
      <div class="stat"><span class="stat-label">{{ t('status.messagesSent') }}</span><span class="stat-value" data-test="messages-sent">{{ number(sent) }}</span></div>
      <div class="stat"><span class="stat-label">{{ t('status.thisMinute') }}</span><span class="stat-value" data-test="messages-minute">{{ number(thisMinute) }}</span></div>
      <template v-if="status">
        <div class="stat"><span class="stat-label">{{ t('status.uptime') }}</span><span class="stat-value" data-test="uptime">{{ duration(status.uptimeMs ?? 0) }}</span></div>
        <div class="stat"><span class="stat-label">{{ t('status.processCpu') }}</span><span class="stat-value">{{ percent(status.processCpu) }}</span></div>
        <div class="stat"><span class="stat-label">{{ t('status.systemCpu') }}</span><span class="stat-value">{{ percent(status.systemCpu) }}</span></div>
        <div class="stat"><span class="stat-label">{{ t('status.heap') }}</span><span class="stat-value">{{ bytes(status.heapUsed) }} / {{ bytes(status.heapMax) }}</span></div>
        <div class="stat"><span class="stat-label">{{ t('status.rss') }}</span><span class="stat-value">{{ bytes(status.rss) }}</span></div>
        <div class="stat"><span class="stat-label">{{ t('status.sessions') }}</span><span class="stat-value">{{ number(status.sessions ?? status.sessionsInFlight ?? 0) }}</span></div>
        <div class="stat"><span class="stat-label">{{ t('status.statements') }}</span><span class="stat-value">{{ number(status.statementsPerSecond ?? 0, { maximumFractionDigits: 1 }) }}</span></div>
        <div class="stat" :data-warn="refused.total > 0 || null"><span class="stat-label">{{ t('status.refused') }}</span><span class="stat-value" data-test="messages-refused">{{ number(refused.total) }}</span></div>
      </template>
    </div>
    <k-card :title="t('status.bots')">
      <k-table :columns="columns" :rows="bots" :row-key="(b) => b.platform + ':' + b.selfId" :empty="t('status.noBots')">
        <template #cell-status="{ row, value }">
          <span class="badge" :data-state="String(value).toLowerCase()">{{ t('botStatus.' + String(value).toLowerCase()) }}</span>
          <span v-if="row.error" class="field-error"> {{ row.error }}</span>
        </template>
      </k-table>
    </k-card>
    <div class="charts">
      <k-card :title="t('status.messagesPerMinute')">
        <k-chart v-if="minuteChart.x.length" :x="minuteChart.x" :series="minuteChart.series" :label="t('status.messagesPerMinute')"></k-chart>
        <p v-else class="muted">{{ t('status.noMessages') }}</p>
      </k-card>
      <k-card v-if="status" :title="t('status.process')">
        <k-chart :x="processChart.x" :series="processChart.series" :label="t('status.process')"></k-chart>
      </k-card>
    </div>`,
}
