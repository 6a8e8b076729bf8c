// <k-form :schema="schema" :value="config" :errors="serverErrors" @submit="save">: a form generated from a JSON
// schema. Every field is checked before "submit" is emitted (the event carries the edited copy); the errors shown at
// a field are the client's own check or, after a refused submit, the server's ({"path.to.field": "message"}).
import { kind, resolve, defaultValue, validate, join, title, normalizePath, withDefaults } from '../schema.js'
import { t } from '../i18n.js'

let ids = 0

export const SchemaField = {
  name: 'KSchemaField',
  props: {
    schema: { type: Object, required: true },
    root: { type: Object, required: true },
    modelValue: { default: undefined },
    path: { type: String, default: '' },
    name: { type: String, default: '' },
    required: { type: Boolean, default: false },
    errors: { type: Object, default: () => ({}) },
  },
  emits: ['update:modelValue'],
  data: () => ({ id: `field-${++ids}`, jsonText: null, jsonError: '' }),
  computed: {
    resolved() { return resolve(this.schema, this.root) },
    s() { return this.resolved.schema },
    nullable() { return this.resolved.nullable },
    kind() { return kind(this.s) },
    label() { return title(this.s, this.name) },
    error() { return this.errors[this.path] },
    entries() { return Object.entries(this.s.properties || {}) },
    items() { return Array.isArray(this.modelValue) ? this.modelValue : [] },
    requiredNames() { return new Set(this.s.required || []) },
    describedBy() { return this.error ? `${this.id}-error` : (this.s.description ? `${this.id}-help` : undefined) },
    json() {
      if (this.jsonText !== null) return this.jsonText
      return this.modelValue === undefined ? '' : JSON.stringify(this.modelValue, null, 2)
    },
  },
  methods: {
    t,
    join,
    set(value) { this.$emit('update:modelValue', value) },
    setProperty(name, value) { this.set({ ...(this.modelValue || {}), [name]: value }) },
    setItem(i, value) { const copy = [...this.items]; copy[i] = value; this.set(copy) },
    addItem() { this.set([...this.items, defaultValue(this.s.items || {}, this.root)]) },
    removeItem(i) { const copy = [...this.items]; copy.splice(i, 1); this.set(copy) },
    moveItem(i, by) {
      const j = i + by
      if (j < 0 || j >= this.items.length) return
      const copy = [...this.items];
      [copy[i], copy[j]] = [copy[j], copy[i]]
      this.set(copy)
    },
    setNumber(text) {
      if (text === '') { this.set(this.nullable ? null : undefined); return }
      const n = Number(text)
      this.set(Number.isNaN(n) ? text : n)
    },
    setString(text) { this.set(text === '' && this.nullable ? null : text) },
    setEnum(index) { this.set(index === '' ? null : this.s.enum[Number(index)]) },
    setJson(text) {
      this.jsonText = text
      try {
        this.set(text.trim() === '' ? null : JSON.parse(text))
        this.jsonError = ''
      } catch (e) {
        this.jsonError = t('schema.json')
      }
    },
    optionLabel(option) { return option === null ? '—' : String(option) },
  },
  template: `
    <fieldset v-if="kind === 'object'" class="field-group" :data-path="path">
      <legend v-if="label">{{ label }}</legend>
      <p v-if="s.description" class="help">{{ s.description }}</p>
      <k-schema-field v-for="[key, sub] in entries" :key="key" :schema="sub" :root="root" :name="key"
        :path="join(path, key)" :required="requiredNames.has(key)" :errors="errors"
        :model-value="modelValue?.[key]" @update:model-value="setProperty(key, $event)"></k-schema-field>
      <p v-if="error" class="field-error" role="alert">{{ error }}</p>
    </fieldset>

    <fieldset v-else-if="kind === 'array'" class="field-group" :data-path="path">
      <legend>{{ label }}</legend>
      <p v-if="s.description" class="help">{{ s.description }}</p>
      <ol class="list-items">
        <li v-for="(item, i) in items" :key="i" class="list-item">
          <k-schema-field :schema="s.items || {}" :root="root" :name="label + ' ' + (i + 1)" :path="join(path, String(i))"
            :errors="errors" :model-value="item" @update:model-value="setItem(i, $event)"></k-schema-field>
          <div class="list-item-actions">
            <button type="button" class="small" :aria-label="t('schema.up')" :disabled="i === 0" @click="moveItem(i, -1)">↑</button>
            <button type="button" class="small" :aria-label="t('schema.down')" :disabled="i === items.length - 1" @click="moveItem(i, 1)">↓</button>
            <button type="button" class="small danger" @click="removeItem(i)">{{ t('schema.remove') }}</button>
          </div>
        </li>
      </ol>
      <button type="button" class="small" @click="addItem">{{ t('schema.add') }}</button>
      <p v-if="error" class="field-error" role="alert">{{ error }}</p>
    </fieldset>

    <div v-else class="field" :class="{ invalid: error }" :data-path="path">
      <template v-if="kind === 'boolean'">
        <label class="check">
          <input type="checkbox" :id="id" :checked="modelValue === true" :aria-describedby="describedBy"
            @change="set($event.target.checked)">
          {{ label }}
        </label>
      </template>
      <template v-else>
        <label :for="id">{{ label }}<span v-if="required" class="req" aria-hidden="true"> *</span></label>
        <select v-if="kind === 'enum'" :id="id" :aria-invalid="!!error" :aria-describedby="describedBy"
          @change="setEnum($event.target.value)">
          <option v-if="nullable" value="" :selected="modelValue === null || modelValue === undefined">—</option>
          <option v-for="(option, i) in s.enum" :key="i" :value="i" :selected="option === modelValue">{{ optionLabel(option) }}</option>
        </select>
        <input v-else-if="kind === 'integer' || kind === 'number'" :id="id" type="number"
          :step="kind === 'integer' ? 1 : 'any'" :min="s.minimum" :max="s.maximum"
          :value="modelValue ?? ''" :aria-invalid="!!error" :aria-describedby="describedBy"
          @input="setNumber($event.target.value)">
        <input v-else-if="kind === 'string'" :id="id" :type="s.format === 'password' || s.writeOnly ? 'password' : 'text'"
          :value="modelValue ?? ''" :maxlength="s.maxLength" :aria-invalid="!!error" :aria-describedby="describedBy"
          @input="setString($event.target.value)">
        <template v-else>
          <textarea :id="id" rows="4" class="mono" :value="json" :aria-invalid="!!(error || jsonError)"
            :aria-describedby="describedBy" @input="setJson($event.target.value)"></textarea>
          <p v-if="jsonError" class="field-error">{{ jsonError }}</p>
        </template>
      </template>
      <p v-if="s.description && !error" :id="id + '-help'" class="help">{{ s.description }}</p>
      <p v-if="error" :id="id + '-error'" class="field-error" role="alert">{{ error }}</p>
    </div>`,
}

