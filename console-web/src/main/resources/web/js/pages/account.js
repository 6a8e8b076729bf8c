// Account: change the password, see and revoke your own sessions, bind a chat account with a code.
import { ref, onMounted, computed, onBeforeUnmount } from 'vue'
import { send, attempt, describeError, session, notify, on, changePassword as change } from '../console.js'
import { t, time } from '../i18n.js'

export default {
  setup() {
    const old = ref('')
    const fresh = ref('')
    const repeat = ref('')
    const passwordError = ref('')
    const tokens = ref([])
    const tokensError = ref('')
    const bind = ref(null)
    const bindError = ref('')
    const now = ref(Date.now())
    const tick = setInterval(() => { now.value = Date.now() }, 1000)
    // the bot says when the code arrived from chat: that account is bound to this user now
    const off = on('bound', (account) => {
      bind.value = null
      notify(t('account.bound', { account: `${account.platform}:${account.id}` }))
    })
    onBeforeUnmount(() => { clearInterval(tick); off() })

    async function loadTokens() {
      tokensError.value = ''
      try {
        tokens.value = await send('tokens.list')
      } catch (e) {
        tokensError.value = describeError(e)
      }
    }
    onMounted(loadTokens)

    async function changePassword() {
      passwordError.value = ''
      if (fresh.value.length < 8) { passwordError.value = t('setup.passwordShort'); return }
      if (fresh.value !== repeat.value) { passwordError.value = t('setup.mismatch'); return }
      try {
        await change(old.value, fresh.value)
        loadTokens()
        notify(t('account.passwordChanged'))
        old.value = fresh.value = repeat.value = ''
      } catch (e) {
        passwordError.value = describeError(e)
      }
    }

    async function revoke(token) {
      if (await attempt(send('tokens.revoke', { id: token.id }), t('account.revoked')) !== undefined) loadTokens()
    }

    async function startBind() {
      bindError.value = ''
      try {
        bind.value = await send('bind.code.start')
      } catch (e) {
        bindError.value = describeError(e)
      }
    }
    const bindLeft = computed(() => {
      if (!bind.value?.expiresAt) return 0
      const end = typeof bind.value.expiresAt === 'number' ? bind.value.expiresAt : Date.parse(bind.value.expiresAt)
      return Math.max(0, Math.round((end - now.value) / 1000))
    })
    const columns = computed(() => [
      { key: 'createdAt', label: t('account.created'), format: time },
      { key: 'lastUsedAt', label: t('account.lastUsed'), format: time },
      { key: 'expiresAt', label: t('account.expires'), format: time },
      { key: 'actions', label: '' },
    ])
    return { old, fresh, repeat, passwordError, tokens, tokensError, bind, bindError, bindLeft, columns, changePassword, revoke, startBind, session, t }
  },
  template: `
    <h1>{{ t('page.account') }}</h1>
    <p>{{ t('account.signedInAs', { name: session.user?.name, n: session.user?.authority }) }}</p>
    <div class="grid-2">
      <k-card :title="t('account.password')">
        <form class="stack" @submit.prevent="changePassword" novalidate>
          <div class="field"><label for="pw-old">{{ t('account.oldPassword') }}</label><input id="pw-old" v-model="old" type="password" autocomplete="current-password"></div>
          <div class="field"><label for="pw-new">{{ t('account.newPassword') }}</label><input id="pw-new" v-model="fresh" type="password" autocomplete="new-password"></div>
          <div class="field"><label for="pw-repeat">{{ t('setup.repeat') }}</label><input id="pw-repeat" v-model="repeat" type="password" autocomplete="new-password"></div>
          <p v-if="passwordError" class="field-error" role="alert">{{ passwordError }}</p>
          <button type="submit" class="primary">{{ t('account.changePassword') }}</button>
        </form>
      </k-card>
      <k-card :title="t('account.bind')">
        <p>{{ t('account.bindIntro') }}</p>
        <template v-if="bind && bindLeft > 0">
          <p class="code" data-test="bind-code">{{ bind.code }}</p>
          <p class="muted">{{ t('login.codeExpires', { seconds: bindLeft }) }}</p>
        </template>
        <p v-if="bindError" class="field-error" role="alert">{{ bindError }}</p>
        <button type="button" @click="startBind">{{ t('account.bindButton') }}</button>
      </k-card>
    </div>
    <k-card :title="t('account.sessions')">
      <p v-if="tokensError" class="field-error" role="alert">{{ tokensError }}</p>
      <k-table :columns="columns" :rows="tokens" row-key="id">
        <template #cell-actions="{ row }">
          <span v-if="row.current" class="badge">{{ t('account.thisSession') }}</span>
          <button v-else type="button" class="small" @click="revoke(row)">{{ t('account.revoke') }}</button>
        </template>
      </k-table>
    </k-card>`,
}
