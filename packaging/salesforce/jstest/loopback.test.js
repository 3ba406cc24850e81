'use strict';
// The component's JavaScript against the desktop's real loopback listener
// (tests/support/loopback_desktop.py, a child process), with Node's own
// WebSocket client: the direct link carries commands and reports with no
// Apex call and no streaming subscription, the fallback to the record when
// the desktop refuses (wrong origin, old key), and two console tabs.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const {
  REPO_ROOT, link, AVAILABLE, BUSY, drain, makeLink, command,
} = require('./support');

const INSTANCE = 'https://acme.my.salesforce.com';
const CONSOLE_ORIGIN = 'https://acme.lightning.force.com';
const PYTHON = process.env.OMNISYNC_PYTHON || path.join(REPO_ROOT, '.venv', 'bin', 'python');

/** The desktop's listener in a child process, and what it has said so far. */
async function startDesktop(t) {
  const child = spawn(PYTHON, [path.join(REPO_ROOT, 'tests', 'support', 'loopback_desktop.py'), INSTANCE], {
    env: Object.assign({}, process.env, { PYTHONPATH: path.join(REPO_ROOT, 'desktop') }),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const events = [];
  const waiters = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    events.push(JSON.parse(line));
    for (const w of waiters.splice(0)) w();
  });
  const desktop = {
    events,
    send(request) {
      child.stdin.write(JSON.stringify(request) + '\n');
    },
    /** The first event since index `from` that matches, waiting for it (5 s at most). */
    async next(predicate, from = 0) {
      const deadline = Date.now() + 5000;
      for (;;) {
        const found = events.slice(from).find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('the desktop did not say it: ' + JSON.stringify(events));
        await new Promise((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
  };
  t.after(() => {
    desktop.send({ op: 'quit' });
    child.stdin.end();
    return new Promise((resolve) => child.on('exit', resolve));
  });
  const listening = await desktop.next((e) => e.event === 'listening');
  desktop.port = listening.port;
  desktop.key = listening.key;
  return desktop;
}

/** Node's WebSocket, sending the Origin a console page would send. */
function socketFrom(origin) {
  if (typeof WebSocket !== 'function') {
    throw new Error('this Node has no WebSocket client: run node with --experimental-websocket');
  }
  return class ConsoleSocket extends WebSocket {
    constructor(url) {
      super(url, { headers: { Origin: origin } });
    }
  };
}

function component(desktop, { origin = CONSOLE_ORIGIN, key = desktop.key } = {}) {
  return makeLink({
    server: { linkKey: key },
    loopback: link.createLoopback({ WebSocket: socketFrom(origin), ports: [desktop.port] }),
  });
}

async function until(check) {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await drain();
}

test('direct link: reports and commands over 127.0.0.1, no Apex report, no streaming', async (t) => {
  const desktop = await startDesktop(t);
  const c = component(desktop);
  await c.link.start();
  await desktop.next((e) => e.event === 'change' && e.connected);
  const first = await desktop.next((e) => e.event === 'report');
  assert.equal(first.report.status, AVAILABLE);
  assert.equal(first.report.console, 'open');
  assert.equal(c.link.snapshot().transport, 'loopback');

  desktop.send({ op: 'set_status', status: BUSY });
  const result = await desktop.next((e) => e.event === 'result');
  assert.equal(result.done, true, result.why);
  assert.equal(result.report.status, BUSY);
  assert.equal(result.report.reason, 'toolkit');
  assert.deepEqual(c.toolkit.named('setServicePresenceStatus'), [['setServicePresenceStatus', { statusId: BUSY }]]);
  assert.equal(c.link.snapshot().state, 'connected');
  assert.deepEqual(c.server.reports, [], 'no report went through Apex');
  assert.deepEqual(c.empApi.subscriptions, [], 'no streaming subscription was made');

  const from = desktop.events.length;
  await c.link.close();
  const goodbye = await desktop.next((e) => e.event === 'report', from);
  assert.equal(goodbye.report.console, 'closed');
  await desktop.next((e) => e.event === 'change' && !e.connected, from);
});

test('a page of another origin is refused and the component falls back to the record', async (t) => {
  const desktop = await startDesktop(t);
  const c = component(desktop, { origin: 'https://evil.example' });
  await c.link.start();
  await until(() => c.empApi.active().length === 1);
  const snapshot = c.link.snapshot();
  assert.equal(snapshot.transport, 'record');
  assert.match(snapshot.fallbackWhy, /does not answer on 127\.0\.0\.1/);
  assert.ok(c.logs.some(([level, text]) => level === 'warn' && /Using the Salesforce record link/.test(text)));
  assert.equal(c.server.reports.length, 1, 'the console-open report went through Apex');
  assert.equal(desktop.events.filter((e) => e.event === 'change').length, 0);
});

test('an old key is refused and the component falls back to the record', async (t) => {
  const desktop = await startDesktop(t);
  desktop.send({ op: 'rotate' });
  await desktop.next((e) => e.event === 'rotated');
  const c = component(desktop); // still holds the key of the sign-in before
  await c.link.start();
  await until(() => c.link.snapshot().fallbackWhy !== null);
  assert.match(c.link.snapshot().fallbackWhy, /refused the key/);
  await c.clock.advance(60000); // the resubscribe backoff
  await until(() => c.empApi.active().length === 1);
  assert.equal(c.link.snapshot().transport, 'record');
});

test('a sign-in again rotates the key: the component reads the new one and reconnects', async (t) => {
  const desktop = await startDesktop(t);
  const c = component(desktop);
  await c.link.start();
  await desktop.next((e) => e.event === 'report');
  desktop.send({ op: 'ping' });
  await desktop.next((e) => e.event === 'result' && e.done);
  const from = desktop.events.length;
  desktop.send({ op: 'rotate' });
  const rotated = await desktop.next((e) => e.event === 'rotated', from);
  c.server.record.linkKey = rotated.key; // the desktop wrote it into the record
  await until(() => c.link.snapshot().subscribed === false);
  await c.clock.advance(60000);
  await desktop.next((e) => e.event === 'change' && e.connected, from);
  desktop.send({ op: 'ping' });
  const answer = await desktop.next((e) => e.event === 'result', desktop.events.length - 1);
  assert.equal(answer.done, true, answer.why);
  assert.equal(c.link.snapshot().transport, 'loopback');
  await c.link.close();
});

test('two console tabs: the newer one takes over, the older one stands by and says so', async (t) => {
  const desktop = await startDesktop(t);
  const first = component(desktop);
  await first.link.start();
  await desktop.next((e) => e.event === 'change' && e.connected);
  const second = component(desktop);
  await second.link.start();
  await until(() => first.link.snapshot().state === 'standby');
  assert.equal(first.link.snapshot().line, 'Desktop companion: connected in another console tab');
  desktop.send({ op: 'set_status', status: BUSY });
  const result = await desktop.next((e) => e.event === 'result');
  assert.equal(result.done, true, result.why);
  assert.deepEqual(first.toolkit.named('setServicePresenceStatus'), []);
  assert.equal(second.toolkit.named('setServicePresenceStatus').length, 1);
  await first.clock.advance(60000);
  assert.equal(first.link.snapshot().subscribed, false, 'the older tab does not fight back');
  await second.link.close();
  await first.link.close();
});

test('a console opened before the desktop signed in goes direct at the desktop\'s first ping', async (t) => {
  const desktop = await startDesktop(t);
  const c = makeLink({
    server: { linkKey: null }, // nothing published yet: the record for now
    loopback: link.createLoopback({ WebSocket: socketFrom(CONSOLE_ORIGIN), ports: [desktop.port] }),
  });
  await c.link.start();
  await until(() => c.empApi.active().length === 1);
  assert.equal(c.link.snapshot().transport, 'record');
  assert.match(c.link.snapshot().fallbackWhy, /has not published a link key/);

  c.server.record.linkKey = desktop.key; // the desktop signs in and publishes its key...
  const loads = c.server.loads;
  c.empApi.deliver(command(1, 'ping')); // ...and pings over the record
  await desktop.next((e) => e.event === 'change' && e.connected);
  await until(() => c.link.snapshot().transport === 'loopback');
  assert.equal(c.server.loads, loads + 2, 'two Apex reads: the new key seen, then read once the socket opened');
  assert.equal(c.empApi.active().length, 0, 'the record subscription is left');
  await c.clock.advance(1000); // the greeting waits for the reports' rate limit
  const greeting = await desktop.next((e) => e.event === 'report');
  assert.equal(greeting.report.ack, 1, 'the greeting carries the ping\'s ack');
  desktop.send({ op: 'set_status', status: BUSY });
  const result = await desktop.next((e) => e.event === 'result');
  assert.equal(result.done, true, result.why);
  await c.link.close();
});

test('a console opened before the desktop signed in finds it by redialling, with no ping through the record', async (t) => {
  const desktop = await startDesktop(t);
  const c = makeLink({
    server: { linkKey: null }, // the desktop listens but its key is not out yet
    loopback: link.createLoopback({ WebSocket: socketFrom(CONSOLE_ORIGIN), ports: [desktop.port] }),
  });
  await c.link.start();
  await until(() => c.empApi.active().length === 1);
  assert.match(c.link.snapshot().fallbackWhy, /has not published a link key/);
  c.server.record.linkKey = desktop.key; // the desktop publishes its key, and pings nothing
  await c.clock.advance(1000); // the redial back-off
  await desktop.next((e) => e.event === 'change' && e.connected);
  await until(() => c.link.snapshot().transport === 'loopback');
  assert.equal(c.empApi.active().length, 0, 'the record subscription is left');
  assert.equal(c.link.snapshot().fallbackWhy, null);
  await c.clock.advance(1000);
  const greeting = await desktop.next((e) => e.event === 'report');
  assert.equal(greeting.report.console, 'open');
  await c.link.close();
});

test('while no desktop answers the redials back off to 5 s and read no key', async () => {
  const c = makeLink({
    server: { linkKey: null },
    loopback: link.createLoopback({ WebSocket: socketFrom(CONSOLE_ORIGIN), ports: [1] }), // nobody there
  });
  await c.link.start();
  await until(() => c.empApi.active().length === 1);
  const loads = c.server.loads;
  const delays = [];
  for (let i = 0; i < 5; i += 1) {
    await until(() => c.clock.pending().length > 0);
    const next = Math.min(...c.clock.pending());
    delays.push(next);
    await c.clock.advance(next);
    await until(() => c.clock.pending().length > 0);
  }
  assert.deepEqual(delays, [1000, 2000, 4000, 5000, 5000]);
  assert.equal(c.server.loads, loads, 'no socket opened: no Apex read');
  assert.match(c.link.snapshot().fallbackWhy, /does not answer/);
  await c.link.close();
});
