'use strict';
// The lint config applies Salesforce's Aura rules to the console code, and only to it.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ESLint } = require('eslint');
const { PACKAGE_DIR, SOURCE } = require('./scratch');

const HELPER = path.join(SOURCE, 'aura', 'OmniSyncConsole', 'OmniSyncConsoleHelper.js');
const CONTROLLER = path.join(SOURCE, 'aura', 'OmniSyncConsole', 'OmniSyncConsoleController.js');
const RESOURCE = path.join(SOURCE, 'staticresources', 'OmniSyncLink.js');

const eslint = new ESLint({ cwd: PACKAGE_DIR });

async function rules(code, file) {
    const [result] = await eslint.lintText(code, { filePath: path.join(PACKAGE_DIR, file) });
    return result.messages.map((m) => m.ruleId);
}

test('the console code is linted, the tests and checks are not', async () => {
    for (const file of [HELPER, CONTROLLER, RESOURCE]) {
        assert.equal(await eslint.isPathIgnored(path.join(PACKAGE_DIR, file)), false, file);
    }
    assert.equal(await eslint.isPathIgnored(path.join(PACKAGE_DIR, 'jstest', 'support.js')), true);
    assert.equal(await eslint.isPathIgnored(path.join(PACKAGE_DIR, 'checks', 'apex-syntax.js')), true);
});

test('console calls are refused in the bundle and in the static resource', async () => {
    const bundle = "({ f: function () { console.log('x'); } })";
    assert.deepEqual(await rules(bundle, HELPER), ['no-console']);
    assert.deepEqual(await rules("(function () { 'use strict'; console.log('x'); })();", RESOURCE), ['no-console']);
});

test("the Aura rules themselves are on, not only ESLint's", async () => {
    const code = "({ f: function () { $A.error('x'); } })";
    assert.ok((await rules(code, CONTROLLER)).includes('@salesforce/aura/no-deprecated-aura-error'));
});

test('an Aura bundle file, one object literal, is not an unused expression', async () => {
    assert.deepEqual(await rules("({ f: function (component) { component.set('v.x', 1); } })", CONTROLLER), []);
});

test('a disable comment that no longer hides anything is an error', async () => {
    const code = "(function () {\n    // eslint-disable-next-line no-console\n    var x = 1;\n    return x;\n})();";
    const [result] = await eslint.lintText(code, { filePath: path.join(PACKAGE_DIR, RESOURCE) });
    assert.equal(result.errorCount, 1);
    assert.match(result.messages[0].message, /Unused eslint-disable directive/);
});
