'use strict';
// Salesforce's Aura lint rules (the recommended set) for the code that runs in the console: the
// component's controller and helper and the link logic in the static resource. The Node tests
// and these checks are not console code and are not linted here.
const aura = require('@salesforce/eslint-plugin-aura');

const BUNDLE = ['force-app/**/aura/**/*.js'];
const CONSOLE_CODE = [...BUNDLE, 'force-app/**/staticresources/*.js'];

module.exports = [
    { ignores: ['node_modules/**', 'jstest/**', 'checks/**', 'eslint.config.js'] },
    { linterOptions: { reportUnusedDisableDirectives: 'error' } },
    ...aura.configs.recommended.map((config) => ({ ...config, files: CONSOLE_CODE })),
    {
        files: CONSOLE_CODE,
        rules: {
            // Salesforce's own project template turns this off for Aura too: the code declares
            // each var where it is first used, and no-redeclare (on) catches a var declared twice.
            'vars-on-top': 'off',
        },
    },
    {
        files: BUNDLE,
        rules: {
            // An Aura controller or helper file is one object literal, `({ ... })`, by the
            // framework's definition: a bare expression is the required form, not a mistake.
            'no-unused-expressions': 'off',
        },
    },
];
