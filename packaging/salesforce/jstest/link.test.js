'use strict';
// The console link with fake toolkit, empApi, Apex controller and clock:
// every command, every Omni event, duplicates, stale and malformed messages,
// rate limiting, report failures, a reconnect, and the console closing.
const test = require('node:test');
const assert = require('node:assert/strict');
const {
  link, AGENT, OTHER_AGENT, AVAILABLE, BUSY, BREAK, drain, startLink, command,
  FakeClock, FakeToolkit, FakeEmpApi, FakeServer,
} = require('./support');

const OPEN = { v: 1, ack: 0, reason: null, work: 0, offered: 0, console: 'open' };

/** A report as the link writes it: offered is left out when it is 0 (the canonical form). */
function report(fields) {
  const out = Object.assign({}, OPEN, fields);
  if (out.offered === 0) delete out.offered;
  return out;
}

test('start: subscribes filtered on the agent, then says the console is open', async () => {
  const t = await startLink();
  const subs = t.empApi.active();
  assert.equal(subs.length, 1);
  assert.equal(subs[0].channel, `/topic/OmniSyncToConsole?Agent_Id__c=${AGENT}`);
  assert.equal(subs[0].replayId, -1);
  assert.deepEqual(t.server.reports, [report({ seq: 1, status: AVAILABLE })]);
  assert.deepEqual(t.states.map((s) => s[0]), ['starting', 'waiting']);
  assert.equal(t.states[1][1], 'Desktop companion: waiting for the desktop app');
  assert.equal(t.link.snapshot().subscribed, true);
});

test('start: reports open work and Offline when Omni is logged out', async () => {
  const works = [
    { workId: '0BzWs0000001', workItemId: '500Ws0001', isEngaged: true },
    { workId: '0BzWs0000002', workItemId: '500Ws0002', isEngaged: false },
  ];
  const t = await startLink({ toolkit: { status: null, works } });
  assert.deepEqual(t.server.last(), report({ seq: 1, status: null, work: 2, offered: 1 }));
});

test('start: continues its own seq and does not run the command found in the record', async () => {
  const t = await startLink({
    server: {
      toConsole: command(7, 'set_status', BREAK),
      toDesktop: link.encodeMessage(report({ seq: 41, ack: 6, status: AVAILABLE, console: 'closed' }), 'report'),
    },
  });
  assert.deepEqual(t.toolkit.named('setServicePresenceStatus'), [], 'an old command must not run at start');
  assert.deepEqual(t.server.last(), report({ seq: 42, ack: 6, status: AVAILABLE }));
  t.empApi.deliver(command(7, 'set_status', BREAK));
  await drain();
  assert.equal(t.link.snapshot().counters.dropped, 1, 'seq 7 was already seen');
  t.empApi.deliver(command(8, 'ping'));
  await drain();
  assert.deepEqual(t.server.last(), report({ seq: 43, ack: 8, status: AVAILABLE }));
});

test('set_status: calls the toolkit, answers with the ack and the toolkit reason, once', async () => {
  const t = await startLink();
  t.empApi.deliver(command(1, 'set_status', BUSY));
  await drain();
  assert.deepEqual(t.toolkit.named('setServicePresenceStatus'), [['setServicePresenceStatus', { statusId: BUSY }]]);
  assert.deepEqual(t.server.last(), report({ seq: 2, ack: 1, status: BUSY, reason: 'toolkit' }));
  assert.equal(t.link.snapshot().state, 'connected');
  assert.equal(t.states[t.states.length - 1][1], 'Desktop companion connected');
  // Omni then fires its own event for the same change: nothing new to say.
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: BUSY, reason: 'OmniToolkitStatusChange' });
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 2);
});

test('set_status: an Omni event before the toolkit answers is folded into the one answer', async () => {
  const t = await startLink();
  t.toolkit.hold = { setServicePresenceStatus: true };
  t.empApi.deliver(command(1, 'set_status', BUSY));
  await drain();
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: BUSY, reason: 'OmniToolkitStatusChange' });
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 1, 'no report while the command is in flight');
  t.toolkit.hold.setServicePresenceStatus();
  await drain();
  assert.deepEqual(t.server.reports.slice(1), [report({ seq: 2, ack: 1, status: BUSY, reason: 'toolkit' })]);
});

