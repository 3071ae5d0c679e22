// Every participant page: the quick exit (button, or Esc twice), the idle warning, and the removal of answers
// that earlier versions of the questionnaire kept in this browser. Safety first: leaving never waits for the
// server.
(function () {
  'use strict';
  var exitLink = document.getElementById('quick-exit');

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : '';
  }

  // Ends the page session on the server; keepalive lets the request finish after the page is gone. With
  // onlyIfLast, only when this page is still the session's last one (see pagehide below).
  function endSession(onlyIfLast) {
    var headers = {};
    if (meta('_csrf_header')) {
      headers[meta('_csrf_header')] = meta('_csrf');
    }
    try {
      var query = onlyIfLast ? '?page=' + encodeURIComponent(meta('page')) : '';
      fetch('/p/end' + query, {method: 'POST', credentials: 'same-origin', headers: headers, keepalive: true})
        .catch(function () { /* the idle timeout ends it anyway */ });
    } catch (ignored) { /* as above */ }
  }

  // Replacing (not adding) the history entry: Back does not lead to this page.
  function quickExit() {
    document.body.hidden = true;
    endSession();
    window.location.replace(exitLink.href);
  }

  if (exitLink) {
    exitLink.addEventListener('click', function (event) {
      event.preventDefault();
      quickExit();
    });
    var lastEscape = 0;
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' && event.key !== 'Esc') {
        return;
      }
      var now = Date.now();
      if (now - lastEscape < 1500) {
        quickExit();
      }
      lastEscape = now;
    }, true);
  }

  // Earlier versions kept unsent answers here (haven.answers.<participant>.<wave>): remove every trace.
  try {
    for (var i = window.localStorage.length - 1; i >= 0; i--) {
      var key = window.localStorage.key(i);
      if (key && key.indexOf('haven.answers.') === 0) {
        window.localStorage.removeItem(key);
      }
    }
  } catch (ignored) { /* storage switched off: nothing to remove */ }

  // A closed tab must leave nothing that reopens the questionnaire without the link: a page of a session that
  // goes away ends it. The browser asks for the next page before this one goes away, so when that next page is
  // one of the session (a link, a form, a reload, Back) the server sees a later page and keeps the session.
  if (meta('page')) {
    window.addEventListener('pagehide', function () {
      endSession(true);
    });
  }

  // A page shown again from the back-forward cache would show what the server no longer would: ask it again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });

  var dialog = document.getElementById('idle-dialog');
  if (!dialog) {
    return;
  }
  var idleSeconds = Number(dialog.dataset.idleSeconds);
  var warnTimer = null;
  var endTimer = null;

  // A few seconds early, so the page is gone before the server forgets the session.
  function restart() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(function () {
      if (!dialog.open) {
        dialog.showModal();
      }
    }, Math.max(0, idleSeconds - 60) * 1000);
    endTimer = setTimeout(function () {
      document.body.hidden = true;
      endSession();
      window.location.replace('/p/ended');
    }, Math.max(1, idleSeconds - 5) * 1000);
  }

  document.getElementById('idle-continue').addEventListener('click', function () {
    var headers = {};
    headers[meta('_csrf_header')] = meta('_csrf');
    fetch('/questionnaire/session', {method: 'POST', credentials: 'same-origin', headers: headers})
      .then(function (response) {
        if (response.ok) {
          restart();
          dialog.close();
        } else {
          window.location.replace('/p/ended');
        }
      })
      .catch(function () { dialog.close(); });
  });

  // The questionnaire's script says when a saved draft touched the session.
  document.addEventListener('session-touched', restart);
  restart();
})();
