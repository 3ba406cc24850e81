'use strict';
// The Metadata API conversion fails on what a deployment would lose or reject.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { convert, componentOf } = require('../convert-source');
const { SOURCE, copyPackage, edit } = require('./scratch');

test('the package converts with every component in package.xml', (t) => {
    const { problems, members } = convert(copyPackage(t));
    assert.deepEqual(problems, []);
    for (const name of ['OmniSyncLinkController', 'OmniSyncConsole', 'OmniSyncLink', 'OmniSync_Link__c.Agent_Id__c', 'OmniSync_Agent', 'OmniSync_Desktop']) {
        assert.ok(members.has(name), name);
    }
});

test('a class without its -meta.xml, which the CLI skips silently, fails the check', (t) => {
    const dir = copyPackage(t);
    fs.rmSync(path.join(dir, SOURCE, 'classes', 'OmniSyncLinkController.cls-meta.xml'));
    const { problems } = convert(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /classes\/OmniSyncLinkController\.cls: the CLI left OmniSyncLinkController out/);
});

test('a file of no metadata type fails with the CLI\'s own error', (t) => {
    const dir = copyPackage(t);
    fs.mkdirSync(path.join(dir, SOURCE, 'widgets'));
    fs.writeFileSync(path.join(dir, SOURCE, 'widgets', 'Thing.widget-meta.xml'), '<Widget/>\n');
    const { problems } = convert(dir);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /sf project convert source failed .*Thing\.widget-meta\.xml: Could not infer a metadata type/);
});

test('a project without a pinned API version fails: the CLI would pick its own', (t) => {
    const dir = copyPackage(t);
    edit(path.join(dir, 'sfdx-project.json'), ',\n  "sourceApiVersion": "62.0"', '');
    const { problems } = convert(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /package\.xml has API version [\d.]+, sfdx-project\.json says undefined/);
});

test('source files map to the components the Metadata API names', () => {
    assert.equal(componentOf(path.join('aura', 'OmniSyncConsole', 'OmniSyncConsoleHelper.js')), 'OmniSyncConsole');
    assert.equal(componentOf(path.join('objects', 'OmniSync_Link__c', 'fields', 'To_Console__c.field-meta.xml')), 'OmniSync_Link__c.To_Console__c');
    assert.equal(componentOf(path.join('objects', 'OmniSync_Link__c', 'OmniSync_Link__c.object-meta.xml')), 'OmniSync_Link__c');
    assert.equal(componentOf(path.join('staticresources', 'OmniSyncLink.resource-meta.xml')), 'OmniSyncLink');
});
