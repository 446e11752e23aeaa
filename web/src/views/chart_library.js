// The views' third-party drawing libraries, loaded on first use (the page
// starts without them): Chart.js for the bar charts, d3-force for the
// co-occurrence layout. scripts/stage-site.sh stages both in vendor/ as plain
// ES modules with their bare imports rewritten, so no bundler or import map
// is needed.

let chart = null;
let force = null;

// Chart with only the parts a bar chart uses registered.
export function loadChart() {
  chart ??= import('./vendor/chart.js/chart.js').then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip }) => {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
    return Chart;
  });
  return chart;
}

export function loadForce() {
  force ??= import('./vendor/d3-force.js');
  return force;
}
