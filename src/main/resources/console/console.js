// The vcdsim console: plain JavaScript over the vCloud API a client uses (sessions, the query service, tasks,
// blocking tasks) and vcdsim's own /api/vcdsim endpoints (the event stream, notifications, simulation). What a user
// may not do, the server refuses; the page only hides what would be refused anyway.
'use strict';

const ACCEPT = 'application/*+json;version=38.0';
const TASK_STATES = ['queued', 'preRunning', 'running'];
const state = { token: sessionStorage.getItem('vcdsim.token'), session: null, admin: false, lastEventId: null,
  stream: null, tab: 'tasks', timers: [] };
const $ = (id) => document.getElementById(id);

// ---- the API -------------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

/** A path of this server from an href the API gave (hrefs carry the server's public URL). */
function pathOf(href) {
  const u = new URL(href, location.href);
  return u.pathname + u.search;
}

async function api(method, href, body, contentType) {
  const headers = { Accept: ACCEPT };
  if (state.token) headers['x-vcloud-authorization'] = state.token;
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  const response = await fetch(pathOf(href), { method, headers,
    body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body) });
  if (response.status === 401 && state.session) {
    loggedOut('Your session has ended; log in again.');
  }
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (!response.ok) {
    throw new ApiError(response.status, data && data.message ? data.message : 'HTTP ' + response.status);
  }
  return data;
}

function idOf(href) {
  return href.substring(href.lastIndexOf('/') + 1);
}

function say(text, isError) {
  const m = $('message');
  m.textContent = text || '';
  m.className = isError ? 'message error' : 'message';
}

function cell(row, className, text) {
  const td = document.createElement('td');
  td.className = className;
  td.textContent = text == null ? '' : String(text);
  row.appendChild(td);
  return td;
}

function button(label, className, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

function time(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

// ---- logging in and out ----------------------------------------------------------------------------------------

async function logIn(event) {
  event.preventDefault();
  $('login-error').textContent = '';
  const credentials = $('login-user').value + '@' + $('login-org').value + ':' + $('login-password').value;
  const response = await fetch('/api/sessions', { method: 'POST', headers: { Accept: ACCEPT,
    Authorization: 'Basic ' + btoa(unescape(encodeURIComponent(credentials))) } });
  if (!response.ok) {
    const error = await response.json().catch(() => null);
    $('login-error').textContent = error && error.message ? error.message : 'Login failed (' + response.status + ').';
    return;
  }
  state.token = response.headers.get('x-vcloud-authorization');
  sessionStorage.setItem('vcdsim.token', state.token);
  $('login-password').value = '';
  await enter();
}

async function enter() {
  try {
    state.session = await api('GET', '/api/session');
  } catch (e) {
    loggedOut(e.status === 401 ? '' : e.message);
    return;
  }
  state.admin = state.session.org === 'System' && /System Administrator/.test(state.session.roles || '');
  $('who-name').textContent = state.session.user + ' @ ' + state.session.org;
  $('who').hidden = false;
  $('login').hidden = true;
  $('app').hidden = false;
  document.querySelectorAll('[data-admin]').forEach((el) => { el.hidden = !state.admin; });
  show('tasks');
  await watch();
  await loadTasks();
  if (state.admin) {
    loadBlocking();
    state.timers.push(setInterval(tickBlocking, 1000));
    state.timers.push(setInterval(() => { if (state.tab === 'notifications') loadNotifications(); }, 2000));
  }
}

async function logOut() {
  try { await api('DELETE', '/api/session'); } catch (e) { /* ended either way */ }
  loggedOut('');
}

function loggedOut(why) {
  state.session = null;
  state.token = null;
  state.lastEventId = null;
  sessionStorage.removeItem('vcdsim.token');
  if (state.stream) state.stream.abort();
  state.stream = null;
  state.timers.forEach(clearInterval);
  state.timers = [];
  document.querySelectorAll('tbody').forEach((t) => t.replaceChildren());
  $('app').hidden = true;
  $('who').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = why || '';
}

function show(tab) {
  state.tab = tab;
  document.querySelectorAll('nav button').forEach((b) => b.classList.toggle('selected', b.dataset.tab === tab));
  document.querySelectorAll('main section').forEach((s) => { s.hidden = s.id !== 'tab-' + tab; });
  say('');
  if (tab === 'blocking') loadBlocking();
  if (tab === 'notifications') loadNotifications();
  if (tab === 'simulation') loadSimulation();
}

// ---- the live feed: server-sent events read with fetch, which can send the session's header ---------------------

/** Opens the event stream; resolves once it is connected, so nothing that happens after is missed. */
function watch() {
  return new Promise((connected) => {
    const controller = new AbortController();
    state.stream = controller;
    const headers = { Accept: 'text/event-stream', 'x-vcloud-authorization': state.token };
    if (state.lastEventId) headers['Last-Event-ID'] = state.lastEventId;
    fetch('/api/vcdsim/events', { headers, signal: controller.signal }).then(async (response) => {
      connected();
      if (!response.ok) {
        const error = await response.json().catch(() => null);
        throw new ApiError(response.status, error && error.message ? error.message : 'HTTP ' + response.status);
      }
      $('live').textContent = 'live';
      $('live').classList.add('on');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          received(buffer.substring(0, end));
          buffer = buffer.substring(end + 2);
        }
      }
    }).then(() => 500, (e) => {
      connected();
      if (e.status === 401) loggedOut('Your session has ended; log in again.');
      if (e.status >= 400 && e.status < 500) {
        say('The live feed is not available: ' + e.message, true);
        return null; // refused: asking again changes nothing
      }
      return 5000; // the server is busy or unreachable: try again later
    }).then((delay) => {
      $('live').textContent = 'offline';
      $('live').classList.remove('on');
      // a stream ends every few seconds by design: go on from the last event seen
      if (delay !== null && state.session && state.stream === controller) setTimeout(watch, delay);
    });
  });
}

