// Dashboard: draws the 30-day messages chart with Chart.js (loaded before this file) from the canvas's data-series
// attribute, JSON {days, labels, sent, received, replies} written by the server (the CSP forbids inline scripts).
// Every day of the period is in the series, days without messages as zero. The table under the chart has the same
// figures for screen readers and for browsers without scripts.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('chart-messages-30d');
  if (!canvas || typeof window.Chart === 'undefined') {
    return;
  }
  let series;
  try {
    series = JSON.parse(canvas.dataset.series);
  } catch (e) {
    return;
  }
  const styles = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => styles.getPropertyValue(name).trim() || fallback;
  const dataset = (label, data, colourName, fallback) => ({
    label,
    data,
    borderColor: colour(colourName, fallback),
    backgroundColor: colour(colourName, fallback),
    tension: 0.2,
    pointRadius: 2
  });
  canvas.chart = new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: series.labels,
      datasets: [
        dataset('Sent', series.sent, '--bs-primary', '#0d6efd'),
        dataset('Received', series.received, '--bs-success', '#198754'),
        dataset('Replies', series.replies, '--bs-warning', '#ffc107')
      ]
    },
    options: {
      responsive: true,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? series.days[items[0].dataIndex] : ''),
            footer: () => 'Replies: received texts attributed to a campaign'
          }
        }
      }
    }
  });
});
