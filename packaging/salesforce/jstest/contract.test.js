'use strict';
// The console link logic against every shared contract example: the same file
// (resources/link/examples.json) that the Python link is tested against.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { link, REPO_ROOT } = require('./support');

const EXAMPLES = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'link', 'examples.json'), 'utf8'));
const KIND = { to_console: 'command', to_desktop: 'report' };

test('the shared examples are there and their names are unique', () => {
  assert.ok(EXAMPLES.messages.length > 20, 'expected the full example set');
  const names = EXAMPLES.messages.map((m) => m.name);
  assert.equal(new Set(names).size, names.length);
  assert.equal(EXAMPLES.max_length, link.MAX_LENGTH);
});

test('the key order and version match the schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'resources', 'link', EXAMPLES.schema), 'utf8'));
  assert.deepEqual(link.KEY_ORDER, schema['x-omnisync-key-order']);
  assert.equal(schema['x-omnisync-max-length'], link.MAX_LENGTH);
  assert.deepEqual(schema.$defs.report.properties.reason.enum.slice().sort(), [
    'decline', 'duplicate_login', 'duplicate_tab', 'login', 'maintenance', 'manual', 'push_timeout',
    'supervisor', 'toolkit', null,
  ].sort());
});

for (const example of EXAMPLES.messages) {
  test(`example ${example.name}`, () => {
    const kind = KIND[example.direction];
    assert.ok(kind, `unknown direction ${example.direction}`);
    const result = link.parseMessage(example.raw, kind);
    if (example.valid) {
      assert.equal(result.ok, true, `expected valid, got ${result.code} ${result.field}`);
      assert.deepEqual(result.message, example.parsed);
      const encoded = link.encodeMessage(result.message, kind);
      if (example.canonical) {
        assert.equal(encoded, example.raw);
      }
      assert.deepEqual(link.parseMessage(encoded, kind).message, example.parsed);
    } else {
      assert.equal(result.ok, false, 'expected the example to be rejected');
      assert.equal(result.code, example.error);
      assert.equal(result.field === undefined ? null : result.field, example.field === undefined ? null : example.field);
    }
  });
}

for (const sequence of EXAMPLES.sequences) {
  test(`sequence ${sequence.name}`, () => {
    let last = sequence.last;
    const verdicts = sequence.seqs.map((seq) => {
      const verdict = link.seqVerdict(last, seq);
      if (verdict === 'new') {
        last = seq;
      }
      return verdict;
    });
    assert.deepEqual(verdicts, sequence.verdicts);
  });
}

test('the writer refuses to produce an invalid report', () => {
  assert.throws(
    () => link.encodeMessage({ v: 1, seq: 1, ack: 0, status: null, reason: 'because', work: 0, console: 'open' }, 'report'),
    /bad_field reason/,
  );
  assert.throws(() => link.encodeMessage({ v: 1, seq: 1, op: 'ping', x: 1 }, 'command'), /unknown_field|refusing/);
});

test('every Omni reason maps to the contract value, anything else to manual', () => {
  assert.equal(link.omniReason('OmniManualStatusChange'), 'manual');
  assert.equal(link.omniReason('OmniToolkitStatusChange'), 'toolkit');
  assert.equal(link.omniReason('OmniPushTimeout'), 'push_timeout');
  assert.equal(link.omniReason('OmniDeclineWork'), 'decline');
  assert.equal(link.omniReason('OmniSupervisorStatusChange'), 'supervisor');
  assert.equal(link.omniReason('OmniLoginStatusChange'), 'login');
  assert.equal(link.omniReason(undefined), 'manual');
  assert.equal(link.omniReason('SomethingNew'), 'manual');
});
