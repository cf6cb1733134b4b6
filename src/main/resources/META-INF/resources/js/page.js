// The pages' one script (no inline code: Content-Security-Policy script-src 'self').

// Printing an incident gives the whole record: open every "why" so each action's rules and sources are on paper.
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details.why, .mustnot details, .history details').forEach(function (d) { d.open = true; });
});

// Before the session runs out (README "Pages": a session ends after 30 minutes without a request), say so and offer
// to stay signed in without leaving the page. A form sent after it ended is not lost either: the service keeps it
// until the person signs in again. Nothing typed is ever put in the browser's storage.
(function () {
  var seconds = parseInt(document.body.getAttribute('data-session-seconds') || '0', 10);
  var box = document.getElementById('session-warning');
  if (!seconds || !box) {
    return;
  }
  var warnBefore = Math.min(300, Math.floor(seconds / 2));
  var message = box.querySelector('.message');
  var stay = box.querySelector('button');
  var timers = [];
  function clear() {
    timers.forEach(clearTimeout);
    timers = [];
  }
  function schedule() {
    clear();
    box.hidden = true;
    timers.push(setTimeout(warn, (seconds - warnBefore) * 1000));
    timers.push(setTimeout(ended, seconds * 1000));
  }
  function warn() {
    message.textContent = 'You will be signed out in ' + Math.round(warnBefore / 60) + ' minutes unless you stay '
      + 'signed in. Anything you are typing is safe either way: if you send it after you are signed out, it is kept '
      + 'until you sign in again.';
    stay.hidden = false;
    box.hidden = false;
  }
  function ended() {
    message.textContent = 'You have been signed out. Finish what you are typing and send it: you will be asked to '
      + 'sign in, and it will be back on this form, kept for you only.';
    stay.hidden = true;
    box.hidden = false;
  }
  stay.addEventListener('click', function () {
    fetch('/session', { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' }).then(function (r) {
      if (r.status === 204) {
        schedule();
      } else {
        ended();
      }
    }, ended);
  });
  schedule();
})();
