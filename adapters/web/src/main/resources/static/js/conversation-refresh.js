// Conversation thread: while any message on the page is still queued or sent (the timeline's data-pending="true"),
// re-fetches the timeline from /conversations/{contactId}/timeline every 3 seconds and swaps it in, so statuses move
// queued → sent → delivered without a reload. Open transcripts stay open; nothing is swapped while audio plays.
document.addEventListener('DOMContentLoaded', () => {
  const INTERVAL_MS = 3000;
  let timer = null;

  const current = () => document.getElementById('timeline');

  const schedule = () => {
    const timeline = current();
    if (timer === null && timeline && timeline.dataset.pending === 'true') {
      timer = window.setTimeout(refresh, INTERVAL_MS);
    }
  };

  const refresh = async () => {
    timer = null;
    const timeline = current();
    if (!timeline) {
      return;
    }
    const playing = Array.from(timeline.querySelectorAll('audio')).some((audio) => !audio.paused);
    if (playing || document.hidden) {
      schedule();
      return;
    }
    try {
      const response = await fetch('/conversations/' + encodeURIComponent(timeline.dataset.contactId) + '/timeline', {
        headers: { Accept: 'text/html' },
        credentials: 'same-origin',
        cache: 'no-store'
      });
      if (!response.ok) {
        schedule();
        return;
      }
      const html = await response.text();
      const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('timeline');
      if (fresh) {
        const open = new Set(Array.from(timeline.querySelectorAll('.crm-call[data-call-id] details[open]'))
          .map((details) => details.closest('.crm-call').dataset.callId));
        fresh.querySelectorAll('.crm-call[data-call-id]').forEach((card) => {
          if (open.has(card.dataset.callId)) {
            card.querySelectorAll('details').forEach((details) => details.setAttribute('open', ''));
          }
        });
        timeline.replaceWith(document.importNode(fresh, true));
      }
    } catch (error) {
      // Offline or the server restarting: try again on the next tick.
    }
    schedule();
  };

  document.addEventListener('visibilitychange', schedule);
  schedule();
});
