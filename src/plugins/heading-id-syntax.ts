import type { CompileContext, Extension as FromMarkdownExtension, Token as MdastToken } from 'mdast-util-from-markdown';
import type { Code, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

/**
 * The `{#id}` syntax editors write after a heading (`## Kop {#kop}`), or `{#nieuw #oud}` to keep an
 * old id as an alias. MDX would read `{…}` as a JavaScript expression and fail on `#`, so this
 * micromark construct runs *before* MDX's and turns `{#…}` into a `headingIds` node; the plugin
 * remark-heading-ids.ts moves it onto its heading (or recommendation) or explains the misuse.
 */
declare module 'mdast' {
  interface HeadingIds extends Literal {
    type: 'headingIds';
  }
  interface PhrasingContentMap {
    headingIds: HeadingIds;
  }
  interface RootContentMap {
    headingIds: HeadingIds;
  }
}
declare module 'micromark-util-types' {
  interface TokenTypeMap {
    headingIds: 'headingIds';
  }
}

const LEFT_BRACE = 123;
const RIGHT_BRACE = 125;
const HASH = 35;
const SPACE = 32;
const idChar = (code: Code) => code !== null && /[A-Za-z0-9._-]/.test(String.fromCharCode(code));

function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;
  const start: State = (code) => {
    if (code !== LEFT_BRACE) return nok(code);
    effects.enter('headingIds');
    effects.consume(code);
    return hash;
  };
  const hash: State = (code) => {
    if (code !== HASH) return nok(code);
    effects.consume(code);
    size = 0;
    return inside;
  };
  const inside: State = (code) => {
    if (idChar(code)) {
      effects.consume(code);
      size++;
      return inside;
    }
    if (size === 0) return nok(code);
    if (code === SPACE) {
      effects.consume(code);
      return between;
    }
    if (code !== RIGHT_BRACE) return nok(code);
    effects.consume(code);
    effects.exit('headingIds');
    return ok;
  };
  const between: State = (code) => {
    if (code === SPACE) {
      effects.consume(code);
      return between;
    }
    return hash(code);
  };
  return start;
}

/** micromark: `{#id}` / `{#id #alias}` as one token, tried before MDX expressions. */
export function headingIdSyntax(): Extension {
  return { text: { [LEFT_BRACE]: { name: 'headingIds', tokenize, add: 'before' } } };
}

/** mdast: the token becomes `{ type: 'headingIds', value: '{#id #alias}' }`. */
export function headingIdFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      headingIds(this: CompileContext, token: MdastToken) {
        this.enter({ type: 'headingIds', value: '' }, token);
      },
    },
    exit: {
      headingIds(this: CompileContext, token: MdastToken) {
        const node = this.stack[this.stack.length - 1] as { value: string };
        node.value = this.sliceSerialize(token);
        this.exit(token);
      },
    },
  };
}

/** The ids in `{#id #alias}`, first the id itself. */
export const idsOf = (value: string) => [...value.matchAll(/#([^\s}]+)/g)].map((m) => m[1]);