export const SchemaForm = {
  name: 'KForm',
  props: {
    schema: { type: Object, required: true },
    value: { default: undefined },
    errors: { type: Object, default: () => ({}) },
    submitLabel: { type: String, default: '' },
    busy: { type: Boolean, default: false },
  },
  emits: ['submit'],
  data() {
    return { draft: this.copy(this.value), checked: {}, tried: false, seen: JSON.stringify(this.value) }
  },
  watch: {
    // A push that re-sends the same value (another plugin changed) must not wipe what the user is typing.
    value: {
      deep: true,
      handler(v) {
        const json = JSON.stringify(v)
        if (json === this.seen) return
        this.seen = json
        this.draft = this.copy(v)
        this.checked = {}
        this.tried = false
      },
    },
    draft: { deep: true, handler() { if (this.tried) this.checked = validate(this.schema, this.draft) } },
  },
  computed: {
    shown() {
      const server = {}
      for (const [path, message] of Object.entries(this.errors || {})) server[normalizePath(path)] = message
      return { ...server, ...this.checked }
    },
    unplaced() {
      // Server errors for paths no field shows (a typo in the plugin's schema) still reach the user.
      const known = new Set()
      const walk = (schema, path) => {
        known.add(path)
        const { schema: s } = resolve(schema, this.schema)
        for (const [key, sub] of Object.entries(s.properties || {})) walk(sub, join(path, key))
        if (s.items && Array.isArray(this.valueAt(path))) this.valueAt(path).forEach((_, i) => walk(s.items, join(path, String(i))))
      }
      walk(this.schema, '')
      return Object.entries(this.shown).filter(([path]) => !known.has(path) || path === '')
    },
  },
  methods: {
    t,
    copy(v) {
      if (v === undefined || v === null) return defaultValue(this.schema, this.schema)
      return withDefaults(this.schema, JSON.parse(JSON.stringify(v)))
    },
    valueAt(path) {
      return path === '' ? this.draft : path.split('.').reduce((node, key) => node?.[key], this.draft)
    },
    submit() {
      this.tried = true
      this.checked = validate(this.schema, this.draft)
      if (Object.keys(this.checked).length) {
        this.$nextTick(() => this.$el.querySelector('[aria-invalid="true"], .field-error')?.closest('.field, .field-group')?.querySelector('input, select, textarea')?.focus())
        return
      }
      this.$emit('submit', JSON.parse(JSON.stringify(this.draft)))
    },
  },
  template: `
    <form class="schema-form" novalidate @submit.prevent="submit">
      <k-schema-field :schema="schema" :root="schema" :errors="shown" v-model="draft"></k-schema-field>
      <ul v-if="unplaced.length" class="form-errors" role="alert">
        <li v-for="[path, message] in unplaced" :key="path"><code v-if="path">{{ path }}</code> {{ message }}</li>
      </ul>
      <div class="form-actions">
        <button type="submit" class="primary" :disabled="busy">{{ submitLabel || t('form.save') }}</button>
      </div>
    </form>`,
}
