export { type BarChart, type BarSeries, barChart } from './bars.js';
export { type CityPoint, cityMap } from './city-map.js';
export { type FunnelStep, funnelChart } from './funnel.js';
export { type ChartText, TONES, type Tone } from './svg.js';
