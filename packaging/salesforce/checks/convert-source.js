'use strict';
// Converts the package to Metadata API format with the Salesforce CLI
// (`sf project convert source`, the pinned @salesforce/cli devDependency), the same step a
// deployment starts with, and checks that the package.xml it writes lists every component of
// the source: the CLI silently leaves out a file it cannot pair (a class without its
// -meta.xml, a stray file), so its exit code alone would not catch those.
const childProcess = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PACKAGE_DIR = path.resolve(__dirname, '..');
const SF = path.join(PACKAGE_DIR, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
const SOURCE = path.join('force-app', 'main', 'default');

// The CLI must not phone home, update itself or write into the user's own ~/.sf (where a
// default org or a newer plugin could change what it does): a throwaway home and no network.
function sfEnvironment(home) {
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, XDG_DATA_HOME: home };
    for (const name of Object.keys(env)) {
        if (name.startsWith('SF_') || name.startsWith('SFDX_')) {
            delete env[name];
        }
    }
    return {
        ...env,
        SF_DISABLE_TELEMETRY: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_DISABLE_LOG_FILE: 'true',
        NO_COLOR: '1',
    };
}

function files(dir) {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? files(full) : [full];
    });
}

// The component each source file belongs to, by the source format's layout: a bundle is its
// folder, a field is Object.Field, anything else is its name before the first dot.
function componentOf(relative) {
    const parts = relative.split(path.sep);
    const stem = parts[parts.length - 1].split('.')[0];
    if (parts[0] === 'aura') {
        return parts[1];
    }
    if (parts[0] === 'objects') {
        return parts[2] === 'fields' ? `${parts[1]}.${stem}` : parts[1];
    }
    return stem;
}

// component name -> the source files that make it up
function expectedComponents(projectDir) {
    const root = path.join(projectDir, SOURCE);
    const components = new Map();
    for (const file of files(root).sort()) {
        const name = componentOf(path.relative(root, file));
        components.set(name, [...(components.get(name) || []), path.relative(projectDir, file)]);
    }
    return components;
}

function packageXml(text) {
    const members = new Set([...text.matchAll(/<members>([^<]*)<\/members>/g)].map((m) => m[1]));
    const version = (/<version>([^<]*)<\/version>/.exec(text) || [])[1];
    return { members, version };
}

// Returns { problems: [lines], members: Set }; an empty problems list means it converts whole.
function convert(projectDir) {
    if (!fs.existsSync(SF)) {
        return { problems: [`the Salesforce CLI is not installed: ${SF} (make salesforce runs npm ci)`], members: new Set() };
    }
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'omnisync-convert-'));
    try {
        const home = path.join(scratch, 'home');
        const output = path.join(scratch, 'mdapi');
        fs.mkdirSync(home);
        const run = childProcess.spawnSync(
            process.execPath,
            [SF, 'project', 'convert', 'source', '--source-dir', 'force-app', '--output-dir', output, '--json'],
            { cwd: projectDir, env: sfEnvironment(home), encoding: 'utf8' },
        );
        if (run.status !== 0) {
            let message = (run.stderr || '').trim();
            try {
                const answer = JSON.parse(run.stdout);
                message = `${answer.name}: ${answer.message}`;
            } catch {
                // not JSON: the CLI itself failed to start; its stderr says why
            }
            return { problems: [`sf project convert source failed (exit ${run.status}): ${message}`], members: new Set() };
        }
        const { members, version } = packageXml(fs.readFileSync(path.join(output, 'package.xml'), 'utf8'));
        const problems = [];
        for (const [name, sources] of expectedComponents(projectDir)) {
            if (!members.has(name)) {
                problems.push(`${sources.join(', ')}: the CLI left ${name} out of package.xml (a missing or misnamed -meta.xml?)`);
            }
        }
        const project = JSON.parse(fs.readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8'));
        if (version !== project.sourceApiVersion) {
            problems.push(`package.xml has API version ${version}, sfdx-project.json says ${project.sourceApiVersion}`);
        }
        return { problems, members };
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

module.exports = { convert, componentOf };

if (require.main === module) {
    const { problems, members } = convert(process.argv[2] || PACKAGE_DIR);
    for (const line of problems) {
        console.error(line);
    }
    if (problems.length > 0) {
        process.exitCode = 1;
    } else {
        console.log(`Metadata API conversion: ${members.size} components in package.xml`);
    }
}
