// First start: the owner opens the one-time link printed on the log (#/setup?secret=...) and chooses a name and a
// password. The secret is dropped from the address bar at once so it is not left in the history.
import { ref } from 'vue'
import { setup, describeError, session } from '../console.js'
import { route, replace, navigate } from '../router.js'
import { t } from '../i18n.js'

export default {
  setup() {
    const secret = route.query.secret || ''
    if (secret) replace('/setup')
    const name = ref('')
    const password = ref('')
    const repeat = ref('')
    const error = ref('')
    const busy = ref(false)

    async function submit() {
      error.value = ''
      if (!secret) { error.value = t('setup.noSecret'); return }
      if (!name.value.trim()) { error.value = t('setup.nameMissing'); return }
      if (password.value.length < 8) { error.value = t('setup.passwordShort'); return }
      if (password.value !== repeat.value) { error.value = t('setup.mismatch'); return }
      busy.value = true
      try {
        await setup(secret, name.value.trim(), password.value)
        navigate('/')
      } catch (e) {
        error.value = describeError(e)
      } finally {
        busy.value = false
      }
    }
    return { name, password, repeat, error, busy, submit, secret, session, t }
  },
  template: `
    <div class="login-wrap">
      <form class="login card stack" @submit.prevent="submit" novalidate>
        <h1>{{ t('setup.title') }}</h1>
        <p>{{ t('setup.intro') }}</p>
        <p v-if="!secret" class="field-error" role="alert">{{ t('setup.noSecret') }}</p>
        <div class="field">
          <label for="setup-name">{{ t('setup.name') }}</label>
          <input id="setup-name" v-model="name" autocomplete="username">
        </div>
        <div class="field">
          <label for="setup-password">{{ t('setup.password') }}</label>
          <input id="setup-password" v-model="password" type="password" autocomplete="new-password">
        </div>
        <div class="field">
          <label for="setup-repeat">{{ t('setup.repeat') }}</label>
          <input id="setup-repeat" v-model="repeat" type="password" autocomplete="new-password">
        </div>
        <p v-if="error" class="field-error" role="alert">{{ error }}</p>
        <button type="submit" class="primary" :disabled="busy || !secret">{{ t('setup.submit') }}</button>
      </form>
    </div>`,
}
