// Shows how far a file being written has come. A button of class "tracked-download" sends a token
// of the page's making with its form; the server counts the rows it writes on that token
// (DownloadProgress) and this polls the count until the file is finished.
(function () {
  'use strict';
  var POLL_MS = 400;
  var GIVE_UP_MS = 15000; // a download that never started (a confirmation answered no)

  function newToken() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    return Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (all, i) {
      return values[i];
    });
  }

  function show(box, text, percent) {
    box.hidden = false;
    box.querySelector('.download-progress-text').textContent = text;
    box.querySelector('.download-progress-bar > div').style.width = percent + '%';
  }

  function follow(box, token) {
    var started = Date.now();
    var seen = false;
    var timer = setInterval(function () {
      fetch(box.dataset.url + '?token=' + encodeURIComponent(token), {credentials: 'same-origin'})
        .then(function (response) {
          if (!response.ok) {
            if (!seen && Date.now() - started > GIVE_UP_MS) {
              clearInterval(timer);
            }
            return null;
          }
          return response.json();
        })
        .then(function (status) {
          if (!status) {
            return;
          }
          seen = true;
          if (status.finished) {
            clearInterval(timer);
            show(box, format(box.dataset.done, [status.done]), 100);
            setTimeout(function () {
              box.hidden = true;
            }, 5000);
          } else if (status.total > 0) {
            show(box, format(box.dataset.writing, [status.done, status.total]),
                Math.floor(100 * status.done / status.total));
          } else {
            show(box, format(box.dataset.counting, [status.done]), 0);
          }
        })
        .catch(function () {
          clearInterval(timer);
        });
    }, POLL_MS);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.tracked-download') : null;
    var box = document.getElementById('downloadProgress');
    if (!button || !button.form || button.disabled || !box) {
      return;
    }
    var field = button.form.querySelector('input[name="downloadToken"]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'downloadToken';
      button.form.appendChild(field);
    }
    field.value = newToken();
    follow(box, field.value);
  }, true);
})();
