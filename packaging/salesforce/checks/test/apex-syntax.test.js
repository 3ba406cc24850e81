'use strict';
// The Apex syntax check finds errors where they are, in classes and in anonymous scripts.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { checkTrees, syntaxErrors, main } = require('../apex-syntax');
const { PACKAGE_DIR, SOURCE, copyPackage, edit } = require('./scratch');

const roots = (dir) => [path.join(dir, 'force-app'), path.join(dir, 'scripts')];

test('the package parses: every class and the PushTopic script', () => {
    const { files, problems } = checkTrees(roots(PACKAGE_DIR));
    assert.deepEqual(problems, []);
    const names = files.map((f) => path.basename(f));
    assert.ok(names.includes('OmniSyncLinkController.cls'));
    assert.ok(names.includes('OmniSyncLinkControllerTest.cls'));
    assert.ok(names.includes('create-pushtopics.apex'));
});

test('a syntax error in a class is reported with file, line and column', (t) => {
    const dir = copyPackage(t);
    const cls = path.join(dir, SOURCE, 'classes', 'OmniSyncLinkController.cls');
    edit(cls, 'public with sharing class OmniSyncLinkController {', 'public with sharing class OmniSyncLinkController {\n    Integer broken = ;');
    const { problems } = checkTrees(roots(dir));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /OmniSyncLinkController\.cls:\d+:\d+: /);
});

test('a syntax error in an anonymous script is reported too', (t) => {
    const dir = copyPackage(t);
    const script = path.join(dir, 'scripts', 'apex', 'create-pushtopics.apex');
    edit(script, 'Decimal apiVersion = 62.0;', 'Decimal apiVersion = 62.0');
    const { problems } = checkTrees(roots(dir));
    assert.ok(problems.length >= 1);
    assert.match(problems[0], /create-pushtopics\.apex:\d+:\d+: /);
});

test('each kind of file is read with its own grammar rule', () => {
    // Statements at the top level are a script, not a class; a trigger is neither.
    assert.deepEqual(syntaxErrors('System.debug(1);', '.apex'), []);
    assert.notDeepEqual(syntaxErrors('System.debug(1);', '.cls'), []);
    assert.deepEqual(syntaxErrors('trigger T on Account (before insert) { }', '.trigger'), []);
    assert.notDeepEqual(syntaxErrors('trigger T on Account (before insert) { }', '.cls'), []);
    // The user-mode syntax the controller relies on is in the grammar.
    assert.deepEqual(syntaxErrors('class A { void f() { upsert as user x; Object o = [SELECT Id FROM Account WITH USER_MODE]; } }', '.cls'), []);
    // Two top-level classes in one file is an error, as for the compiler.
    assert.notDeepEqual(syntaxErrors('public class A {} public class B {}', '.cls'), []);
});

test('a folder with no Apex at all fails instead of passing on nothing', (t) => {
    const dir = copyPackage(t);
    fs.rmSync(path.join(dir, SOURCE, 'classes'), { recursive: true });
    fs.rmSync(path.join(dir, 'scripts'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'scripts'));
    const errors = [];
    t.mock.method(console, 'error', (line) => errors.push(line));
    assert.equal(main(roots(dir)), 1);
    assert.match(errors.join('\n'), /no Apex files found/);
    assert.equal(main(roots(PACKAGE_DIR)), 0);
});