test('set_status refused by Omni: answered with an error and the unchanged status', async () => {
  const t = await startLink();
  t.toolkit.refuse = { setServicePresenceStatus: 'Status not available to this user' };
  t.empApi.deliver(command(1, 'set_status', BREAK));
  await drain();
  assert.deepEqual(t.server.last(), report({ seq: 2, ack: 1, status: AVAILABLE, error: 'set_status_failed' }));
  assert.match(t.logs.map((l) => l[1]).join('\n'), /refused status/);
});

test('logout: logs out through the toolkit and reports Offline with reason toolkit', async () => {
  const t = await startLink({ toolkit: { works: [{ workId: '0BzA', isEngaged: false }, { workId: '0BzB', isEngaged: true }] } });
  t.empApi.deliver(command(1, 'logout'));
  await drain();
  assert.equal(t.toolkit.named('logout').length, 1);
  assert.deepEqual(t.server.last(), report({ seq: 2, ack: 1, status: null, reason: 'toolkit', work: 1, offered: 0 }));
  t.link.handleOmniEvent('omniChannelLogout', {});
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 2, 'the logout event repeats what was said');
});

test('logout event during the logout command counts as toolkit', async () => {
  const t = await startLink();
  t.toolkit.hold = { logout: true };
  t.empApi.deliver(command(1, 'logout'));
  await drain();
  t.link.handleOmniEvent('omniChannelLogout', { reason: 'MaintenanceLogout' });
  t.toolkit.hold.logout();
  await drain();
  assert.deepEqual(t.server.last(), report({ seq: 2, ack: 1, status: null, reason: 'toolkit' }));
});

test('logout event: Salesforce\'s reason is reported, and no reason (an older org) is manual', async () => {
  const cases = [
    ['DuplicateLoginInSameBrowser', 'duplicate_tab'],
    ['DuplicateLogin', 'duplicate_login'],
    ['MaintenanceLogout', 'maintenance'],
    ['OmniSupervisorLogout', 'supervisor'],
    [undefined, 'manual']
  ];
  for (const [omni, reason] of cases) {
    const t = await startLink();
    t.link.handleOmniEvent('omniChannelLogout', omni === undefined ? {} : { reason: omni });
    await t.clock.advance(1000);
    assert.deepEqual(t.server.last(), report({ seq: 2, status: null, reason }));
  }
});

test('logout refused: answered with logout_failed', async () => {
  const t = await startLink();
  t.toolkit.refuse = { logout: 'cannot log out' };
  t.empApi.deliver(command(1, 'logout'));
  await drain();
  assert.deepEqual(t.server.last(), report({ seq: 2, ack: 1, status: AVAILABLE, error: 'logout_failed' }));
});

test('ping: answered at once with the current state and no reason', async () => {
  const t = await startLink();
  t.empApi.deliver(command(3, 'ping'));
  await drain();
  assert.deepEqual(t.server.last(), report({ seq: 2, ack: 3, status: AVAILABLE }));
  assert.equal(t.toolkit.named('setServicePresenceStatus').length, 0);
});

test('commands run one at a time and each gets its own answer, in order', async () => {
  const t = await startLink();
  t.toolkit.hold = { setServicePresenceStatus: true };
  t.empApi.deliver(command(1, 'set_status', BUSY));
  t.empApi.deliver(command(2, 'ping'));
  t.empApi.deliver(command(3, 'set_status', BREAK));
  await drain();
  assert.equal(t.toolkit.named('setServicePresenceStatus').length, 1, 'the second set waits for the first');
  const release = t.toolkit.hold.setServicePresenceStatus;
  t.toolkit.hold = null;
  release();
  await drain();
  await drain();
  assert.deepEqual(t.server.reports.slice(1).map((r) => [r.ack, r.status, r.reason]), [
    [1, BUSY, 'toolkit'],
    [2, BUSY, null],
    [3, BREAK, 'toolkit'],
  ]);
});

const STATUS_REASONS = [
  ['OmniManualStatusChange', 'manual'],
  ['OmniToolkitStatusChange', 'toolkit'],
  ['OmniPushTimeout', 'push_timeout'],
  ['OmniDeclineWork', 'decline'],
  ['OmniSupervisorStatusChange', 'supervisor'],
  ['OmniLoginStatusChange', 'login'],
];

