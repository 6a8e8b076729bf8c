// <k-chart :series="[{label: 'Messages', values: [...]}]" :x="[...unix seconds]">: a line chart drawn by uPlot.
// A series with scale: 'right' gets its own axis on the right (CPU % beside heap MB).
// It redraws in place when the data changes (pushed data, no polling) and follows its box's width.
import uPlot from 'uplot'

export default {
  name: 'KChart',
  props: {
    x: { type: Array, required: true },
    series: { type: Array, required: true },
    height: { type: Number, default: 180 },
    label: { type: String, default: '' },
  },
  mounted() {
    this.resize = new ResizeObserver(() => this.fit())
    this.resize.observe(this.$el)
    this.draw()
  },
  beforeUnmount() {
    this.resize?.disconnect()
    this.plot?.destroy()
  },
  watch: {
    x: { deep: true, handler() { this.update() } },
    series: { deep: true, handler() { this.update() } },
  },
  methods: {
    data() {
      return [this.x.slice(), ...this.series.map((s) => s.values.slice())]
    },
    draw() {
      this.plot?.destroy()
      const colors = ['#d14d85', '#3b82c4', '#3f9d5a', '#c58a1b']
      const options = {
        width: Math.max(this.$el.clientWidth, 200),
        height: this.height,
        legend: { show: this.series.length > 1 },
        scales: { x: { time: true } },
        series: [{}, ...this.series.map((s, i) => ({ label: s.label, scale: s.scale === 'right' ? 'right' : 'y', stroke: colors[i % colors.length], width: 2, points: { show: this.x.length < 3 } }))],
        axes: [{}, { scale: 'y', size: 50 }, ...(this.series.some((s) => s.scale === 'right') ? [{ scale: 'right', side: 1, size: 50, grid: { show: false } }] : [])],
      }
      this.plot = new uPlot(options, this.data(), this.$refs.box)
      this.shape = this.series.length
    },
    update() {
      if (!this.plot) return
      if (this.shape !== this.series.length) this.draw()
      else this.plot.setData(this.data())
    },
    fit() {
      if (this.plot) this.plot.setSize({ width: Math.max(this.$el.clientWidth, 200), height: this.height })
    },
  },
  template: `<figure class="chart" :aria-label="label"><div ref="box"></div></figure>`,
}
