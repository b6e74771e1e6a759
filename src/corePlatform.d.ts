// The few platform functions and classes the pure core (src/catalog, src/decode) uses, which browsers, workers and
// Node all have. tsconfig.core.json compiles the core with these and without the DOM library or Node's
// types, so `window`, `document`, `location`, `fetch`, `self` or `process` there does not compile.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare function btoa(data: string): string;
declare function atob(data: string): string;
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
}
