// The questionnaire page: saves the answers chosen so far on the server as a draft (never in this browser), shows
// progress, asks once before submitting with questions skipped, and shows the server's rejections next to the
// question concerned.
(function () {
  'use strict';
  var form = document.getElementById('questionnaire');
  if (!form) {
    return;
  }
  var items = Array.prototype.slice.call(form.querySelectorAll('fieldset.item'));
  var dialog = document.getElementById('skip-dialog');
  var errors = document.getElementById('errors');
  var sending = document.getElementById('sending');
  var submitButton = document.getElementById('submit');
  var busy = false;
  // Draft saves run one after another, and the submit waits for the last one, so none arrives after it.
  var saving = Promise.resolve();

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.content : '';
  }

  function answers() {
    var chosen = {};
    items.forEach(function (item) {
      var checked = item.querySelector('input:checked');
      if (checked) {
        chosen[item.dataset.item] = Number(checked.value);
      }
    });
    return chosen;
  }

  function unanswered() {
    return items.filter(function (item) { return !item.querySelector('input:checked'); });
  }

  function jsonHeaders() {
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    headers[meta('_csrf_header')] = meta('_csrf');
    return headers;
  }

  // A failed save is not shown: the answers are still on the page, and the submit sends them all. keepalive: a
  // save still under way when the page is closed or left is finished by the browser.
  function save() {
    var body = JSON.stringify({wave: Number(form.dataset.wave), answers: answers()});
    saving = saving.then(function () {
      return fetch('/questionnaire/draft', {method: 'PUT', credentials: 'same-origin', headers: jsonHeaders(),
          body: body, keepalive: true})
        .then(function (response) {
          if (response.ok) {
            document.dispatchEvent(new Event('session-touched'));
          }
        })
        .catch(function () { /* see above */ });
    });
  }

  function restore() {
    return fetch('/questionnaire/draft?wave=' + encodeURIComponent(form.dataset.wave),
        {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (draft) {
        var stored = (draft && draft.answers) || {};
        Object.keys(stored).forEach(function (itemId) {
          var input = document.getElementById(itemId + '-' + stored[itemId]);
          // an answer chosen while the draft was loading wins over the draft
          if (input && input.name === itemId && !form.querySelector('input[name="' + itemId + '"]:checked')) {
            input.checked = true;
          }
        });
      })
      .catch(function () { /* nothing restored: the page still works */ });
  }

  function showProgress() {
    var count = Object.keys(answers()).length;
    document.getElementById('answered-count').textContent = String(count);
    document.getElementById('progress-bar').value = count;
  }

  function firstControl(item) {
    return item.querySelector('input:checked') || item.querySelector('input');
  }

  function clearErrors() {
    errors.textContent = '';
    items.forEach(function (item) {
      var message = document.getElementById('error-' + item.dataset.item);
      message.hidden = true;
      message.textContent = '';
      item.classList.remove('invalid');
      item.removeAttribute('aria-describedby');
    });
  }

  function fieldError(itemId, text) {
    var item = document.getElementById('item-' + itemId);
    if (!item) {
      return false;
    }
    var message = document.getElementById('error-' + itemId);
    message.textContent = text;
    message.hidden = false;
    item.classList.add('invalid');
    item.setAttribute('aria-describedby', message.id);
    return true;
  }

  function summary(text, itemIds) {
    errors.textContent = '';
    var paragraph = document.createElement('p');
    paragraph.textContent = text;
    errors.appendChild(paragraph);
    if (itemIds && itemIds.length) {
      var list = document.createElement('ul');
      itemIds.forEach(function (itemId) {
        var link = document.createElement('a');
        link.href = '#item-' + itemId;
        link.textContent = 'Question ' + document.querySelector('#item-' + itemId + ' .number').textContent
            .replace('.', '');
        var entry = document.createElement('li');
        entry.appendChild(link);
        list.appendChild(entry);
      });
      errors.appendChild(list);
    }
    errors.focus();
  }

  function rejected(status, problem) {
    var fields = (problem && problem.errors) || [];
    var marked = [];
    fields.forEach(function (error) {
      var field = String(error.field || '');
      if (field.indexOf('answers.') === 0 && fieldError(field.substring(8),
          'This answer could not be saved (' + error.message + '). Please choose one of the options again.')) {
        marked.push(field.substring(8));
      }
    });
    if (marked.length) {
      summary(marked.length === 1 ? '1 answer needs your attention:' : marked.length + ' answers need your attention:',
          marked);
    } else if (status === 0) {
      summary('We could not reach the study server. Your answers are still on this page: please check '
          + 'your internet connection and submit again.');
    } else if (status === 401 || (status === 403 && !(problem && problem.detail))) {
      summary('Your session has ended. Please open your personal link again: the answers saved so far will be '
          + 'there.');
    } else if (status === 409) {
      summary('Answers for this round were already submitted, so these could not be saved. Please open your '
          + 'personal link again to see where you stand.');
    } else {
      summary('Your answers could not be saved: ' + ((problem && problem.detail) || 'please try again.'));
    }
  }

  function send() {
    busy = true;
    submitButton.disabled = true;
    sending.textContent = 'Sending your answers…';
    saving.then(submit);
  }

  function submit() {
    var headers = jsonHeaders();
    var body = {
      submissionId: form.dataset.submissionId,
      wave: Number(form.dataset.wave),
      instrumentId: form.dataset.instrumentId,
      instrumentVersion: Number(form.dataset.instrumentVersion),
      answers: answers()
    };
    fetch('/questionnaire/answers', {method: 'POST', credentials: 'same-origin', headers: headers,
        body: JSON.stringify(body)})
      .then(function (response) {
        if (response.ok) {
          window.location.replace('/questionnaire/submitted?wave=' + encodeURIComponent(form.dataset.wave));
          return null;
        }
        return response.json().catch(function () { return {}; }).then(function (problem) {
          finish();
          rejected(response.status, problem);
        });
      })
      .catch(function () {
        finish();
        rejected(0, null);
      });
  }

  function finish() {
    busy = false;
    submitButton.disabled = false;
    sending.textContent = '';
  }

  form.addEventListener('change', function (event) {
    if (event.target.type === 'radio') {
      var message = document.getElementById('error-' + event.target.name);
      if (message && !message.hidden) {
        message.hidden = true;
        document.getElementById('item-' + event.target.name).classList.remove('invalid');
        document.getElementById('item-' + event.target.name).removeAttribute('aria-describedby');
      }
      save();
      showProgress();
    }
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) {
      return;
    }
    clearErrors();
    var missing = unanswered();
    if (missing.length === items.length) {
      summary('Please answer at least one question before you submit.');
      return;
    }
    if (missing.length > 0) {
      document.getElementById('skip-count').textContent = missing.length === 1
          ? 'You left 1 question unanswered.' : 'You left ' + missing.length + ' questions unanswered.';
      dialog.showModal();
      return;
    }
    send();
  });

  document.getElementById('skip-back').addEventListener('click', function () {
    dialog.close();
  });

  // Going back (button or Escape) lands on the first question left out, where the participant wants to be.
  dialog.addEventListener('close', function () {
    if (dialog.returnValue === 'submit') {
      dialog.returnValue = '';
      return;
    }
    var first = unanswered()[0];
    if (first) {
      first.scrollIntoView({block: 'center'});
      firstControl(first).focus();
    }
  });

  document.getElementById('skip-submit').addEventListener('click', function () {
    dialog.close('submit');
    send();
  });

  restore().then(showProgress);
  showProgress();
})();