test('omniChannelStatusChanged: every reason is reported', async () => {
  const t = await startLink();
  let status = AVAILABLE;
  for (const [omni, reason] of STATUS_REASONS) {
    status = status === BUSY ? BREAK : BUSY;
    t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: status, reason: omni, statusName: 'x', statusApiName: 'x', channels: '[]' });
    await t.clock.advance(1000);
    assert.deepEqual(t.server.last(), Object.assign(report({ status, reason }), { seq: t.server.reports.length }));
  }
});

test('omniChannelLoginSuccess: reported with reason login', async () => {
  const t = await startLink({ toolkit: { status: null } });
  t.link.handleOmniEvent('omniChannelLoginSuccess', { statusId: AVAILABLE });
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last(), report({ seq: 2, status: AVAILABLE, reason: 'login' }));
});

test('omniChannelLogout without a reason (the agent logging out): Offline with reason manual, offered work gone', async () => {
  const t = await startLink();
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: '0BzA', workItemId: '500A' });
  await t.clock.advance(1000);
  t.link.handleOmniEvent('omniChannelLogout', {});
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last(), report({ seq: 3, status: null, reason: 'manual', work: 0, offered: 0 }));
});

test('work events: assigned, accepted, declined and closed change work and offered', async () => {
  const t = await startLink();
  const steps = [
    ['omniChannelWorkAssigned', '0BzA', 1, 1],
    ['omniChannelWorkAssigned', '0BzB', 2, 2],
    ['omniChannelWorkAccepted', '0BzA', 2, 1],
    ['omniChannelWorkDeclined', '0BzB', 1, 0],
    ['omniChannelWorkClosed', '0BzA', 0, 0],
  ];
  for (const [event, workId, work, offered] of steps) {
    t.link.handleOmniEvent(event, { workId, workItemId: '500X' });
    await t.clock.advance(1000);
    const last = t.server.last();
    assert.deepEqual([last.work, last.offered || 0, last.reason, last.status], [work, offered, null, AVAILABLE], event);
  }
  assert.equal(t.server.reports.length, 1 + steps.length);
});

const WORK_A = '0BzWs000000WkAAAAC';
const WORK_B = '0BzWs000000WkBAAAC';
const PHONE = { channel: 'sfdc_phone', routingType: 'QueueBased', weight: 1, percent: null };
const CHAT = { channel: 'Chat_Channel', routingType: 'ExternalRouting', weight: null, percent: 25 };

test('work item: the report of a new or accepted item names it with its Apex-read fields', async () => {
  const t = await startLink({ server: { workFields: { [WORK_A]: PHONE, [WORK_B]: CHAT } } });
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: WORK_A, workItemId: '500X' });
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last().item, { id: WORK_A, state: 'offered', channel: 'sfdc_phone', weight: 1 });
  t.link.handleOmniEvent('omniChannelWorkAccepted', { workId: WORK_A, workItemId: '500X' });
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last().item, { id: WORK_A, state: 'active', channel: 'sfdc_phone', weight: 1 });
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: WORK_B, workItemId: '570X' });
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last().item, { id: WORK_B, state: 'offered', channel: 'Chat_Channel', external: true, percent: 25 });
  t.link.handleOmniEvent('omniChannelWorkClosed', { workId: WORK_A, workItemId: '500X' });
  await t.clock.advance(1000);
  assert.equal('item' in t.server.last(), false, 'an item that ended is not named');
  assert.deepEqual(t.server.described, [WORK_A, WORK_B]);
});

test('work item: left out when several items changed, or its fields could not be read', async () => {
  const t = await startLink({ server: { workFields: { [WORK_A]: PHONE, [WORK_B]: PHONE } } });
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: WORK_A, workItemId: '500X' });
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: WORK_B, workItemId: '500Y' });
  await t.clock.advance(1000);
  assert.deepEqual([t.server.last().work, 'item' in t.server.last()], [2, false], 'two items at once');
  const unknown = '0BzWs000000WkCAAAC';
  t.link.handleOmniEvent('omniChannelWorkAccepted', { workId: unknown, workItemId: '500Z' });
  await t.clock.advance(1000);
  assert.deepEqual([t.server.last().work, 'item' in t.server.last()], [3, false], 'Apex read failed');
  assert.ok(t.logs.some(([level, text]) => level === 'warn' && text.includes(unknown)));
});

