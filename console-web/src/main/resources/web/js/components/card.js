// <k-card title="Bots"> … </k-card>: a titled box; the "actions" slot goes at the right of the title.
export default {
  name: 'KCard',
  props: { title: { type: String, default: '' } },
  template: `
    <section class="card">
      <header v-if="title || $slots.actions" class="card-head">
        <h2 v-if="title">{{ title }}</h2>
        <div class="card-actions"><slot name="actions"></slot></div>
      </header>
      <div class="card-body"><slot></slot></div>
    </section>`,
}
