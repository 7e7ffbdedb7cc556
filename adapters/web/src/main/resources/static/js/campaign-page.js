// Campaign pages. Forms with data-confirm (launch, schedule, cancel) ask before they post: confirm.js, which the layout
// loads, asks. While a campaign runs,
// its page fetches GET /campaigns/{id}/progress (JSON) every 5 seconds and updates the progress bar and the counts
// (elements #count-<name>); when the status changes (paused, completed, cancelled) it reloads to show the new buttons.
document.addEventListener('DOMContentLoaded', () => {
  const live = document.getElementById('campaign-live');
  if (!live || live.dataset.status !== 'running') {
    return;
  }
  const INTERVAL_MS = 5000;
  const format = (n) => Number(n).toLocaleString('en-US');

  const refresh = async () => {
    if (document.hidden) {
      window.setTimeout(refresh, INTERVAL_MS);
      return;
    }
    try {
      const response = await fetch(live.dataset.progressUrl, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store'
      });
      if (response.ok) {
        const data = await response.json();
        Object.entries(data.counts).forEach(([name, value]) => {
          const cell = document.getElementById('count-' + name);
          if (cell) {
            cell.textContent = format(value);
          }
        });
        const bar = document.getElementById('campaign-progress');
        if (bar) {
          bar.value = data.percent;
          bar.textContent = data.percent + '%';
        }
        const percent = document.getElementById('campaign-percent');
        if (percent) {
          percent.textContent = data.percent + '%';
        }
        const rate = document.getElementById('response-rate');
        if (rate) {
          rate.textContent = data.responseRate;
        }
        if (data.status !== live.dataset.status) {
          window.location.reload();
          return;
        }
      }
    } catch (error) {
      // Offline or the server restarting: try again on the next tick.
    }
    window.setTimeout(refresh, INTERVAL_MS);
  };
  window.setTimeout(refresh, INTERVAL_MS);
});
