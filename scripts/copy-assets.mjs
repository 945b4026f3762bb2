// Copies the run-time assets of the language server and the CLI next to their bundles (server/out/): the French
// hunspell dictionary of `dictionary-fr` (index.aff, index.dic), read by server/src/node/spelling.ts, and the
// Grammalecte driver script (server/out/grammalecte/driver.py, run by server/src/node/grammar/). The hunspell
// WASM binary is inlined in hunspell-asm's JavaScript (base64), so esbuild bundles it: nothing to copy for it.
// It also writes the memory image of hunspell once it has read that dictionary (`hunspell-fr.mem` + `.json`):
// reading the 84,000 stems of index.dic costs ~135 ms of CPU at every start, restoring the image ~10 ms
// (server/src/node/spelling.ts checks the image against the dictionary and the runtime, else reads index.dic).
// Usage: `node scripts/copy-assets.mjs` after esbuild, or `await copyAssets()` from esbuild.mjs.
import { copyFileSync, mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function copyDictionary(outDir) {
  const require = createRequire(join(root, 'package.json'));
  // dictionary-fr exports only its ESM entry: find its folder through node_modules.
  let source = join(root, 'node_modules', 'dictionary-fr');
  if (!existsSync(join(source, 'index.aff'))) source = dirname(require.resolve('dictionary-fr'));
  const target = join(outDir, 'dictionaries', 'fr');
  mkdirSync(target, { recursive: true });
  for (const name of ['index.aff', 'index.dic', 'license']) {
    if (existsSync(join(source, name))) copyFileSync(join(source, name), join(target, name));
  }
  return target;
}

/** The image's format and file names: keep in step with server/src/node/spelling.ts. */
export const spellingImage = { format: 3, memory: 'hunspell-fr.mem', header: 'hunspell-fr.json' };

/** Granularity of the image's runs: a memory page of the system (zero pages of the image are not stored). */
const imagePage = 4096;

/** Words whose verdicts are stored in the header and checked after a restore (a wrong image fails them). */
const probes = ['maison', 'professionnels', 'l’État', 'qu’il', 'mazison', 'profesionnels', 'Paris', 'ministère'];

const checksum = (bytes) => crc32(bytes).toString(16);

/**
 * Runs hunspell-asm's runtime (the one the bundles embed), has it read the dictionary of `dir`, and writes its
 * linear memory (up to the last non-zero byte) and a header: handle, memory size, runtime version, hashes of
 * index.aff / index.dic, probe verdicts.
 */
export async function writeSpellingImage(dir) {
  const require = createRequire(join(root, 'package.json'));
  const runtimeFactory = require('hunspell-asm/dist/cjs/lib/node/hunspell.js');
  const runtimeVersion = require('hunspell-asm/package.json').version;
  const aff = readFileSync(join(dir, 'index.aff'));
  const dic = readFileSync(join(dir, 'index.dic'));
  const start = async () => {
    const before = new Set(process.listeners('uncaughtException'));
    // The emscripten module is a thenable: it is wrapped, never resolved directly.
    const started = await new Promise((resolve) => {
      const module = { onRuntimeInitialized: () => resolve({ runtime: module }) };
      runtimeFactory(module);
    });
    // The runtime adds an `uncaughtException` handler that rethrows: removed (as spelling.ts does).
    for (const listener of process.listeners('uncaughtException')) if (!before.has(listener)) process.removeListener('uncaughtException', listener);
    return started;
  };
  const { runtime } = await start();
  const lastNonZero = (bytes) => {
    let end = bytes.length;
    while (end > 0 && bytes[end - 1] === 0) end--;
    return end;
  };
  // What a fresh runtime has written (static data, start-up allocations), before hunspell reads the dictionary.
  const freshEnd = lastNonZero(runtime.HEAPU8);
  const freshSize = runtime.HEAPU8.length;
  const fresh = Uint8Array.prototype.slice.call(runtime.HEAPU8, 0, freshEnd);
  runtime.FS.writeFile('/fr.aff', aff);
  runtime.FS.writeFile('/fr.dic', dic);
  const handle = runtime.cwrap('Hunspell_create', 'number', ['number', 'number'])(runtime.allocateUTF8('/fr.aff'), runtime.allocateUTF8('/fr.dic'));
  const spell = runtime.cwrap('Hunspell_spell', 'number', ['number', 'number']);
  const heap = runtime.HEAPU8;
  const end = lastNonZero(heap);
  // Copied before the probes: they allocate (and free) strings, the image is the state right after creation.
  const memory = Uint8Array.prototype.slice.call(heap, 0, end);
  const verdicts = probes.map((word) => {
    const pointer = runtime.allocateUTF8(word.normalize());
    const verdict = spell(handle, pointer) !== 0;
    runtime._free(pointer);
    return [word, verdict];
  });
  // spelling.ts copies the image into a fresh runtime and leaves the rest of the memory as it is: it must be zero.
  if (freshEnd > end || freshSize !== heap.length) {
    throw new Error('hunspell : la mémoire d’un runtime neuf n’est pas nulle après l’image ; image non écrite.');
  }
  // Stored as runs of pages, without the pages that are all zero both in the image and in a fresh runtime (nearly
  // half the image: hunspell's tables leave holes): the restored runtime's memory already holds those zeros.
  // Reading 6.3 MB instead of 11.6 MB.
  const zero = (bytes) => bytes.every((byte) => byte === 0);
  const runs = [];
  for (let start = 0; start < end; start += imagePage) {
    const stop = Math.min(start + imagePage, end);
    if (zero(memory.subarray(start, stop)) && zero(fresh.subarray(start, stop))) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === start) last[1] += stop - start;
    else runs.push([start, stop - start]);
  }
  const packed = Buffer.concat(runs.map(([start, length]) => memory.subarray(start, start + length)));
  writeFileSync(join(dir, spellingImage.memory), packed);
  const header = { format: spellingImage.format, runtime: runtimeVersion, handle, memoryBytes: heap.length, imageBytes: packed.length, runs, aff: checksum(aff), dic: checksum(dic), probes: verdicts };
  writeFileSync(join(dir, spellingImage.header), `${JSON.stringify(header, null, 1)}\n`);
  return header;
}

export async function copyAssets(outDir = join(root, 'server', 'out')) {
  const target = copyDictionary(outDir);
  await writeSpellingImage(target);
  // The Grammalecte driver (run by the user's own Python; Grammalecte itself is never shipped).
  const grammar = join(outDir, 'grammalecte');
  mkdirSync(grammar, { recursive: true });
  copyFileSync(join(root, 'server', 'src', 'node', 'grammar', 'driver.py'), join(grammar, 'driver.py'));
  return target;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Dictionnaire copié dans ${await copyAssets()}`);
}
