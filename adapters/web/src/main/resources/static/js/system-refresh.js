// Settings → System: when "Auto-refresh" is ticked (remembered in this browser), reloads the page every 15 seconds
// while it is visible, so the figures stay live without pressing Refresh.
document.addEventListener('DOMContentLoaded', () => {
  const INTERVAL_MS = 15000;
  const KEY = 'crm.system.autoRefresh';
  const toggle = document.getElementById('system-auto-refresh');
  if (!toggle) {
    return;
  }
  let timer = null;

  const stored = () => {
    try {
      return window.localStorage.getItem(KEY) === 'on';
    } catch (e) {
      return false;
    }
  };

  const remember = (on) => {
    try {
      window.localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch (e) {
      // storage refused: the choice lasts for this page only
    }
  };

  const tick = () => {
    timer = null;
    if (!toggle.checked) {
      return;
    }
    if (document.hidden) {
      timer = window.setTimeout(tick, INTERVAL_MS);
      return;
    }
    window.location.reload();
  };

  const apply = () => {
    if (timer !== null) {
      window.clearTimeout(timer);
      timer = null;
    }
    if (toggle.checked) {
      timer = window.setTimeout(tick, INTERVAL_MS);
    }
  };

  toggle.checked = stored();
  toggle.addEventListener('change', () => {
    remember(toggle.checked);
    apply();
  });
  apply();
});
