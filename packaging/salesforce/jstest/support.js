'use strict';
// Fakes of what the console gives the link: the Omni toolkit, empApi, the
// Apex controller and a clock whose timers run only when a test advances it.
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const link = require('../force-app/main/default/staticresources/OmniSyncLink.js');

const AGENT = '005Ws00000AgentAAA';
const OTHER_AGENT = '005Ws00000OtherAAA';
const AVAILABLE = '0N5Ws000000AvlAAAS';
const BUSY = '0N5Ws000000BsyAAAS';
const BREAK = '0N5Ws000000BrkAAAS';

/** Lets every pending promise callback run. */
function drain() {
  return new Promise((resolve) => setImmediate(resolve));
}

class FakeClock {
  constructor() {
    this.time = 1_000_000;
    this.timers = new Map();
    this.nextId = 1;
  }
  now() {
    return this.time;
  }
  setTimeout(fn, ms) {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(id) {
    this.timers.delete(id);
  }
  pending() {
    return [...this.timers.values()].map((t) => t.at - this.time);
  }
  /** Moves time forward, running due timers in order and the promises they start. */
  async advance(ms) {
    const until = this.time + ms;
    for (;;) {
      let next = null;
      for (const [id, t] of this.timers) {
        if (t.at <= until && (next === null || t.at < next[1].at)) next = [id, t];
      }
      if (next === null) break;
      this.timers.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].fn();
      await drain();
    }
    this.time = until;
    await drain();
  }
}

class FakeToolkit {
  constructor({ status = AVAILABLE, works = [] } = {}) {
    this.status = status;
    this.works = works;
    this.calls = [];
    this.refuse = null;
    this.hold = null;
  }
  _call(name, args, result) {
    this.calls.push([name, args]);
    if (this.refuse && this.refuse[name]) return Promise.reject(new Error(this.refuse[name]));
    if (this.hold && this.hold[name]) {
      return new Promise((resolve) => {
        this.hold[name] = () => resolve(result());
      });
    }
    return Promise.resolve(result());
  }
  setServicePresenceStatus(args) {
    return this._call('setServicePresenceStatus', args, () => {
      this.status = args.statusId;
      return { statusId: args.statusId, statusName: 'Name', statusApiName: 'Api', channels: '[]' };
    });
  }
  logout() {
    return this._call('logout', undefined, () => {
      this.status = null;
      return true;
    });
  }
  getServicePresenceStatusId() {
    this.calls.push(['getServicePresenceStatusId']);
    if (this.status === null) return Promise.reject(new Error('The agent is not logged in to Omni-Channel.'));
    return Promise.resolve({ statusId: this.status, statusName: 'Name', statusApiName: 'Api' });
  }
  getAgentWorks() {
    this.calls.push(['getAgentWorks']);
    return Promise.resolve({ works: JSON.stringify(this.works) });
  }
  named(name) {
    return this.calls.filter((c) => c[0] === name);
  }
}

class FakeEmpApi {
  constructor() {
    this.subscriptions = [];
    this.unsubscribed = [];
    this.errorHandlers = [];
    this.failSubscribe = 0;
    this.replayId = 0;
  }
  subscribe(channel, replayId, onMessage) {
    if (this.failSubscribe > 0) {
      this.failSubscribe -= 1;
      return Promise.reject({ error: '403::Unknown client' });
    }
    const subscription = { id: this.subscriptions.length + 1, channel, replayId, onMessage, active: true };
    this.subscriptions.push(subscription);
    return Promise.resolve(subscription);
  }
  unsubscribe(subscription) {
    subscription.active = false;
    this.unsubscribed.push(subscription);
    return Promise.resolve(true);
  }
  onError(callback) {
    this.errorHandlers.push(callback);
  }
  active() {
    return this.subscriptions.filter((s) => s.active);
  }
  /** A PushTopic event carrying a command, as empApi hands it to the callback. */
  event(toConsole, agentId = AGENT) {
    this.replayId += 1;
    return {
      channel: '/topic/OmniSyncToConsole',
      data: {
        event: { createdDate: '2026-11-25T13:00:00.000Z', replayId: this.replayId, type: 'updated' },
        sobject: { Id: 'a00Ws000001LinkAAA', Agent_Id__c: agentId, To_Console__c: toConsole },
      },
    };
  }
  deliver(toConsole, agentId) {
    const message = this.event(toConsole, agentId);
    for (const s of this.active()) s.onMessage(message);
  }
  deliverRaw(message) {
    for (const s of this.active()) s.onMessage(message);
  }
  fail(error) {
    for (const handler of this.errorHandlers) handler(error);
  }
}

class FakeServer {
  constructor({ toConsole = null, toDesktop = null, linkKey = null, workFields = {} } = {}) {
    this.record = { toConsole, toDesktop, linkKey };
    this.workFields = workFields; // workId -> what describeWork answers (absent: it fails)
    this.described = [];
    this.reports = [];
    this.written = [];
    this.failReports = 0;
    this.failLoads = 0;
    this.loads = 0;
  }
  load() {
    this.loads += 1;
    if (this.failLoads > 0) {
      this.failLoads -= 1;
      return Promise.reject([{ message: 'Unable to reach Salesforce' }]);
    }
    const { toConsole, toDesktop, linkKey } = this.record;
    return Promise.resolve({ agentId: AGENT, toConsole, toDesktop, linkKey });
  }
  report(agentId, text) {
    if (agentId !== AGENT) return Promise.reject(new Error('A console link record can only be written by its own agent.'));
    if (this.failReports > 0) {
      this.failReports -= 1;
      return Promise.reject([{ message: 'Unable to reach Salesforce' }]);
    }
    const parsed = link.parseMessage(text, 'report');
    if (!parsed.ok) return Promise.reject(new Error(`invalid report ${parsed.code}`));
    this.record.toDesktop = text;
    this.written.push(text);
    this.reports.push(parsed.message);
    return Promise.resolve();
  }
  /** The Apex controller's read of one AgentWork (no API call in a real org). */
  describeWork(workId) {
    this.described.push(workId);
    const fields = this.workFields[workId];
    return fields ? Promise.resolve(fields) : Promise.reject([{ message: 'List has no rows for assignment' }]);
  }
  last() {
    return this.reports[this.reports.length - 1];
  }
}

/**
 * A link with fresh fakes, not started; options override the fakes' starting
 * state and may add a loopback (createLoopback) to try first.
 */
function makeLink(options = {}) {
  const clock = new FakeClock();
  const toolkit = new FakeToolkit(options.toolkit);
  const empApi = new FakeEmpApi();
  const server = new FakeServer(options.server);
  const states = [];
  const logs = [];
  const instance = link.createLink({
    toolkit,
    empApi,
    server,
    clock,
    random: () => 0.5,
    loopback: options.loopback,
    onState: (state, line) => states.push([state, line]),
    log: (level, text) => logs.push([level, text]),
    minReportIntervalMs: options.minReportIntervalMs === undefined ? 1000 : options.minReportIntervalMs,
  });
  return { link: instance, clock, toolkit, empApi, server, states, logs, written: server.written };
}

/** A started link with fresh fakes. */
async function startLink(options = {}) {
  const made = makeLink(options);
  made.link.start();
  await drain();
  return made;
}

function command(seq, op, status) {
  const message = { v: 1, seq, op };
  if (status !== undefined) message.status = status;
  return link.encodeMessage(message, 'command');
}

module.exports = {
  REPO_ROOT, link, AGENT, OTHER_AGENT, AVAILABLE, BUSY, BREAK,
  drain, FakeClock, FakeToolkit, FakeEmpApi, FakeServer, makeLink, startLink, command,
};
