'use strict';
// A throwaway copy of the package source, for breaking one file at a time.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PACKAGE_DIR = path.resolve(__dirname, '..', '..');
const SOURCE = path.join('force-app', 'main', 'default');

function copyPackage(t) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omnisync-package-'));
    for (const part of ['force-app', 'scripts', 'sfdx-project.json']) {
        fs.cpSync(path.join(PACKAGE_DIR, part), path.join(dir, part), { recursive: true });
    }
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
}

// Replaces exactly one occurrence of `from`, so that a test cannot pass on a file that changed.
function edit(file, from, to) {
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new Error(`expected exactly one ${JSON.stringify(from)} in ${file}`);
    }
    fs.writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

module.exports = { PACKAGE_DIR, SOURCE, copyPackage, edit };
