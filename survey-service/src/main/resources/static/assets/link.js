// Exchanges the token in the link's fragment for a page session, then takes it out of the address bar and
// the history, so it is neither sent in a URL nor left on the screen. The stop link's page uses it too: its main
// element names another address to post the token to (data-post) and the page to go on to (data-done).
(function () {
  'use strict';
  var main = document.getElementById('main');
  var post = main.getAttribute('data-post') || '/p/session';
  var done = main.getAttribute('data-done') || '/questionnaire';
  var token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  window.history.replaceState(null, '', window.location.pathname);
  if (!token) {
    window.location.replace('/p/not-valid');
    return;
  }
  var headers = {'Content-Type': 'application/json'};
  headers[document.querySelector('meta[name="_csrf_header"]').content] =
      document.querySelector('meta[name="_csrf"]').content;
  fetch(post, {method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({token: token})})
    .then(function (response) {
      if (response.status === 429) {
        // Too many wrong links from this network: say when to try again instead of calling the link broken.
        var minutes = Math.max(1, Math.ceil(Number(response.headers.get('Retry-After') || 60) / 60));
        document.getElementById('link-status').textContent = 'Too many attempts came from your network. Please '
            + 'open your link again in ' + minutes + (minutes === 1 ? ' minute.' : ' minutes.');
        return;
      }
      window.location.replace(response.ok ? done : '/p/not-valid');
    })
    .catch(function () {
      document.getElementById('link-status').textContent =
          'We could not reach the study server. Please check your internet connection and open your link again.';
    });
})();