test('work item: a channel name too long for 255 characters leaves the item out, not the report', async () => {
  const long = { channel: 'C'.repeat(80), routingType: 'QueueBased', weight: 1 };
  const t = await startLink({ server: { workFields: { [WORK_A]: long } } });
  t.link.handleOmniEvent('omniChannelWorkloadChanged', { configuredCapacity: 3, newWorkload: 1 });
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: WORK_A, workItemId: '500X' });
  await t.clock.advance(1000);
  assert.deepEqual([t.server.last().work, t.server.last().offered, 'item' in t.server.last()], [1, 1, false]);
});

test('work item: an older Apex controller without describeWork sends the counts only', async () => {
  const t = await startLink();
  delete t.server.describeWork;
  t.server.describeWork = undefined;
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: WORK_A, workItemId: '500X' });
  await t.clock.advance(1000);
  assert.deepEqual([t.server.last().work, 'item' in t.server.last()], [1, false]);
});

test('omniChannelWorkloadChanged: the report carries the workload in % of the capacity', async () => {
  const t = await startLink();
  t.link.handleOmniEvent('omniChannelWorkAccepted', { workId: '0BzA', workItemId: '500X' });
  await t.clock.advance(1000);
  assert.equal('load' in t.server.last(), false, 'no load before Omni says it');
  t.link.handleOmniEvent('omniChannelWorkloadChanged', { configuredCapacity: 4, previousWorkload: 0, newWorkload: 2 });
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last(), report({ seq: 3, status: AVAILABLE, work: 1, offered: 0, load: 50 }));
  const sent = t.server.reports.length;
  t.link.handleOmniEvent('omniChannelWorkloadChanged', { configuredCapacity: 4, previousWorkload: 2, newWorkload: 2 });
  await t.clock.advance(1000);
  assert.equal(t.server.reports.length, sent, 'an unchanged workload sends nothing');
  t.link.handleOmniEvent('omniChannelWorkloadChanged', { configuredCapacity: 0, newWorkload: 1 });
  await t.clock.advance(1000);
  assert.equal('load' in t.server.last(), false, 'no usable capacity: load left out');
});

test('omniChannelConnectionError: reads Omni again and reports what it finds', async () => {
  const t = await startLink();
  t.toolkit.status = null;
  t.link.handleOmniEvent('omniChannelConnectionError', { error: { message: 'network down' } });
  await t.clock.advance(1000);
  assert.deepEqual(t.server.last(), report({ seq: 2, status: null, reason: 'manual' }));
  assert.match(t.logs.map((l) => l[1]).join('\n'), /connection error: network down/);
});

test('unknown Omni events are ignored', async () => {
  const t = await startLink();
  t.link.handleOmniEvent('omniChannelWorkloadChanged', { configuredCapacity: 5 });
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 1);
});

test('duplicates and stale commands are dropped without acting', async () => {
  const t = await startLink();
  t.empApi.deliver(command(5, 'set_status', BUSY));
  await drain();
  t.empApi.deliver(command(5, 'set_status', BUSY));
  t.empApi.deliver(command(4, 'set_status', BREAK));
  t.empApi.deliver(command(1, 'logout'));
  await t.clock.advance(5000);
  assert.equal(t.toolkit.named('setServicePresenceStatus').length, 1);
  assert.equal(t.toolkit.named('logout').length, 0);
  assert.equal(t.server.reports.length, 2);
  assert.equal(t.link.snapshot().counters.dropped, 3);
  assert.match(t.logs.map((l) => l[1]).join('\n'), /5: duplicate[\s\S]*4: stale/);
});

test('malformed commands are logged and ignored; the link keeps working', async () => {
  const t = await startLink();
  const bad = [
    'not json',
    '{"v":2,"seq":1,"op":"ping"}',
    '{"v":1,"seq":1,"op":"reboot"}',
    '{"v":1,"seq":0,"op":"ping"}',
    '{"v":1,"seq":1,"op":"set_status","status":"Busy"}',
    '{"v":1,"seq":1,"op":"ping","extra":true}',
    'x'.repeat(300),
  ];
  for (const text of bad) t.empApi.deliver(text);
  t.empApi.deliverRaw({ channel: '/topic/OmniSyncToConsole', data: {} });
  t.empApi.deliverRaw(null);
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 1, 'nothing answered');
  assert.equal(t.link.snapshot().counters.malformed, bad.length + 2);
  assert.equal(t.link.snapshot().lastCommandSeq, 0, 'a malformed command does not move the baseline');
  assert.match(t.logs.map((l) => l[1]).join('\n'), /unsupported_version v[\s\S]*unknown_op op[\s\S]*too_long/);
  t.empApi.deliver(command(1, 'ping'));
  await drain();
  assert.equal(t.server.last().ack, 1);
});

