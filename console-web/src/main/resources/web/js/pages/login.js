// Logging in: by name and password, or with a code the user sends to the bot from their chat account (the server
// then pushes the "login" event to this connection and the shell takes it from there).
import { ref, onBeforeUnmount, computed } from 'vue'
import { session, loginWithPassword, send, describeError } from '../console.js'
import { t } from '../i18n.js'

export default {
  setup() {
    const mode = ref('password')
    const name = ref('')
    const password = ref('')
    const error = ref('')
    const busy = ref(false)
    const code = ref(null)
    const now = ref(Date.now())
    const tick = setInterval(() => { now.value = Date.now() }, 1000)
    onBeforeUnmount(() => clearInterval(tick))

    async function submit() {
      error.value = ''
      if (!name.value.trim() || !password.value) {
        error.value = t('login.missing')
        return
      }
      busy.value = true
      try {
        await loginWithPassword(name.value.trim(), password.value)
      } catch (e) {
        // The server says not_authenticated for a wrong name or password; say it in the user's language.
        error.value = e.code === 'not_authenticated' ? t('login.wrong') : describeError(e)
        password.value = ''
      } finally {
        busy.value = false
      }
    }

    async function startCode() {
      error.value = ''
      busy.value = true
      try {
        code.value = await send('login.code.start')
      } catch (e) {
        error.value = describeError(e)
      } finally {
        busy.value = false
      }
    }

    const expiresIn = computed(() => {
      if (!code.value?.expiresAt) return null
      const end = typeof code.value.expiresAt === 'number' ? code.value.expiresAt : Date.parse(code.value.expiresAt)
      return Math.max(0, Math.round((end - now.value) / 1000))
    })

    function choose(m) {
      mode.value = m
      error.value = ''
      if (m === 'code' && !code.value) startCode()
    }

    return { mode, name, password, error, busy, code, expiresIn, submit, startCode, choose, session, t }
  },
  template: `
    <div class="login-wrap">
      <div class="login card">
        <h1>{{ t('login.title') }}</h1>
        <p v-if="session.notice" class="muted">{{ t(session.notice) }}</p>
        <div class="tabs" role="tablist">
          <button type="button" role="tab" :aria-selected="mode === 'password'" @click="choose('password')">{{ t('login.withPassword') }}</button>
          <button type="button" role="tab" :aria-selected="mode === 'code'" @click="choose('code')">{{ t('login.withCode') }}</button>
        </div>
        <form v-if="mode === 'password'" class="stack" @submit.prevent="submit" novalidate>
          <div class="field">
            <label for="login-name">{{ t('login.name') }}</label>
            <input id="login-name" v-model="name" autocomplete="username" autofocus>
          </div>
          <div class="field">
            <label for="login-password">{{ t('login.password') }}</label>
            <input id="login-password" v-model="password" type="password" autocomplete="current-password">
          </div>
          <p v-if="error" class="field-error" role="alert">{{ error }}</p>
          <button type="submit" class="primary" :disabled="busy">{{ t('login.submit') }}</button>
        </form>
        <div v-else class="stack">
          <template v-if="code && expiresIn > 0">
            <p>{{ t('login.codeInstructions') }}</p>
            <p class="code" data-test="login-code">{{ code.code }}</p>
            <p class="muted">{{ t('login.codeExpires', { seconds: expiresIn }) }}</p>
            <p class="muted" aria-live="polite">{{ t('login.codeWaiting') }}</p>
          </template>
          <p v-else-if="code" class="muted">{{ t('login.codeExpired') }}</p>
          <p v-if="error" class="field-error" role="alert">{{ error }}</p>
          <button type="button" :disabled="busy" @click="startCode">{{ t('login.newCode') }}</button>
        </div>
      </div>
    </div>`,
}
