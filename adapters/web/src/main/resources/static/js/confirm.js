// Destructive actions ask first: every form with a data-confirm attribute (ui.confirmButton, the campaign launch and
// cancel forms, removing list members, revoking an invite) shows its question in the browser's confirm() dialog and
// posts only when the person agrees. Loaded by the layout on every page; no inline handlers (the CSP forbids them).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
});