test('empty command field (the record was created by the console) is not an error', async () => {
  const t = await startLink();
  t.empApi.deliver(null);
  t.empApi.deliver('');
  await drain();
  assert.equal(t.link.snapshot().counters.malformed, 0);
  assert.equal(t.server.reports.length, 1);
});

test('a command for another agent is dropped', async () => {
  const t = await startLink();
  t.empApi.deliver(command(1, 'logout'), OTHER_AGENT);
  await drain();
  assert.equal(t.toolkit.named('logout').length, 0);
  assert.equal(t.link.snapshot().counters.dropped, 1);
  t.empApi.deliver(command(2, 'ping'), AGENT.slice(0, 15));
  await drain();
  assert.equal(t.server.last().ack, 2, 'the 15-character form of the agent id is the same agent');
});

test('rate limit: a burst of Omni events becomes one report with the final state', async () => {
  const t = await startLink();
  await t.clock.advance(1000);
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: BUSY, reason: 'OmniManualStatusChange' });
  await drain();
  assert.equal(t.server.reports.length, 2, 'the first change after a quiet time goes out at once');
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: BREAK, reason: 'OmniManualStatusChange' });
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: '0BzA' });
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: AVAILABLE, reason: 'OmniSupervisorStatusChange' });
  await t.clock.advance(999);
  assert.equal(t.server.reports.length, 2, 'held back for the rest of the interval');
  await t.clock.advance(1);
  assert.equal(t.server.reports.length, 3);
  assert.deepEqual(t.server.last(), report({ seq: 3, status: AVAILABLE, reason: 'supervisor', work: 1, offered: 1 }));
});

test('rate limit: a change that is undone within the interval sends nothing', async () => {
  const t = await startLink();
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: '0BzA' });
  await drain();
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: BUSY, reason: 'OmniManualStatusChange' });
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: AVAILABLE, reason: 'OmniManualStatusChange' });
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 2);
});

test('rate limit does not hold back the answer to a command', async () => {
  const t = await startLink();
  await t.clock.advance(1000);
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: '0BzA' });
  await drain();
  t.link.handleOmniEvent('omniChannelWorkAccepted', { workId: '0BzA' });
  await drain();
  assert.equal(t.server.reports.length, 2, 'the second event waits');
  t.empApi.deliver(command(1, 'ping'));
  await drain();
  assert.equal(t.server.reports.length, 3, 'the answer goes out at once and carries the waiting change');
  assert.deepEqual(t.server.last(), report({ seq: 3, ack: 1, status: AVAILABLE, work: 1, offered: 0 }));
  await t.clock.advance(5000);
  assert.equal(t.server.reports.length, 3);
});

test('a failed report is retried with backoff and the state line says so', async () => {
  const t = await startLink();
  t.server.failReports = 2;
  t.empApi.deliver(command(1, 'set_status', BUSY));
  await drain();
  assert.equal(t.link.snapshot().state, 'failing');
  assert.equal(t.states[t.states.length - 1][1], 'Desktop companion: cannot reach Salesforce, retrying');
  assert.deepEqual(t.clock.pending(), [750], 'first retry after about a second (jittered)');
  await t.clock.advance(750);
  assert.deepEqual(t.clock.pending(), [1500], 'then twice as long');
  await t.clock.advance(1500);
  const last = t.server.last();
  assert.equal(last.ack, 1);
  assert.equal(last.seq, 4, 'each attempt used its own seq');
  assert.equal(t.link.snapshot().state, 'connected');
  assert.equal(t.link.snapshot().counters.reportFailures, 2);
});

