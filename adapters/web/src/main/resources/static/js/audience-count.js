// The saved-filter form's live count: after each edit (debounced), asks GET /filters/count with the form's
// criteria and shows "N contacts match", or the reason the criteria cannot be counted.
(function () {
  'use strict';
  var form = document.getElementById('audience-filter');
  var target = document.getElementById('audience-count');
  if (!form || !target) {
    return;
  }
  var timer = null;
  var latest = 0;

  function criteria() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && name !== 'name' && String(value).trim() !== '') {
        params.append(name, value);
      }
    });
    return params;
  }

  function show(text, count) {
    target.textContent = '';
    if (count !== undefined) {
      var strong = document.createElement('strong');
      strong.textContent = count.toLocaleString('en-US');
      target.appendChild(strong);
      target.appendChild(document.createTextNode(count === 1 ? ' contact matches' : ' contacts match'));
    } else {
      target.textContent = text;
    }
  }

  function refresh() {
    var request = ++latest;
    fetch(form.dataset.countUrl + '?' + criteria().toString(), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        return response.json().then(function (body) {
          return {ok: response.ok, body: body};
        });
      })
      .then(function (answer) {
        if (request !== latest) {
          return;
        }
        if (answer.ok) {
          show(null, answer.body.count);
        } else {
          show(answer.body.error || answer.body.message || 'These criteria cannot be counted.');
        }
      })
      .catch(function () {
        if (request === latest) {
          show('The count is not available right now; the filter can still be saved.');
        }
      });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 300);
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
})();
