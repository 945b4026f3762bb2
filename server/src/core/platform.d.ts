// The only platform API the core uses: `TextDecoder` (WHATWG Encoding, in every JavaScript runtime). Declared here
// because the core is type-checked without Node or DOM types (`tsconfig.json` of this folder, `types: []`).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
