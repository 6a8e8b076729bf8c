// The guestbook's console page: the entries as they are signed (data service "guestbook", pushed by the bot on
// every signature), and a button that clears them (listener "guestbook.clear", authority 4).
import { computed, ref } from 'vue'

export default (ctx) => {
  ctx.i18n.define('en-US', {
    'guestbook.title': 'Guestbook',
    'guestbook.empty': 'Nobody has signed yet. Send "sign <message>" to the bot.',
    'guestbook.clear': 'Clear the guestbook',
    'guestbook.author': 'Who',
    'guestbook.message': 'Message',
    'guestbook.at': 'When',
  })
  ctx.i18n.define('zh-CN', {
    'guestbook.title': '留言簿',
    'guestbook.empty': '还没有人签名。向机器人发送 "sign <留言>"。',
    'guestbook.clear': '清空留言簿',
    'guestbook.author': '签名人',
    'guestbook.message': '留言',
    'guestbook.at': '时间',
  })

  ctx.addPage({
    name: { 'en-US': 'Guestbook', 'zh-CN': '留言簿' },
    path: '/guestbook',
    fields: ['guestbook'],
    authority: 1,
    component: {
      setup() {
        const error = ref('')
        const rows = computed(() => [...ctx.store.guestbook].reverse())
        const columns = computed(() => [
          { key: 'author', label: ctx.t('guestbook.author') },
          { key: 'message', label: ctx.t('guestbook.message') },
          { key: 'at', label: ctx.t('guestbook.at'), format: (v) => new Date(v).toLocaleString(ctx.locale()) },
        ])
        async function clear() {
          error.value = ''
          try {
            await ctx.send('guestbook.clear', { confirm: true })
          } catch (e) {
            error.value = e.message
          }
        }
        return { rows, columns, clear, error, t: ctx.t, canClear: computed(() => (ctx.store.user?.authority ?? 0) >= 4) }
      },
      template: `
        <h1>{{ t('guestbook.title') }}</h1>
        <k-card :title="t('guestbook.title')">
          <template #actions>
            <button v-if="canClear" type="button" class="danger" @click="clear">{{ t('guestbook.clear') }}</button>
          </template>
          <p v-if="error" class="field-error" role="alert">{{ error }}</p>
          <k-table :columns="columns" :rows="rows" :empty="t('guestbook.empty')" data-test="guestbook"></k-table>
        </k-card>`,
    },
  })
}
