/*
 * OmniSync console link: the decision logic of the OmniSyncConsole utility-bar
 * component, kept out of the Aura controller so that it runs unchanged in the
 * console (loaded with ltng:require) and in Node's test runner.
 *
 * The contract (resources/link/omnisync-link-v1.schema.json) in short:
 * commands from the desktop arrive in To_Console__c through the
 * OmniSyncToConsole PushTopic; reports go back in To_Desktop__c through the
 * Apex controller. Both are compact versioned JSON of at most 255 characters,
 * each side numbering its own messages with seq.
 *
 * The same messages can instead go over the desktop's loopback link (a
 * WebSocket on 127.0.0.1, createLoopback below): the component tries it first
 * when the Apex controller hands it the key of the desktop's sign-in, and
 * falls back to the record and PushTopic for the session when it does not
 * answer (browser permission refused, desktop not running, key refused).
 *
 * Everything the link touches is injected (Omni toolkit, empApi, Apex calls,
 * WebSocket, clock and timers), so the tests drive it with fakes or with the
 * desktop's real listener, and no real time passes.
 */
/* global module -- the CommonJS export for Node's tests, only touched after the typeof check */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  } else {
    root.OmniSyncLink = api;
  }
})(typeof window !== 'undefined' ? window : this, function () {
  'use strict';

  var VERSION = 1;
  var MAX_LENGTH = 255;
  var MAX_INT = 9007199254740991;
  var CHANNEL = '/topic/OmniSyncToConsole';
  var LOOPBACK_HOST = '127.0.0.1';
  var LOOPBACK_PORTS = [47615, 47616, 47617, 47618]; // the desktop's registered range
  var CLOSE_BAD_KEY = 4401;
  var NO_KEY = 'the desktop app has not published a link key (not signed in, or an older version)';
  var CLOSE_REPLACED = 4409;
  var KEY_ORDER = {
    command: ['v', 'seq', 'op', 'status'],
    report: ['v', 'seq', 'ack', 'status', 'reason', 'work', 'offered', 'load', 'item', 'console', 'error'],
    item: ['id', 'state', 'channel', 'external', 'weight', 'percent']
  };
  var ITEM_REQUIRED = ['id', 'state', 'channel'];
  var CHANNEL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
  var REPORT_REQUIRED = ['v', 'seq', 'ack', 'status', 'reason', 'work', 'console'];
  var OPS = { set_status: ['v', 'seq', 'op', 'status'], logout: ['v', 'seq', 'op'], ping: ['v', 'seq', 'op'] };
  var REASONS = ['manual', 'toolkit', 'push_timeout', 'decline', 'supervisor', 'login', 'duplicate_login', 'duplicate_tab', 'maintenance', null];
  var OMNI_REASONS = {
    OmniManualStatusChange: 'manual',
    OmniToolkitStatusChange: 'toolkit',
    OmniPushTimeout: 'push_timeout',
    OmniDeclineWork: 'decline',
    OmniSupervisorStatusChange: 'supervisor',
    OmniLoginStatusChange: 'login'
  };
  /* lightning:omniChannelLogout's reason (absent before Summer '23 and for the agent's own logout). */
  var LOGOUT_REASONS = {
    DuplicateLogin: 'duplicate_login',
    DuplicateLoginInSameBrowser: 'duplicate_tab',
    MaintenanceLogout: 'maintenance',
    OmniSupervisorLogout: 'supervisor'
  };
  var STATUS_ID = /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/;
  var ERROR_CODE = /^[a-z0-9_]{1,40}$/;
  var STATE_LINES = {
    starting: 'Desktop companion: starting',
    waiting: 'Desktop companion: waiting for the desktop app',
    connected: 'Desktop companion connected',
    standby: 'Desktop companion: connected in another console tab',
    reconnecting: 'Desktop companion: reconnecting',
    failing: 'Desktop companion: cannot reach Salesforce, retrying',
    closed: 'Desktop companion: stopped'
  };

  function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  function isCount(value, min) {
    return typeof value === 'number' && Math.floor(value) === value && value >= min && value <= MAX_INT;
  }

  function fail(code, field) {
    var error = { ok: false, code: code };
    if (field !== undefined) {
      error.field = field;
    }
    return error;
  }

  /*
   * The keys of the top-level JSON object in the order they appear in the
   * text. JSON.parse moves integer-like keys to the front, so the rule "the
   * first unknown key in the text's order" needs the text itself. The text is
   * already known to be a valid JSON object when this runs.
   */
  function keysInTextOrder(text) {
    var keys = [];
    var depth = 0;
    var i = 0;
    var expectKey = false;
    while (i < text.length) {
      var ch = text.charAt(i);
      if (ch === '"') {
        var end = i + 1;
        while (text.charAt(end) !== '"') {
          end += text.charAt(end) === '\\' ? 2 : 1;
        }
        if (depth === 1 && expectKey) {
          keys.push(JSON.parse(text.slice(i, end + 1)));
          expectKey = false;
        }
        i = end + 1;
        continue;
      }
      if (ch === '{' || ch === '[') {
        depth += 1;
        expectKey = depth === 1 && ch === '{';
      } else if (ch === '}' || ch === ']') {
        depth -= 1;
      } else if (ch === ',' && depth === 1) {
        expectKey = true;
      }
      i += 1;
    }
    return keys;
  }

  function checkCommandField(key, value) {
    if (key === 'seq') {
      return isCount(value, 1);
    }
    if (key === 'status') {
      return typeof value === 'string' && STATUS_ID.test(value);
    }
    return true; // v and op were checked before
  }

  function isAmount(value) {
    return typeof value === 'number' && isFinite(value) && value >= 0 && value <= MAX_INT;
  }

  /* A report's item, checked as one field (anything wrong inside it is bad_field item). */
  function checkItem(item, message) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return false;
    }
    for (var key in item) {
      if (has(item, key) && KEY_ORDER.item.indexOf(key) < 0) {
        return false;
      }
    }
    for (var r = 0; r < ITEM_REQUIRED.length; r += 1) {
      if (!has(item, ITEM_REQUIRED[r])) {
        return false;
      }
    }
    var good =
      typeof item.id === 'string' &&
      STATUS_ID.test(item.id) &&
      (item.state === 'offered' || item.state === 'active') &&
      typeof item.channel === 'string' &&
      CHANNEL_NAME.test(item.channel) &&
      (!has(item, 'external') || typeof item.external === 'boolean') &&
      (!has(item, 'weight') || isAmount(item.weight)) &&
      (!has(item, 'percent') || isAmount(item.percent));
    // The item must be among the report's counts (both were checked before it).
    return good && message.work > 0 && !(item.state === 'offered' && !(message.offered > 0));
  }

  function checkReportField(key, value, message) {
    switch (key) {
      case 'item':
        return checkItem(value, message);
      case 'seq':
        return isCount(value, 1);
      case 'ack':
      case 'work':
      case 'load':
        return isCount(value, 0);
      case 'offered':
        return isCount(value, 0) && !(isCount(message.work, 0) && value > message.work);
      case 'status':
        return value === null || (typeof value === 'string' && STATUS_ID.test(value));
      case 'reason':
        return REASONS.indexOf(value) >= 0;
      case 'console':
        return value === 'open' || value === 'closed';
      case 'error':
        return typeof value === 'string' && ERROR_CODE.test(value);
      default:
        return true;
    }
  }

  /*
   * Parses one message of the given kind ('command' or 'report') and returns
   * {ok: true, message} or {ok: false, code, field}: the codes and their order
   * are those of the contract's x-omnisync-errors.
   */
  function parseMessage(text, kind) {
    if (kind !== 'command' && kind !== 'report') {
      throw new Error('kind must be "command" or "report", not ' + kind);
    }
    if (typeof text !== 'string') {
      return fail('not_json');
    }
    if (text.length > MAX_LENGTH) {
      return fail('too_long');
    }
    var message;
    try {
      message = JSON.parse(text);
      // eslint-disable-next-line no-unused-vars -- ES5 has no catch without a binding; any error means not JSON
    } catch (e) {
      return fail('not_json');
    }
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      return fail('not_object');
    }
    if (!has(message, 'v')) {
      return fail('missing_field', 'v');
    }
    if (message.v !== VERSION) {
      return fail('unsupported_version', 'v');
    }
    var allowed;
    var required;
    if (kind === 'command') {
      if (!has(message, 'op')) {
        return fail('missing_field', 'op');
      }
      if (typeof message.op !== 'string' || !has(OPS, message.op)) {
        return fail('unknown_op', 'op');
      }
      allowed = OPS[message.op];
      required = allowed;
    } else {
      allowed = KEY_ORDER.report;
      required = REPORT_REQUIRED;
    }
    var textKeys = keysInTextOrder(text);
    for (var k = 0; k < textKeys.length; k += 1) {
      if (allowed.indexOf(textKeys[k]) < 0) {
        return fail('unknown_field', textKeys[k]);
      }
    }
    var order = KEY_ORDER[kind];
    for (var m = 0; m < order.length; m += 1) {
      if (required.indexOf(order[m]) >= 0 && !has(message, order[m])) {
        return fail('missing_field', order[m]);
      }
    }
    for (var b = 0; b < order.length; b += 1) {
      var key = order[b];
      if (!has(message, key)) {
        continue;
      }
      var good = kind === 'command' ? checkCommandField(key, message[key]) : checkReportField(key, message[key], message);
      if (!good) {
        return fail('bad_field', key);
      }
    }
    return { ok: true, message: message };
  }

  /* Compact JSON in the contract's key order; throws if the result would be invalid. */
  function encodeMessage(message, kind) {
    var parts = [];
    var order = KEY_ORDER[kind];
    for (var key in message) {
      if (has(message, key) && message[key] !== undefined && order.indexOf(key) < 0) {
        throw new Error('refusing to write an invalid ' + kind + ': unknown_field ' + key);
      }
    }
    for (var i = 0; i < order.length; i += 1) {
      if (has(message, order[i]) && message[order[i]] !== undefined) {
        parts.push(JSON.stringify(order[i]) + ':' + JSON.stringify(message[order[i]]));
      }
    }
    var text = '{' + parts.join(',') + '}';
    var check = parseMessage(text, kind);
    if (!check.ok) {
      throw new Error('refusing to write an invalid ' + kind + ': ' + check.code + (check.field ? ' ' + check.field : ''));
    }
    return text;
  }

  /* The contract's reader rule: an equal seq is a duplicate, a lower one is stale. */
  function seqVerdict(last, seq) {
    if (seq > last) {
      return 'new';
    }
    return seq === last ? 'duplicate' : 'stale';
  }

  function omniReason(reason) {
    return has(OMNI_REASONS, reason) ? OMNI_REASONS[reason] : 'manual';
  }

  function logoutReason(reason) {
    return has(LOGOUT_REASONS, reason) ? LOGOUT_REASONS[reason] : 'manual';
  }

  function sameAgent(a, b) {
    // 15- and 18-character forms of one id share their first 15 characters.
    return typeof a === 'string' && typeof b === 'string' && a.slice(0, 15) === b.slice(0, 15);
  }

  function describe(error) {
    if (!error) {
      return 'unknown error';
    }
    if (typeof error === 'string') {
      return error;
    }
    if (Array.isArray(error)) {
      return error.map(describe).join('; ');
    }
    return error.message || error.error || JSON.stringify(error);
  }

  /*
   * The desktop's loopback link, shaped like empApi plus report() so that the
   * link can use either. options: WebSocket (the constructor), ports, host.
   * subscribe(key, onMessage, onClose) dials the ports in order and resolves
   * once one opens (the key goes in the first frame); onClose({code, reason})
   * tells the link when an open socket closes. key may be a function giving a
   * promise of the key: it is then read only once a socket has opened, so a
   * dial while no desktop listens costs nothing but the local attempt.
   */
  function createLoopback(options) {
    var Socket = options.WebSocket;
    var ports = options.ports || LOOPBACK_PORTS;
    var host = options.host || LOOPBACK_HOST;
    var current = null;

    function dial(index, key, onMessage, onClose, tried) {
      if (index >= ports.length) {
        return Promise.reject(new Error('the desktop app does not answer on ' + host + ' (' + tried.join('; ') + ')'));
      }
      var port = ports[index];
      return new Promise(function (resolve, reject) {
        var ws;
        var opened = false;
        var failed = false;
        try {
          ws = new Socket('ws://' + host + ':' + port + '/');
        } catch (e) {
          tried.push(port + ': ' + describe(e));
          dial(index + 1, key, onMessage, onClose, tried).then(resolve, reject);
          return;
        }
        var ready = false; // the hello is sent: a close from here on is the link's
        function abandon(error) {
          ws.onclose = function () {};
          ws.close(1000, 'no key');
          reject(error);
        }
        ws.onopen = function () {
          opened = true;
          Promise.resolve()
            .then(function () {
              return typeof key === 'function' ? key() : key;
            })
            .then(function (value) {
              if (failed) {
                return; // closed while the key was read
              }
              if (!value) {
                abandon(new Error(NO_KEY));
                return;
              }
              ready = true;
              current = ws;
              ws.send(JSON.stringify({ v: VERSION, hello: value }));
              resolve({ channel: 'ws://' + host + ':' + port + '/' });
            }, abandon);
        };
        ws.onmessage = function (event) {
          if (typeof event.data === 'string') {
            onMessage({ data: { sobject: { To_Console__c: event.data } } });
          }
        };
        function tryNext() {
          if (!failed) {
            failed = true; // error and close may both come (browsers), or only one (Node)
            tried.push(port + ': refused');
            dial(index + 1, key, onMessage, onClose, tried).then(resolve, reject);
          }
        }
        ws.onerror = function () {
          if (!opened) {
            tryNext();
          }
        };
        ws.onclose = function (event) {
          if (!opened) {
            tryNext();
            return;
          }
          if (!ready) {
            failed = true;
            reject(new Error('the desktop app closed the link before the key was read'));
            return;
          }
          if (current === ws) {
            current = null;
          }
          onClose({ code: event.code, reason: event.reason || '' });
        };
      });
    }

    return {
      subscribe: function (key, onMessage, onClose) {
        return dial(0, key, onMessage, onClose, []);
      },
      unsubscribe: function () {
        var ws = current;
        current = null;
        if (ws !== null) {
          ws.onclose = function () {};
          ws.close(1000, 'console closed');
        }
        return Promise.resolve();
      },
      report: function (text) {
        if (current === null) {
          return Promise.reject(new Error('the desktop link is not open'));
        }
        current.send(text);
        return Promise.resolve();
      }
    };
  }

  /*
   * One link per console component. options:
   *   toolkit  lightning:omniToolkitAPI (setServicePresenceStatus, logout,
   *            getServicePresenceStatusId, getAgentWorks; all return promises)
   *   empApi   {subscribe(channel, replayId, onMessage) -> Promise<subscription>,
   *            unsubscribe(subscription) -> Promise, onError(callback)}
   *   server   {load() -> Promise<{agentId, toConsole, toDesktop, linkKey}>,
   *            report(agentId, text) -> Promise,
   *            describeWork(workId) -> Promise<{channel, routingType, weight,
   *            percent}>}   (the Apex controller: no API call, hence the item
   *            a report carries; describeWork is optional, without it reports
   *            name no item and the desktop queries AgentWork)
   *   loopback createLoopback(...) to try the desktop's direct link first
   *            (optional: without it, or without a key, the record is used)
   *   clock    {now() -> ms, setTimeout(fn, ms) -> handle, clearTimeout(handle)}
   *   random   () -> [0, 1), for retry jitter (default Math.random)
   *   onState  (state, line) -> void, for the utility-bar label
   *   log      (level, text) -> void
   *   minReportIntervalMs  reports caused by Omni events are at least this far
   *            apart (answers to commands are not held back); default 1000
   *   retryBaseMs, retryMaxMs  backoff for failed Apex calls and resubscribes
   *   redialMaxMs  while the record carries the link because the desktop did
   *            not answer or had no key out, the direct link is dialled again
   *            after retryBaseMs, doubling up to this (default 5000): a local
   *            attempt only, the key being read once a socket opens
   */
  function createLink(options) {
    var toolkit = options.toolkit;
    var loopback = options.loopback || null;
    var empApi = options.empApi;
    var server = options.server;
    var clock = options.clock;
    var random = options.random || Math.random;
    var onState = options.onState || function () {};
    var log = options.log || function () {};
    var minInterval = options.minReportIntervalMs === undefined ? 1000 : options.minReportIntervalMs;
    var retryBase = options.retryBaseMs || 1000;
    var retryMax = options.retryMaxMs || 60000;
    var redialMax = options.redialMaxMs || 5000;

    var s = {
      state: 'idle',
      agentId: null,
      subscription: null,
      subscribing: false,
      redialing: false, // reading the link record after a ping over the record
      lastCommandSeq: 0, // highest command seq accepted (executed, or seen at start)
      ack: 0,
      reportSeq: 0,
      status: null,
      statusReason: null, // reason of the latest status change not yet reported
      works: {}, // workId -> true while offered, false once accepted
      details: {}, // workId -> {channel, external, weight, percent}, from the Apex controller
      touched: {}, // workIds whose work changed since the last report sent
      touchedUnknown: false, // the works were read again: the next report names no item
      describing: 0, // Apex reads of a new item's fields under way (reports wait for them)
      load: null, // workload in % of the configured capacity, once Omni has said it
      sent: null, // the last report sent: {status, work, offered, load, console}
      answers: [], // commands executed but not yet answered: {ack, error}
      busy: 0, // commands being executed
      expectLogout: false,
      sending: false,
      lastSentAt: null,
      sendTimer: null,
      sendTimerIsRetry: false,
      sendFailures: 0,
      subscribeTimer: null,
      subscribeFailures: 0,
      chain: Promise.resolve(),
      heardDesktop: false,
      linkKey: null, // the desktop's loopback key of this sign-in, from the record
      redialTimer: null,
      redialFailures: 0,
      transport: null, // 'loopback' or 'record', chosen per session by what answers
      fallbackWhy: null, // why the loopback link is not used
      closed: false,
      counters: { executed: 0, dropped: 0, malformed: 0, reports: 0, reportFailures: 0, reconnects: 0 }
    };

    function setState(state) {
      if (s.state !== state) {
        s.state = state;
        onState(state, STATE_LINES[state]);
      }
    }

    function settle() {
      if (s.closed) {
        return;
      }
      if (s.sendFailures > 0) {
        setState('failing');
      } else if (s.subscription === null) {
        setState(s.state === 'starting' ? 'starting' : 'reconnecting');
      } else if (s.state !== 'standby') {
        setState(s.heardDesktop ? 'connected' : 'waiting');
      }
    }

    function backoff(failures) {
      var base = Math.min(retryMax, retryBase * Math.pow(2, Math.max(0, failures - 1)));
      return Math.round(base / 2 + (base / 2) * random());
    }

    function counts() {
      var work = 0;
      var offered = 0;
      for (var id in s.works) {
        if (has(s.works, id)) {
          work += 1;
          if (s.works[id]) {
            offered += 1;
          }
        }
      }
      return { work: work, offered: offered };
    }

    /** lightning:omniChannelWorkloadChanged's new workload in whole % of the configured
     *  capacity; null when Omni gives no usable capacity (the report then leaves load out). */
    function workloadPercent(p) {
      var capacity = Number(p.configuredCapacity);
      var workload = Number(p.newWorkload);
      if (!(capacity > 0) || !(workload >= 0) || !isFinite(workload)) {
        return null;
      }
      return Math.round((100 * workload) / capacity);
    }

    function currentConsole() {
      return s.closed ? 'closed' : 'open';
    }

    function changedSinceSent() {
      var c = counts();
      return (
        s.sent === null ||
        s.sent.status !== s.status ||
        s.sent.work !== c.work ||
        s.sent.offered !== c.offered ||
        s.sent.load !== s.load ||
        s.sent.console !== currentConsole()
      );
    }

    /*
     * The one item a report's new counts are about, with its Apex-read fields:
     * null unless exactly one item changed (arrived or was accepted) since the
     * last report and it is still open.
     */
    function touchedItem(touched, unknown) {
      var ids = Object.keys(touched);
      if (unknown || ids.length !== 1 || !has(s.works, ids[0]) || !has(s.details, ids[0])) {
        return null;
      }
      var d = s.details[ids[0]];
      var item = { id: ids[0], state: s.works[ids[0]] ? 'offered' : 'active', channel: d.channel };
      if (d.external) {
        item.external = true;
      }
      if (d.weight > 0) {
        item.weight = d.weight;
      }
      if (d.percent > 0) {
        item.percent = d.percent;
      }
      return item;
    }

    /* Reads a new item's fields through the Apex controller (free of API cost). */
    function describeWork(workId) {
      if (typeof server.describeWork !== 'function' || has(s.details, workId)) {
        return;
      }
      s.describing += 1;
      Promise.resolve()
        .then(function () {
          return server.describeWork(workId);
        })
        .then(
          function (d) {
            if (d && typeof d.channel === 'string' && CHANNEL_NAME.test(d.channel) && has(s.works, workId)) {
              s.details[workId] = {
                channel: d.channel,
                external: d.routingType === 'ExternalRouting',
                weight: isAmount(d.weight) ? d.weight : 0,
                percent: isAmount(d.percent) ? d.percent : 0
              };
            }
          },
          function (error) {
            log('warn', 'Could not read work ' + workId + ' (' + describe(error) + '); the desktop reads it.');
          }
        )
        .then(function () {
          s.describing -= 1;
          flush();
        });
    }

    function touch(workId) {
      s.touched[workId] = true;
    }

    function buildReport(answer, touched, unknown) {
      var c = counts();
      var statusChanged = s.sent === null ? false : s.sent.status !== s.status;
      var report = {
        v: VERSION,
        seq: s.reportSeq + 1,
        ack: answer ? answer.ack : s.ack,
        status: s.status,
        reason: statusChanged ? s.statusReason || 'manual' : null,
        work: c.work,
        console: currentConsole()
      };
      if (c.offered > 0) {
        report.offered = c.offered; // the canonical form leaves out the default 0
      }
      if (s.load !== null) {
        report.load = s.load;
      }
      var item = touchedItem(touched || {}, unknown);
      if (item !== null) {
        report.item = item;
      }
      if (answer && answer.error) {
        report.error = answer.error;
      }
      return report;
    }

    function armSendTimer(delay, isRetry) {
      if (s.sendTimer === null) {
        s.sendTimerIsRetry = isRetry;
        s.sendTimer = clock.setTimeout(function () {
          s.sendTimer = null;
          flush();
        }, delay);
      }
    }

    function cancelSendTimer() {
      if (s.sendTimer !== null) {
        clock.clearTimeout(s.sendTimer);
        s.sendTimer = null;
      }
    }

    /* Sends the next report if one is due: answers first, then state changes. */
    function flush() {
      if (s.sending || s.agentId === null || s.closed) {
        return;
      }
      var answer = s.answers.length > 0 ? s.answers[0] : null;
      if (s.sendTimer !== null) {
        if (s.sendTimerIsRetry || answer === null) {
          return; // the timer will flush
        }
        cancelSendTimer(); // answers are not held back by the rate limit
      }
      if (answer === null) {
        if (s.busy > 0 || s.describing > 0 || !changedSinceSent()) {
          return; // a command in flight will answer with the state it leaves; an item's fields are on the way
        }
        var wait = s.lastSentAt === null ? 0 : s.lastSentAt + minInterval - clock.now();
        if (wait > 0) {
          armSendTimer(wait, false);
          return;
        }
      }
      var touched = s.touched;
      var unknown = s.touchedUnknown;
      s.touched = {};
      s.touchedUnknown = false;
      var report = buildReport(answer, touched, unknown);
      var text;
      try {
        text = encodeMessage(report, 'report');
      } catch (e) {
        if (!report.item) {
          throw e;
        }
        delete report.item; // too long with it (a long channel name): the desktop queries instead
        text = encodeMessage(report, 'report');
      }
      s.reportSeq = report.seq; // a failed write burns its seq: readers only drop equal or lower ones
      s.sending = true;
      Promise.resolve()
        .then(function () {
          return sendReport(text);
        })
        .then(
          function () {
            s.sending = false;
            s.ack = report.ack;
            s.sent = {
              status: report.status,
              work: report.work,
              offered: report.offered || 0,
              load: has(report, 'load') ? report.load : null,
              console: report.console
            };
            s.statusReason = null;
            s.lastSentAt = clock.now();
            s.counters.reports += 1;
            if (answer !== null) {
              s.answers.shift();
            }
            if (s.sendFailures > 0) {
              s.sendFailures = 0;
              settle();
            }
            flush();
          },
          function (error) {
            s.sending = false;
            for (var id in touched) {
              if (has(touched, id)) {
                s.touched[id] = true; // the retry tells what this one would have
              }
            }
            s.touchedUnknown = s.touchedUnknown || unknown;
            s.sendFailures += 1;
            s.counters.reportFailures += 1;
            log('warn', 'Could not write the report to Salesforce (' + describe(error) + '); retrying.');
            settle();
            if (!s.closed) {
              armSendTimer(backoff(s.sendFailures), true);
            }
          }
        );
    }

    function setStatus(statusId, reason) {
      var value = statusId || null;
      if (value !== s.status) {
        s.status = value;
        s.statusReason = reason;
      }
    }

    function readOmni() {
      var statusRead = Promise.resolve()
        .then(function () {
          return toolkit.getServicePresenceStatusId();
        })
        .then(
          function (result) {
            return result && result.statusId ? result.statusId : null;
          },
          function () {
            return null; // the toolkit rejects while the agent is logged out of Omni
          }
        );
      var worksRead = Promise.resolve()
        .then(function () {
          return toolkit.getAgentWorks();
        })
        .then(
          function (result) {
            var list = result && result.works ? result.works : [];
            return typeof list === 'string' ? JSON.parse(list) : list;
          },
          function () {
            return [];
          }
        );
      return Promise.all([statusRead, worksRead]).then(function (values) {
        setStatus(values[0], 'manual');
        var works = {};
        values[1].forEach(function (work) {
          if (work && work.workId) {
            works[work.workId] = !work.isEngaged;
          }
        });
        s.works = works;
        s.touchedUnknown = true; // read, not followed: the next report names no item
      });
    }

    function queueAnswer(seq, error) {
      s.answers.push({ ack: seq, error: error });
    }

    function execute(command) {
      s.counters.executed += 1;
      if (command.op === 'ping') {
        queueAnswer(command.seq, null);
        return Promise.resolve();
      }
      if (command.op === 'set_status') {
        return Promise.resolve()
          .then(function () {
            return toolkit.setServicePresenceStatus({ statusId: command.status });
          })
          .then(
            function (result) {
              setStatus(result && result.statusId ? result.statusId : command.status, 'toolkit');
              queueAnswer(command.seq, null);
            },
            function (error) {
              log('warn', 'Omni-Channel refused status ' + command.status + ': ' + describe(error));
              queueAnswer(command.seq, 'set_status_failed');
            }
          );
      }
      s.expectLogout = true;
      return Promise.resolve()
        .then(function () {
          return toolkit.logout();
        })
        .then(
          function () {
            setStatus(null, 'toolkit');
            dropOffered();
            queueAnswer(command.seq, null);
          },
          function (error) {
            log('warn', 'Omni-Channel logout failed: ' + describe(error));
            queueAnswer(command.seq, 'logout_failed');
          }
        )
        .then(function () {
          s.expectLogout = false;
        });
    }

    function dropOffered() {
      for (var id in s.works) {
        if (has(s.works, id) && s.works[id]) {
          delete s.works[id];
          touch(id);
        }
      }
    }

    /* One message from the OmniSyncToConsole PushTopic (an empApi event). */
    function handleMessage(event) {
      if (s.closed) {
        return;
      }
      var sobject = event && event.data && event.data.sobject;
      if (!sobject || typeof sobject !== 'object') {
        s.counters.malformed += 1;
        log('warn', 'Ignored a streaming event without a record: ' + describe(event));
        return;
      }
      if (has(sobject, 'Agent_Id__c') && !sameAgent(sobject.Agent_Id__c, s.agentId)) {
        s.counters.dropped += 1;
        log('warn', 'Ignored a command for another agent (check the subscription filter).');
        return;
      }
      var text = sobject.To_Console__c;
      if (text === null || text === undefined || text === '') {
        return; // the record was created or touched by this side
      }
      var parsed = parseMessage(text, 'command');
      if (!parsed.ok) {
        s.counters.malformed += 1;
        log('warn', 'Ignored a malformed command (' + parsed.code + (parsed.field ? ' ' + parsed.field : '') + ').');
        return;
      }
      var command = parsed.message;
      if (command.op === 'ping' && s.transport === 'record' && loopback !== null) {
        redialIfNewKey(); // whatever its seq: a desktop that signed in since starts lower
      }
      var verdict = seqVerdict(s.lastCommandSeq, command.seq);
      if (verdict !== 'new') {
        s.counters.dropped += 1;
        log('info', 'Dropped command ' + command.seq + ': ' + verdict + '.');
        return;
      }
      s.lastCommandSeq = command.seq;
      if (!s.heardDesktop) {
        s.heardDesktop = true;
        settle();
      }
      s.busy += 1;
      s.chain = s.chain
        .then(function () {
          return execute(command);
        })
        .then(function () {
          s.busy -= 1;
          flush();
        });
    }

    /* One Omni-Channel console event, named as the Aura event without "lightning:". */
    function handleOmniEvent(name, params) {
      if (s.closed || s.agentId === null) {
        return;
      }
      var p = params || {};
      switch (name) {
        case 'omniChannelStatusChanged':
          setStatus(p.statusId, omniReason(p.reason));
          break;
        case 'omniChannelLoginSuccess':
          setStatus(p.statusId, 'login');
          break;
        case 'omniChannelLogout':
          setStatus(null, s.expectLogout ? 'toolkit' : logoutReason(p.reason));
          dropOffered();
          break;
        case 'omniChannelWorkAssigned':
          if (p.workId) {
            s.works[p.workId] = true;
            touch(p.workId);
            describeWork(p.workId);
          }
          break;
        case 'omniChannelWorkAccepted':
          if (p.workId) {
            s.works[p.workId] = false;
            touch(p.workId);
            describeWork(p.workId); // assigned before this console loaded: read it now
          }
          break;
        case 'omniChannelWorkDeclined':
        case 'omniChannelWorkClosed':
          if (p.workId) {
            delete s.works[p.workId];
            delete s.details[p.workId];
            touch(p.workId);
          }
          break;
        case 'omniChannelWorkloadChanged':
          s.load = workloadPercent(p);
          break;
        case 'omniChannelConnectionError':
          log('warn', 'Omni-Channel connection error: ' + describe(p.error));
          readOmni().then(flush);
          return;
        default:
          log('info', 'Ignored Omni-Channel event ' + name + '.');
          return;
      }
      flush();
    }

    function sendReport(text) {
      return s.transport === 'loopback' ? loopback.report(text) : server.report(s.agentId, text);
    }

    function useRecord(why) {
      if (s.fallbackWhy === null) {
        s.fallbackWhy = why;
        log('warn', 'Using the Salesforce record link for this session: ' + why + '.');
      }
    }

    /* Commands over the desktop's direct link when it answers, else the record. */
    function subscribe() {
      if (s.closed || s.subscribing || s.subscription !== null) {
        return Promise.resolve();
      }
      if (loopback !== null && s.fallbackWhy === null) {
        s.subscribing = true;
        return loopback.subscribe(readKey, handleMessage, handleLoopbackClose).then(
          function (subscription) {
            s.subscribing = false;
            goneDirect(subscription);
          },
          function (error) {
            s.subscribing = false;
            useRecord(describe(error));
            scheduleRedial();
            return subscribe();
          }
        );
      }
      s.transport = 'record';
      s.subscribing = true;
      var channel = CHANNEL + '?Agent_Id__c=' + s.agentId;
      return Promise.resolve()
        .then(function () {
          return empApi.subscribe(channel, -1, handleMessage);
        })
        .then(
          function (subscription) {
            s.subscribing = false;
            if (s.closed) {
              return empApi.unsubscribe(subscription);
            }
            s.subscription = subscription || { channel: channel };
            s.subscribeFailures = 0;
            settle();
            return undefined;
          },
          function (error) {
            s.subscribing = false;
            scheduleResubscribe('subscribe failed: ' + describe(error));
          }
        );
    }

    /* The key of the desktop that answered the dial, read now through the Apex controller. */
    function readKey() {
      return Promise.resolve()
        .then(function () {
          return server.load();
        })
        .then(function (link) {
          var key = link && link.linkKey;
          if (key) {
            s.linkKey = key;
          }
          return key || null;
        });
    }

    function goneDirect(subscription) {
      s.transport = 'loopback';
      s.subscription = subscription;
      s.subscribeFailures = 0;
      s.redialFailures = 0;
      s.fallbackWhy = null;
      log('info', 'Connected to the desktop app directly (' + subscription.channel + ').');
      settle();
      s.sent = null; // one report at once: it tells the desktop where both sequences are
      flush();
    }

    /*
     * On the record because the desktop did not answer (not running yet, or no
     * key out): dial again on a back-off, so that a desktop signing in later is
     * found without a ping through the record (an upsert and a delivery).
     */
    function scheduleRedial() {
      if (s.closed || loopback === null || s.redialTimer !== null) {
        return;
      }
      s.redialFailures += 1;
      var delay = Math.min(redialMax, retryBase * Math.pow(2, s.redialFailures - 1));
      s.redialTimer = clock.setTimeout(function () {
        s.redialTimer = null;
        redial();
      }, delay);
    }

    function redial() {
      if (s.closed || s.transport !== 'record' || s.fallbackWhy === null) {
        return;
      }
      if (s.subscribing || s.redialing || s.subscription === null) {
        scheduleRedial(); // the record's own subscription is under way
        return;
      }
      s.redialing = true;
      loopback.subscribe(readKey, handleMessage, handleLoopbackClose).then(
        function (subscription) {
          s.redialing = false;
          var old = s.subscription;
          if (s.closed || s.transport !== 'record') {
            return loopback.unsubscribe();
          }
          s.subscription = null;
          Promise.resolve()
            .then(function () {
              return empApi.unsubscribe(old);
            })
            .catch(function () {});
          goneDirect(subscription);
          return undefined;
        },
        function () {
          s.redialing = false;
          scheduleRedial();
        }
      );
    }

    function scheduleResubscribe(why) {
      if (s.closed || s.subscribeTimer !== null) {
        return;
      }
      s.subscribeFailures += 1;
      log('warn', 'Streaming link lost (' + why + '); subscribing again.');
      settle();
      s.subscribeTimer = clock.setTimeout(function () {
        s.subscribeTimer = null;
        resync().then(subscribe);
      }, backoff(s.subscribeFailures));
    }

    /*
     * Commands that arrived while the subscription was down are not replayed
     * (their age is unknown, and an old status change would be wrong now): the
     * desktop times them out and asks the agent. Only the sequence baseline and
     * the Omni state are refreshed.
     */
    function resync() {
      return Promise.resolve()
        .then(function () {
          return server.load();
        })
        .then(
          function (link) {
            adoptBaseline(link || {});
            return readOmni();
          },
          function (error) {
            log('warn', 'Could not read the link record (' + describe(error) + ').');
            return readOmni();
          }
        )
        .then(flush);
    }

    function adoptBaseline(link) {
      if (link.agentId) {
        s.agentId = link.agentId;
      }
      if (link.linkKey) {
        s.linkKey = link.linkKey; // a new sign-in of the desktop rotates it
      }
      if (link.toConsole) {
        var command = parseMessage(link.toConsole, 'command');
        if (command.ok && command.message.seq > s.lastCommandSeq) {
          s.lastCommandSeq = command.message.seq;
        }
      }
      if (link.toDesktop) {
        var report = parseMessage(link.toDesktop, 'report');
        if (report.ok) {
          s.reportSeq = Math.max(s.reportSeq, report.message.seq);
          s.ack = Math.max(s.ack, report.message.ack);
        }
      }
    }

    /*
     * A ping over the record may come from a desktop that signed in after this
     * console started (or fell back): when the record holds a key this
     * component has not tried, it tries the direct link with it. One Apex
     * read per such ping; none while the direct link is in use.
     */
    function redialIfNewKey() {
      if (s.redialing) {
        return;
      }
      s.redialing = true;
      Promise.resolve()
        .then(function () {
          return server.load();
        })
        .then(function (link) {
          var key = link && link.linkKey;
          if (s.closed || s.transport !== 'record' || s.subscription === null || !key || key === s.linkKey) {
            return undefined;
          }
          s.linkKey = key;
          s.fallbackWhy = null;
          var old = s.subscription;
          s.subscription = null;
          log('info', 'The desktop app has a new link key; trying the direct link.');
          return Promise.resolve()
            .then(function () {
              return empApi.unsubscribe(old);
            })
            .catch(function () {})
            .then(subscribe);
        })
        .catch(function (error) {
          log('warn', 'Could not read the link record (' + describe(error) + ').');
        })
        .then(function () {
          s.redialing = false;
        });
    }

    function handleLoopbackClose(event) {
      if (s.closed) {
        return;
      }
      s.subscription = null;
      if (event.code === CLOSE_REPLACED) {
        log('info', 'Another console tab took over the desktop link; this one stands by.');
        setState('standby');
        return;
      }
      if (event.code === CLOSE_BAD_KEY && !s.heardDesktop) {
        useRecord('the desktop app refused the key (' + event.reason + ')');
      }
      s.counters.reconnects += 1;
      scheduleResubscribe('desktop link closed: ' + event.code + ' ' + event.reason);
    }

    function handleStreamError(error) {
      if (s.closed || s.transport === 'loopback') {
        return; // empApi's trouble is not the direct link's
      }
      s.counters.reconnects += 1;
      var old = s.subscription;
      s.subscription = null;
      if (old !== null) {
        Promise.resolve()
          .then(function () {
            return empApi.unsubscribe(old);
          })
          .catch(function () {});
      }
      scheduleResubscribe(describe(error));
    }

    function start() {
      setState('starting');
      empApi.onError(handleStreamError);
      return boot();
    }

    function boot() {
      return Promise.resolve()
        .then(function () {
          return server.load();
        })
        .then(function (link) {
          if (!link || !link.agentId) {
            throw new Error('the Apex controller did not say who the agent is');
          }
          adoptBaseline(link);
          return readOmni();
        })
        .then(subscribe)
        .then(function () {
          s.sendFailures = 0;
          s.sent = null; // the desktop learns that the console is open
          settle();
          flush();
        })
        .catch(function (error) {
          log('error', 'Could not start the console link: ' + describe(error));
          s.sendFailures += 1;
          settle();
          s.subscribeTimer = clock.setTimeout(function () {
            s.subscribeTimer = null;
            boot();
          }, backoff(s.sendFailures));
        });
    }

    /*
     * The console is going away: say so in one last report (best effort), and
     * stop everything. Omni-Channel is offline once the console has closed.
     */
    function close() {
      if (s.closed) {
        return Promise.resolve();
      }
      s.closed = true;
      cancelSendTimer();
      if (s.redialTimer !== null) {
        clock.clearTimeout(s.redialTimer);
        s.redialTimer = null;
      }
      if (s.subscribeTimer !== null) {
        clock.clearTimeout(s.subscribeTimer);
        s.subscribeTimer = null;
      }
      setState('closed');
      var jobs = [];
      var wasLoopback = s.transport === 'loopback' && s.subscription !== null;
      if (s.subscription !== null && !wasLoopback) {
        var old = s.subscription;
        s.subscription = null;
        jobs.push(
          Promise.resolve()
            .then(function () {
              return empApi.unsubscribe(old);
            })
            .catch(function () {})
        );
      }
      if (s.agentId !== null) {
        s.status = null;
        var report = buildReport(null);
        report.reason = null;
        s.reportSeq = report.seq;
        jobs.push(
          Promise.resolve()
            .then(function () {
              return sendReport(encodeMessage(report, 'report'));
            })
            .then(
              function () {
                s.counters.reports += 1;
              },
              function (error) {
                log('warn', 'Could not report that the console closed: ' + describe(error));
              }
            )
        );
      }
      return Promise.all(jobs).then(function () {
        if (wasLoopback) {
          s.subscription = null;
          return loopback.unsubscribe(); // after the goodbye, which went over it
        }
        return undefined;
      });
    }

    function snapshot() {
      var c = counts();
      return {
        state: s.state,
        line: STATE_LINES[s.state],
        agentId: s.agentId,
        subscribed: s.subscription !== null,
        transport: s.transport,
        fallbackWhy: s.fallbackWhy,
        lastCommandSeq: s.lastCommandSeq,
        ack: s.ack,
        reportSeq: s.reportSeq,
        status: s.status,
        work: c.work,
        offered: c.offered,
        load: s.load,
        pendingAnswers: s.answers.length,
        counters: JSON.parse(JSON.stringify(s.counters))
      };
    }

    return {
      start: start,
      close: close,
      handleMessage: handleMessage,
      handleOmniEvent: handleOmniEvent,
      handleStreamError: handleStreamError,
      snapshot: snapshot
    };
  }

  return {
    VERSION: VERSION,
    MAX_LENGTH: MAX_LENGTH,
    CHANNEL: CHANNEL,
    LOOPBACK_PORTS: LOOPBACK_PORTS,
    KEY_ORDER: KEY_ORDER,
    STATE_LINES: STATE_LINES,
    parseMessage: parseMessage,
    encodeMessage: encodeMessage,
    seqVerdict: seqVerdict,
    omniReason: omniReason,
    logoutReason: logoutReason,
    createLink: createLink,
    createLoopback: createLoopback
  };
});
