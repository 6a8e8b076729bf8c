// The shared components, registered on the app (so plugin templates can write <k-card>) and handed to plugins in
// their context (ctx.components.Card) for render functions.
import Card from './card.js'
import Table from './table.js'
import Chart from './chart.js'
import { SchemaForm as Form, SchemaField } from './schema-form.js'

export const components = { Card, Table, Form, Chart }

export function install(app) {
  app.component('k-card', Card)
  app.component('k-table', Table)
  app.component('k-form', Form)
  app.component('k-schema-field', SchemaField)
  app.component('k-chart', Chart)
}
