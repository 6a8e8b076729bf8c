// The part of JSON Schema a plugin's configuration uses: objects with properties and required, arrays with items,
// strings (length, pattern, enum), numbers and integers (bounds), booleans, "$ref" into "$defs"/"definitions", and
// nullable types (["string", "null"], or anyOf/oneOf with {type: "null"}). validate() checks a value the way the
// server will, so most mistakes are shown at the field before anything is sent; the server's own field errors use
// the same paths ("rewards.0.name").
import { t } from './i18n.js'

/** Follows $ref and unwraps a nullable anyOf/oneOf; returns {schema, nullable}. */
export function resolve(schema, root) {
  let s = schema || {}
  let nullable = false
  for (let guard = 0; guard < 32; guard++) {
    if (s.$ref && typeof s.$ref === 'string' && s.$ref.startsWith('#/')) {
      const target = s.$ref.slice(2).split('/').reduce((node, part) => node?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))], root)
      const { $ref, ...rest } = s
      s = { ...(target || {}), ...rest }
      continue
    }
    const union = s.anyOf || s.oneOf
    if (Array.isArray(union)) {
      const others = union.filter((u) => u?.type !== 'null')
      if (others.length < union.length) nullable = true
      if (others.length === 1) {
        const { anyOf, oneOf, ...rest } = s
        s = { ...others[0], ...rest }
        continue
      }
    }
    break
  }
  let type = s.type
  if (Array.isArray(type)) {
    if (type.includes('null')) nullable = true
    const others = type.filter((x) => x !== 'null')
    type = others.length === 1 ? others[0] : others
  }
  if (type === undefined) {
    if (s.properties) type = 'object'
    else if (s.items) type = 'array'
    else if (Array.isArray(s.enum) && s.enum.length) type = typeof s.enum[0] === 'number' ? 'number' : 'string'
  }
  return { schema: { ...s, type }, nullable }
}

/** The kind of control a schema gets: object, array, boolean, enum, integer, number, string or json. */
export function kind(schema) {
  if (Array.isArray(schema.enum)) return 'enum'
  switch (schema.type) {
    case 'object': return schema.properties ? 'object' : 'json'
    case 'array': return 'array'
    case 'boolean': return 'boolean'
    case 'integer': return 'integer'
    case 'number': return 'number'
    case 'string': return 'string'
    default: return 'json'
  }
}

/** A value for a new list item or a missing field. */
export function defaultValue(schema, root) {
  const { schema: s, nullable } = resolve(schema, root)
  if (s.default !== undefined) return structuredClone(s.default)
  if (nullable) return null
  switch (kind(s)) {
    case 'object': {
      const value = {}
      for (const [key, sub] of Object.entries(s.properties || {})) value[key] = defaultValue(sub, root)
      return value
    }
    case 'array': return []
    case 'boolean': return false
    case 'enum': return s.enum[0]
    case 'integer':
    case 'number': return s.minimum ?? s.exclusiveMinimum ?? 0
    case 'string': return ''
    default: return null
  }
}

/**
 * The value with every missing property that has a default filled in (recursively), so a form shows what the plugin
 * really runs with rather than empty fields.
 */
export function withDefaults(schema, value, root = schema) {
  const { schema: s } = resolve(schema, root)
  if (kind(s) !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const out = { ...value }
  for (const [key, sub] of Object.entries(s.properties || {})) {
    const { schema: child } = resolve(sub, root)
    if (out[key] === undefined) {
      if (child.default !== undefined) out[key] = structuredClone(child.default)
      else if (kind(child) === 'object') out[key] = withDefaults(child, {}, root)
    } else {
      out[key] = withDefaults(child, out[key], root)
    }
  }
  return out
}

/** Field errors of value against schema: {"path.to.field": "message"}; empty when it fits. */
export function validate(schema, value, root = schema) {
  const errors = {}
  check(schema, value, '', root, errors)
  return errors
}

function check(schema, value, path, root, errors) {
  const { schema: s, nullable } = resolve(schema, root)
  const fail = (key, params) => { errors[path] = t(key, params) }
  if (value === null || value === undefined) {
    if (!nullable && s.type && s.type !== 'null') fail('schema.required')
    return
  }
  if (Array.isArray(s.enum)) {
    if (!s.enum.some((option) => option === value)) fail('schema.enum', { options: s.enum.join(', ') })
    return
  }
  switch (s.type) {
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail('schema.type.object')
      for (const name of s.required || []) {
        if (value[name] === undefined || value[name] === null || value[name] === '') {
          const { nullable: canBeNull } = resolve(s.properties?.[name], root)
          if (!(canBeNull && value[name] === null)) errors[join(path, name)] = t('schema.required')
        }
      }
      for (const [name, sub] of Object.entries(s.properties || {})) {
        if (value[name] !== undefined && errors[join(path, name)] === undefined) check(sub, value[name], join(path, name), root, errors)
      }
      return
    }
    case 'array': {
      if (!Array.isArray(value)) return fail('schema.type.array')
      if (s.minItems !== undefined && value.length < s.minItems) return fail('schema.minItems', { n: s.minItems })
      if (s.maxItems !== undefined && value.length > s.maxItems) return fail('schema.maxItems', { n: s.maxItems })
      if (s.uniqueItems) {
        const seen = new Set(value.map((v) => JSON.stringify(v)))
        if (seen.size < value.length) return fail('schema.unique')
      }
      value.forEach((item, i) => check(s.items || {}, item, join(path, String(i)), root, errors))
      return
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail('schema.type.boolean')
      return
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || Number.isNaN(value)) return fail('schema.type.number')
      if (s.type === 'integer' && !Number.isInteger(value)) return fail('schema.type.integer')
      if (s.minimum !== undefined && value < s.minimum) return fail('schema.minimum', { n: s.minimum })
      if (s.maximum !== undefined && value > s.maximum) return fail('schema.maximum', { n: s.maximum })
      if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return fail('schema.exclusiveMinimum', { n: s.exclusiveMinimum })
      if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) return fail('schema.exclusiveMaximum', { n: s.exclusiveMaximum })
      return
    }
    case 'string': {
      if (typeof value !== 'string') return fail('schema.type.string')
      const length = [...value].length
      if (s.minLength !== undefined && length < s.minLength) return fail(s.minLength === 1 ? 'schema.required' : 'schema.minLength', { n: s.minLength })
      if (s.maxLength !== undefined && length > s.maxLength) return fail('schema.maxLength', { n: s.maxLength })
      if (s.pattern) {
        let re
        try { re = new RegExp(s.pattern, 'u') } catch (e) { re = null }
        if (re && !re.test(value)) fail('schema.pattern', { pattern: s.pattern })
      }
      return
    }
    default:
  }
}

export function join(path, name) {
  return path ? `${path}.${name}` : name
}

/** A server's field path in our form: "rewards[0].name" and "/rewards/0/name" become "rewards.0.name". */
export function normalizePath(path) {
  return String(path)
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^[$#]?[./]+/, '')
    .replace(/\//g, '.')
    .replace(/\.+/g, '.')
    .replace(/\.$/, '')
}

/** A field's label: the schema's title, else its key made readable ("max-items" → "Max items"). */
export function title(schema, key) {
  if (schema.title) return schema.title
  if (!key) return ''
  const words = String(key).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
