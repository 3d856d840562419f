// Driven by build.sh: compiles every contracts/*.sol through solc's standard-JSON interface.
// Settings: optimizer on (200 runs), evmVersion cancun, no metadata hash, so the output is reproducible.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const [dir, expectedVersion] = process.argv.slice(2);
if (!solc.version().startsWith(expectedVersion + '+')) {
  throw new Error(`solc ${solc.version()} found, ${expectedVersion} expected`);
}

const sources = {};
for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.sol')).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(dir, file), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.deployedBytecode.object', 'evm.methodIdentifiers', 'storageLayout'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter(e => e.severity === 'error');
for (const e of output.errors || []) console.error(e.formattedMessage);
if (errors.length > 0) process.exit(1);

const out = path.join(dir, 'build');
fs.mkdirSync(out, { recursive: true });
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    fs.writeFileSync(path.join(out, `${name}.bin-runtime`), c.evm.deployedBytecode.object + '\n');
    fs.writeFileSync(path.join(out, `${name}.abi.json`), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(out, `${name}.selectors.json`), JSON.stringify(c.evm.methodIdentifiers, null, 2) + '\n');
    const layout = c.storageLayout.storage.map(s => ({ label: s.label, slot: s.slot, offset: s.offset, type: s.type }));
    fs.writeFileSync(path.join(out, `${name}.layout.json`), JSON.stringify(layout, null, 2) + '\n');
    console.log(`${file}:${name}: ${c.evm.deployedBytecode.object.length / 2} bytes`);
  }
}
fs.writeFileSync(path.join(out, 'SOLC_VERSION'), solc.version() + '\n');