function received(message) {
  let data = null;
  for (const line of message.split('\n')) {
    if (line.startsWith('id: ')) state.lastEventId = line.substring(4);
    if (line.startsWith('data: ')) data = JSON.parse(line.substring(6));
  }
  if (!data) return;
  if (data.taskId) refreshSoon(data.taskId);
  if (state.admin && data.type.indexOf('/blockingtask/') >= 0) loadBlocking();
}

const pending = new Map();

/** A task's events come in bursts: read it once per burst. */
function refreshSoon(taskId) {
  if (pending.has(taskId)) return;
  pending.set(taskId, setTimeout(() => {
    pending.delete(taskId);
    api('GET', '/api/task/' + taskId).then(taskRow).catch(() => { /* gone, or not ours to read */ });
  }, 100));
}

// ---- tasks -----------------------------------------------------------------------------------------------------

async function loadTasks() {
  const type = state.admin ? 'adminTask' : 'task';
  try {
    const page = await api('GET', '/api/query?type=' + type + '&format=records&pageSize=128&sortDesc=startDate');
    for (const r of (page.record || []).slice().reverse()) {
      upsertTask(idOf(r.href), { operation: r.name, object: r.objectName, status: r.status, progress: r.progress,
        org: r.orgName, user: r.ownerName, started: r.startDate });
      if (TASK_STATES.includes(r.status)) refreshSoon(idOf(r.href)); // its cancel link
    }
  } catch (e) {
    say('Tasks could not be read: ' + e.message, true);
  }
}

function taskRow(t) {
  const cancel = (t.link || []).find((l) => l.rel === 'task:cancel');
  upsertTask(idOf(t.href), { operation: t.operationName, object: t.owner ? t.owner.name : '', status: t.status,
    progress: t.progress, org: t.organization ? t.organization.name : '', user: t.user ? t.user.name : '',
    started: t.startTime, cancel: cancel ? cancel.href : null });
}

function upsertTask(id, t) {
  const body = document.querySelector('#tasks tbody');
  let row = body.querySelector('tr[data-task-id="' + CSS.escape(id) + '"]');
  const fresh = !row;
  if (fresh) {
    row = document.createElement('tr');
    row.dataset.taskId = id;
  }
  row.replaceChildren();
  cell(row, 'operation', t.operation);
  cell(row, 'object', t.object);
  cell(row, 'status', t.status).dataset.status = t.status;
  cell(row, 'progress', t.progress == null ? '' : t.progress + '%');
  cell(row, 'org', t.org);
  cell(row, 'user', t.user);
  cell(row, 'started', time(t.started));
  const actions = cell(row, 'actions', '');
  if (t.cancel && TASK_STATES.includes(t.status)) {
    actions.appendChild(button('Cancel', 'cancel', () => api('POST', t.cancel)
      .then(() => say('Cancel requested.')).catch((e) => say('Not canceled: ' + e.message, true))));
  }
  row.dataset.status = t.status;
  row.dataset.org = t.org || '';
  row.dataset.operation = t.operation || '';
  if (fresh) body.prepend(row);
  addOrg(t.org);
  filter(row);
}

