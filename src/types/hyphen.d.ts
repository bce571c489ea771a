// The hyphen package ships no types; this is the part the build uses.
declare module 'hyphen/nl/index.js' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const nl: { hyphenateSync(text: string, options?: HyphenOptions): string };
  export default nl;
}
