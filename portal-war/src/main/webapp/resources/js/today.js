/*
 * The volunteer's "today" card without a network (issue 14). Loaded only by the volunteer's home, as a file
 * (the portal's Content-Security-Policy allows no inline script).
 *
 * - While the browser knows it is offline, Save keeps the entry in this browser (localStorage, one queue per
 *   service year) with a new Idempotency-Key, and the card lists it as "waiting to be sent". With a network
 *   the card saves as before (Faces AJAX).
 * - The queue is sent when the network returns (the "online" event), when the page loads and every 30 s,
 *   one entry at a time, through POST /api/v1/service-years/{id}/entries with the session cookie, the
 *   session's X-CSRF-Token and the entry's own Idempotency-Key: an entry sent twice (an answer lost on the way)
 *   is stored once.
 * - 201: the entry leaves the queue, the card says so and the progress is reloaded. A refusal (another 4xx):
 *   the entry leaves the queue and the refusal's text stays in the card (role="alert"). Not signed in any more
 *   (401, or a stale CSRF token): the entry waits and the card asks to sign in again. Anything else (no network,
 *   5xx, 408, 409 a concurrent change, 429): the entry waits for the next try.
 * - It adds the web app manifest to the page and registers the service worker (sw.js), which lets the home
 *   open without a network; the queue works without it (service workers need https or localhost).
 * Every text a person reads comes from the page (data- attributes written from the resource bundles).
 */
(function () {
  'use strict';

  var region = document.getElementById('todayOffline');
  if (!region || !window.localStorage || !window.fetch) {
    return;
  }
  var data = region.dataset;
  var STORE = 'levacivica.today.queue.' + data.year;
  var notice = document.getElementById('todayNotice');
  var refusal = document.getElementById('todayRefusal');
  var list = document.getElementById('todayWaiting');
  var sending = false;

  function load() {
    try {
      var q = JSON.parse(localStorage.getItem(STORE));
      return Array.isArray(q) ? q : [];
    } catch (e) {
      return [];
    }
  }

  function store(queue) {
    if (queue.length) {
      localStorage.setItem(STORE, JSON.stringify(queue));
    } else {
      localStorage.removeItem(STORE);
    }
  }

  /* a version 4 UUID; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere */
  function newKey() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function localDay(d) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }

  function say(text) {
    notice.textContent = text;
  }

  function render() {
    var queue = load();
    list.textContent = '';
    queue.forEach(function (item) {
      var li = document.createElement('li');
      var badge = document.createElement('span');
      badge.className = 'today-badge';
      badge.textContent = data.waiting;
      li.appendChild(badge);
      li.appendChild(document.createTextNode(' ' + item.label));
      li.setAttribute('data-key', item.key);
      list.appendChild(li);
    });
    list.hidden = queue.length === 0;
  }

  function chosen(id) {
    var select = document.getElementById(id);
    var option = select && select.options[select.selectedIndex];
    return option ? { value: option.value, text: option.text } : { value: '', text: '' };
  }

  /* the card's fields as the API takes them, and how a person reads them */
  function entryFromCard() {
    var minutes = chosen('todayForm:minutes');
    var category = chosen('todayForm:category');
    var activity = chosen('todayForm:activityType');
    var today = new Date();
    var body = {
      date: localDay(today),
      category: category.value,
      minutes: parseInt(minutes.value, 10),
      activityType: category.value === 'SERVICE' && activity.value ? activity.value : null
    };
    var words = [minutes.text, category.text];
    if (body.activityType) {
      words.push(activity.text);
    }
    words.push(new Intl.DateTimeFormat(data.lang, { day: 'numeric', month: 'long' }).format(today));
    return { key: newKey(), body: body, label: words.join(' · ') };
  }

  function keep(event) {
    var save = event.target.closest && event.target.closest('[id="todayForm:save"]');
    if (!save || navigator.onLine !== false) {
      return; // with a network the card saves as before
    }
    event.preventDefault();
    event.stopPropagation();
    var queue = load();
    queue.push(entryFromCard());
    store(queue);
    refusal.textContent = '';
    render();
    say(data.kept);
  }

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function refusalText(item, problem) {
    var parts = [data.refused, item.label + '.'];
    if (problem && problem.detail) {
      parts.push(problem.detail);
    }
    (problem && problem.violations || []).forEach(function (v) {
      if (v.severity === 'ERROR' && v.message) {
        parts.push(v.message);
      }
    });
    if (problem && problem.errors && !(problem.violations || []).length) {
      Object.keys(problem.errors).forEach(function (k) { parts.push(problem.errors[k]); });
    }
    return parts.join(' ');
  }

  function drop(key) {
    store(load().filter(function (i) { return i.key !== key; }));
    render();
  }

  /* sends the oldest waiting entry, then the next; stops at the first that must wait */
  function send() {
    var queue = load();
    if (sending || !queue.length || navigator.onLine === false) {
      return;
    }
    var item = queue[0];
    sending = true;
    fetch(data.api, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'Accept-Language': data.lang,
        'X-CSRF-Token': csrfToken(),
        'Idempotency-Key': item.key
      },
      body: JSON.stringify(item.body)
    }).then(function (response) {
      if (response.status === 201) {
        drop(item.key);
        say(data.sent);
        if (typeof window.todayRefresh === 'function') {
          window.todayRefresh();
        }
        return true;
      }
      return response.json().catch(function () { return null; }).then(function (problem) {
        var type = problem && problem.type;
        if (response.status === 401 || type === '/problems/csrf' || type === '/problems/cross-site'
            || type === '/problems/password-change-required') {
          say(data.signIn);
          return false;
        }
        if (response.status >= 400 && response.status < 500 && [408, 409, 429].indexOf(response.status) < 0) {
          drop(item.key);
          refusal.textContent = refusalText(item, problem);
          return true;
        }
        return false; // the server's trouble: try again later
      });
    }, function () {
      return false; // no network after all
    }).then(function (next) {
      sending = false;
      if (next) {
        send();
      }
    });
  }

  function addManifest() {
    if (document.querySelector('link[rel="manifest"]')) {
      return;
    }
    var link = document.createElement('link');
    link.rel = 'manifest';
    link.href = data.root + 'app.webmanifest?lang=' + encodeURIComponent(data.lang);
    document.head.appendChild(link);
    var theme = document.createElement('meta');
    theme.name = 'theme-color';
    theme.content = data.theme;
    document.head.appendChild(theme);
  }

  function registerWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) {
      return; // the queue above works all the same
    }
    navigator.serviceWorker.register(data.root + 'sw.js', { scope: data.root }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // the files this page loaded before the worker was there: kept for opening the page offline
      var files = performance.getEntriesByType('resource').map(function (e) { return e.name; })
          .filter(function (u) { return u.indexOf(location.origin + data.root) === 0; });
      if (registration.active) {
        registration.active.postMessage({ keep: files });
      }
    }).catch(function () {
      return undefined;
    });
  }

  document.addEventListener('click', keep, true);
  window.addEventListener('online', send);
  window.setInterval(send, 30000);
  addManifest();
  registerWorker();
  render();
  send();
}());