function addOrg(name) {
  const select = $('filter-org');
  if (!name || Array.from(select.options).some((o) => o.value === name)) return;
  const option = document.createElement('option');
  option.value = name;
  option.textContent = name;
  select.appendChild(option);
}

function filter(row) {
  const status = $('filter-status').value;
  const org = $('filter-org').value;
  const operation = $('filter-operation').value.trim().toLowerCase();
  row.hidden = (status && row.dataset.status !== status) || (org && row.dataset.org !== org)
    || (operation && row.dataset.operation.toLowerCase().indexOf(operation) < 0);
}

function filterAll() {
  document.querySelectorAll('#tasks tbody tr').forEach(filter);
}

// ---- blocking tasks (System administrators) ---------------------------------------------------------------------

let blockingLoad = null;

function loadBlocking() {
  // events come in bursts: one read at a time, and one more if something changed meanwhile
  if (blockingLoad) { blockingLoad.again = true; return; }
  blockingLoad = { again: false };
  readBlocking().finally(() => {
    const again = blockingLoad.again;
    blockingLoad = null;
    if (again) loadBlocking();
  });
}

async function readBlocking() {
  let page;
  try {
    page = await api('GET', '/api/query?type=blockingTask&format=records&pageSize=128&sortAsc=creationDate');
  } catch (e) {
    say('Blocking tasks could not be read: ' + e.message, true);
    return;
  }
  const records = page.record || [];
  const requesters = await Promise.all(records.map((r) => api('GET', r.task)
    .then((t) => (t.user ? t.user.name : '')).catch(() => '')));
  const body = document.querySelector('#blocking tbody');
  body.replaceChildren(...records.map((r, i) => blockingRow(r, requesters[i])));
  $('blocking-empty').hidden = records.length > 0;
  $('blocking-count').textContent = records.length ? '(' + records.length + ')' : '';
}

function blockingRow(r, requester) {
  const row = document.createElement('tr');
  row.dataset.blockingId = idOf(r.href);
  row.dataset.expires = r.expirationTime;
  cell(row, 'operation', r.operationName);
  cell(row, 'object', r.ownerName);
  cell(row, 'org', r.originatingOrgName);
  cell(row, 'requester', requester);
  cell(row, 'created', time(r.creationDate));
  cell(row, 'left', left(r.expirationTime));
  cell(row, 'timeout-action', r.timeoutAction);
  const actions = cell(row, 'actions', '');
  for (const action of ['resume', 'abort', 'fail']) {
    actions.appendChild(button(action[0].toUpperCase() + action.substring(1), action,
      () => decide(r.href, action)));
  }
  actions.appendChild(button('+10 min', 'extend', () => extend(r.href, r.expirationTime)));
  return row;
}

function left(expires) {
  const ms = new Date(expires).getTime() - Date.now();
  if (ms <= 0) return 'timing out';
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return (h ? h + 'h ' : '') + (h || m ? m + 'm ' : '') + (s % 60) + 's';
}

function tickBlocking() {
  document.querySelectorAll('#blocking tbody tr').forEach((row) => {
    row.querySelector('td.left').textContent = left(row.dataset.expires);
  });
}

async function decide(href, action) {
  const message = $('blocking-message').value || 'Decided in the vcdsim console';
  try {
    await api('POST', href + '/action/' + action, { message },
      'application/vnd.vmware.admin.blockingTaskOperationParams+json');
    say('Blocking task ' + { resume: 'resumed', abort: 'aborted', fail: 'failed' }[action] + '.');
  } catch (e) {
    say('The blocking task did not ' + action + ': ' + e.message, true);
  }
  loadBlocking();
}

async function extend(href, expires) {
  const remaining = Math.max(0, new Date(expires).getTime() - Date.now());
  try {
    await api('POST', href + '/action/updateProgress', { message: 'Extended in the vcdsim console',
      timeoutValueInMilliseconds: remaining + 600000 },
    'application/vnd.vmware.admin.blockingTaskUpdateProgressOperationParams+json');
    say('Ten more minutes given.');
  } catch (e) {
    say('The timeout was not extended: ' + e.message, true);
  }
  loadBlocking();
}