test('reconnect: after a streaming error it resubscribes, refreshes, and does not replay the gap', async () => {
  const t = await startLink();
  t.empApi.deliver(command(1, 'ping'));
  await drain();
  const first = t.empApi.active()[0];
  t.empApi.fail({ error: '403::Unknown client', successful: false });
  await drain();
  assert.equal(t.link.snapshot().state, 'reconnecting');
  assert.equal(t.states[t.states.length - 1][1], 'Desktop companion: reconnecting');
  assert.equal(first.active, false, 'the broken subscription is dropped');
  // While the link is down the desktop writes a command and the agent changes status.
  t.server.record.toConsole = command(2, 'set_status', BREAK);
  t.toolkit.status = BUSY;
  t.empApi.failSubscribe = 1;
  await t.clock.advance(750);
  assert.equal(t.empApi.active().length, 0, 'the first resubscribe failed');
  await t.clock.advance(1500);
  assert.equal(t.empApi.active().length, 1);
  assert.equal(t.empApi.active()[0].channel, `/topic/OmniSyncToConsole?Agent_Id__c=${AGENT}`);
  assert.equal(t.link.snapshot().state, 'connected');
  assert.equal(t.toolkit.named('setServicePresenceStatus').length, 0, 'the command from the gap is not run late');
  assert.equal(t.link.snapshot().lastCommandSeq, 2);
  assert.deepEqual(t.server.last(), report({ seq: 3, ack: 1, status: BUSY, reason: 'manual' }));
  t.empApi.deliver(command(3, 'set_status', BREAK));
  await drain();
  assert.deepEqual(t.server.last(), report({ seq: 4, ack: 3, status: BREAK, reason: 'toolkit' }));
  assert.equal(t.link.snapshot().counters.reconnects, 1);
});

test('start: a failed first read is retried until it works', async () => {
  const clock = new FakeClock();
  const server = new FakeServer();
  server.failLoads = 2;
  const empApi = new FakeEmpApi();
  const states = [];
  const l = link.createLink({
    toolkit: new FakeToolkit(), empApi, server, clock, random: () => 0.5,
    onState: (state) => states.push(state), log: () => {},
  });
  l.start();
  await drain();
  assert.equal(l.snapshot().state, 'failing');
  await clock.advance(750);
  await clock.advance(1500);
  assert.equal(l.snapshot().state, 'waiting');
  assert.equal(server.loads, 3);
  assert.equal(empApi.errorHandlers.length, 1, 'one error handler however many attempts');
  assert.equal(server.reports.length, 1);
});

test('close: one last report says the console closed, then everything stops', async () => {
  const t = await startLink();
  t.empApi.deliver(command(1, 'ping'));
  await drain();
  await t.clock.advance(1000);
  t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: '0BzA' });
  await drain();
  t.link.handleOmniEvent('omniChannelWorkAccepted', { workId: '0BzA' }); // held by the rate limit
  assert.equal(t.server.reports.length, 3);
  await t.link.close();
  assert.deepEqual(t.server.last(), report({ seq: 4, ack: 1, status: null, work: 1, offered: 0, console: 'closed' }));
  assert.equal(t.empApi.active().length, 0);
  assert.deepEqual(t.clock.pending(), [], 'no timer left behind');
  assert.equal(t.link.snapshot().state, 'closed');
  t.empApi.deliver(command(2, 'logout'));
  t.link.handleOmniEvent('omniChannelStatusChanged', { statusId: BUSY, reason: 'OmniManualStatusChange' });
  t.empApi.fail({ error: 'gone' });
  await t.clock.advance(60000);
  assert.equal(t.server.reports.length, 4);
  assert.equal(t.toolkit.named('logout').length, 0);
});

test('every report written is valid and within 255 characters', async () => {
  const t = await startLink();
  for (let i = 0; i < 40; i += 1) {
    t.link.handleOmniEvent('omniChannelWorkAssigned', { workId: `0Bz${i}` });
    t.empApi.deliver(i % 2 ? command(i + 1, 'ping') : command(i + 1, 'set_status', i % 4 ? BUSY : BREAK));
    await t.clock.advance(300);
  }
  for (const text of [t.server.record.toDesktop]) {
    assert.ok(text.length <= 255);
    assert.equal(link.parseMessage(text, 'report').ok, true);
  }
  assert.equal(t.server.reports.length, 41);
  assert.equal(t.server.last().work, 40);
});
