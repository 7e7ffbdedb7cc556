// Data imports page: sends the chosen file as the raw request body (streamed into the database by the server),
// shows the upload's progress, then opens the import's page, where the import's own progress is shown.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  const fileInput = document.getElementById('upload-file');
  const submit = document.getElementById('upload-submit');
  const progress = document.getElementById('upload-progress');
  const bar = document.getElementById('upload-progress-bar');
  const error = document.getElementById('upload-error');

  const showError = (message) => {
    error.textContent = message;
    error.classList.remove('d-none');
    progress.classList.add('d-none');
    submit.disabled = false;
    fileInput.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.classList.add('d-none');
    const file = fileInput.files[0];
    if (!file) {
      showError('Choose a CSV file to import.');
      return;
    }
    const maxBytes = Number(form.dataset.maxBytes);
    if (maxBytes && file.size > maxBytes) {
      showError('The file is larger than ' + Math.round(maxBytes / 1048576) + ' MB: import it with crm import on the server.');
      return;
    }
    const params = new URLSearchParams({ name: file.name, format: form.elements.format.value });
    const request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('action') + '?' + params.toString());
    request.setRequestHeader('Content-Type', 'text/csv');
    request.setRequestHeader('X-CSRF-Token', form.elements._csrf.value);
    request.upload.addEventListener('progress', (progressEvent) => {
      if (progressEvent.lengthComputable) {
        const percent = Math.round(progressEvent.loaded * 100 / progressEvent.total);
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
        progress.setAttribute('aria-valuenow', String(percent));
      }
    });
    request.addEventListener('load', () => {
      if (request.status === 201 && request.getResponseHeader('Location')) {
        window.location.assign(request.getResponseHeader('Location'));
      } else if (request.status === 413) {
        showError('The file is too large for an upload: import it with crm import on the server.');
      } else if (request.status === 403) {
        showError('Your session expired or the page is out of date: reload the page and try again.');
      } else {
        showError(request.responseText || ('The upload failed (HTTP ' + request.status + ').'));
      }
    });
    request.addEventListener('error', () => showError('The upload did not reach the server: check the connection and try again.'));
    submit.disabled = true;
    progress.classList.remove('d-none');
    request.send(file);
  });
});