// ---- notifications (System administrators) ----------------------------------------------------------------------

async function loadNotifications() {
  let data;
  try {
    data = await api('GET', '/api/vcdsim/notifications?limit=50');
  } catch (e) {
    say('Notifications could not be read: ' + e.message, true);
    return;
  }
  const b = data.broker;
  const facts = [['Broker', b.configured ? b.host + ':' + b.port + ' (exchange ' + b.exchange + ')' : 'none set'],
    ['Connected', b.connected ? 'yes' : 'no'], ['Notifications', b.notificationsEnabled ? 'on' : 'off'],
    ['Backlog', b.backlog + ' events'], ['Sent since start', b.published + ' messages'],
    ['Set aside', b.setAside + ' events']];
  $('broker').replaceChildren(...facts.flatMap(([k, v]) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dd.dataset.fact = k.toLowerCase();
    return [dt, dd];
  }));
  const open = new Set(Array.from(document.querySelectorAll('#notifications tr.body:not([hidden])'))
    .map((r) => r.dataset.seq));
  $('notifications').tBodies[0].replaceChildren(...data.notifications.flatMap((n) => {
    const row = document.createElement('tr');
    row.dataset.seq = n.seq;
    row.dataset.delivery = n.delivery;
    cell(row, 'time', time(n.time));
    cell(row, 'type', n.type);
    cell(row, 'key', n.routingKey);
    cell(row, 'delivery', n.delivery.toLowerCase().replace('_', ' ') + (n.reason ? ' (' + n.reason + ')' : ''));
    const body = document.createElement('tr');
    body.className = 'body';
    body.dataset.seq = n.seq;
    body.hidden = !open.has(String(n.seq));
    const td = cell(body, 'message', '');
    td.colSpan = 4;
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(n.body, null, 2);
    td.appendChild(pre);
    row.addEventListener('click', () => { body.hidden = !body.hidden; });
    return [row, body];
  }));
}

// ---- simulation (System administrators) -------------------------------------------------------------------------

async function loadSimulation() {
  try {
    $('simulation-settings').value = JSON.stringify(await api('GET', '/api/vcdsim/simulation'), null, 2);
  } catch (e) {
    say('The simulation settings could not be read: ' + e.message, true);
  }
}

async function saveSimulation() {
  try {
    const saved = await api('PUT', '/api/vcdsim/simulation', $('simulation-settings').value);
    $('simulation-settings').value = JSON.stringify(saved, null, 2);
    say('Simulation settings saved.');
  } catch (e) {
    say('Not saved: ' + e.message, true);
  }
}

async function saveState() {
  try {
    const saved = await api('GET', '/api/vcdsim/state');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(saved)], { type: 'application/json' }));
    link.download = 'vcdsim-state.json';
    link.click();
    URL.revokeObjectURL(link.href);
    say('State saved.');
  } catch (e) {
    say('The state could not be saved: ' + e.message, true);
  }
}

async function loadState(event) {
  const file = event.target.files[0];
  if (!file) return;
  try {
    await api('PUT', '/api/vcdsim/state', await file.text());
    say('State loaded from ' + file.name + '.');
  } catch (e) {
    say('The state was not loaded: ' + e.message, true);
  }
  event.target.value = '';
}

async function reset() {
  if (!confirm('Reset vcdsim to its seeded model? Everything made since is lost.')) return;
  try {
    await api('POST', '/api/vcdsim/reset');
    say('Reset to the seeded model.');
  } catch (e) {
    say('Not reset: ' + e.message, true);
  }
}

// ---- wiring ----------------------------------------------------------------------------------------------------

document.addEventListener('DOMContentLoaded', () => {
  $('login').addEventListener('submit', logIn);
  $('logout').addEventListener('click', logOut);
  document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => show(b.dataset.tab)));
  ['filter-status', 'filter-org'].forEach((id) => $(id).addEventListener('change', filterAll));
  $('filter-operation').addEventListener('input', filterAll);
  $('simulation-save').addEventListener('click', saveSimulation);
  $('simulation-reload').addEventListener('click', loadSimulation);
  $('state-save').addEventListener('click', saveState);
  $('state-load').addEventListener('change', loadState);
  $('state-reset').addEventListener('click', reset);
  if (state.token) enter(); // a reload keeps the session of this tab
});
