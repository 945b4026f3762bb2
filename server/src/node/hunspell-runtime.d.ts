// The emscripten runtime of hunspell-asm@4.0.2 (CommonJS, MODULARIZE=1, WASM inlined in base64). Loaded directly:
// hunspell-asm's own loaders go through ESM builds that esbuild cannot bundle (`import * as nanoid` called).
declare module 'hunspell-asm/dist/cjs/lib/node/hunspell.js' {
  const factory: (module: Record<string, unknown>) => unknown;
  export = factory;
}
