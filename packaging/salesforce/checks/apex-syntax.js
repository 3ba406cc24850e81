'use strict';
// Parses every Apex class, trigger and anonymous script of the package with the Apex
// grammar of @apexdevtools/apex-parser. No org is at hand to compile them, so this is the
// closest check we have that they would compile at all. Prints file:line:column for each
// syntax error and exits 1 if there is any.
const fs = require('node:fs');
const path = require('node:path');
const { ApexParserFactory, ApexErrorListener } = require('@apexdevtools/apex-parser');

// Which grammar entry point reads which kind of file.
const UNITS = {
    '.cls': (parser) => parser.compilationUnit(),
    '.trigger': (parser) => parser.triggerUnit(),
    '.apex': (parser) => parser.anonymousUnit(),
};

class Collect extends ApexErrorListener {
    constructor() {
        super();
        this.errors = [];
    }

    apexSyntaxError(line, column, msg) {
        // ANTLR counts columns from 0; editors and compilers from 1.
        this.errors.push({ line, column: column + 1, message: shorten(msg) });
    }
}

// ANTLR lists every token it would have accepted, often a hundred keywords: the place and
// what was found there say more.
function shorten(message) {
    return message.replace(/\{([^}]*)\}/g, (set, items) => {
        const count = items.split(', ').length;
        return count > 6 ? `one of ${count} tokens` : set;
    });
}

function syntaxErrors(source, extension) {
    const unit = UNITS[extension];
    if (!unit) {
        throw new Error(`not an Apex file: ${extension}`);
    }
    const listener = new Collect();
    const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
    unit(parser);
    return listener.errors;
}

function apexFiles(dir) {
    const found = [];
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            found.push(...apexFiles(full));
        } else if (Object.hasOwn(UNITS, path.extname(entry.name))) {
            found.push(full);
        }
    }
    return found.sort();
}

// Returns "file:line:column: message" lines for every syntax error under the given folders.
function checkTrees(dirs) {
    const files = dirs.flatMap(apexFiles);
    const problems = [];
    for (const file of files) {
        const source = fs.readFileSync(file, 'utf8');
        for (const e of syntaxErrors(source, path.extname(file))) {
            problems.push(`${file}:${e.line}:${e.column}: ${e.message}`);
        }
    }
    return { files, problems };
}

function main(dirs) {
    const { files, problems } = checkTrees(dirs);
    if (files.length === 0) {
        // An empty run would pass whatever broke; the package has classes and a script.
        console.error(`no Apex files found under ${dirs.join(', ')}`);
        return 1;
    }
    for (const line of problems) {
        console.error(line);
    }
    if (problems.length > 0) {
        console.error(`${problems.length} Apex syntax error(s) in ${files.length} file(s)`);
        return 1;
    }
    console.log(`Apex syntax: ${files.length} file(s) parse`);
    return 0;
}

module.exports = { syntaxErrors, checkTrees, main };

if (require.main === module) {
    const dirs = process.argv.slice(2);
    process.exitCode = main(dirs.length > 0 ? dirs : ['force-app', 'scripts']);
}
