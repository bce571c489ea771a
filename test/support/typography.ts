/**
 * Typography faults a reader sees in a built page: an opening quote where Dutch writes an
 * apostrophe (‘t, ‘s-Hertogenbosch instead of ’t, ’s-Hertogenbosch) and words run together
 * where a space went missing ("redactie.4 fouten", "en/stap/" from `en <code>/stap/`).
 * Pure functions on HTML, so the unit tests prove on fixtures what the site test relies on.
 */
import { parse, type Node } from 'node-html-parser';

/** Inline elements whose edges touch the surrounding words in the text a reader sees. */
const INLINE = 'a|abbr|b|cite|code|em|i|kbd|q|strong|time';
const context = (text: string, index: number, length: number) =>
  text.slice(Math.max(0, index - 25), index + length + 25).replace(/\s+/g, ' ');

function textNodes(node: Node, out: string[] = []): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push(child.text);
    else if (!/^(script|style|pre|code)$/i.test((child as { rawTagName?: string }).rawTagName ?? '')) textNodes(child, out);
  }
  return out;
}

export function typographyFaults(html: string): string[] {
  const root = parse(html);
  for (const x of root.querySelectorAll('script, style')) x.remove();
  const body = root.querySelector('body') ?? root;
  const faults: string[] = [];
  // An elision ('t, 's, 'n, 'k) is an apostrophe ’, never the opening quote ‘ (SmartyPants' guess before a letter).
  const visible = body.text.replace(/\u00AD/g, '');
  for (const m of visible.matchAll(/‘[tsnk](?=[\s\u00A0-]|$)/gu)) faults.push(`aanhalingsteken in plaats van apostrof: "…${context(visible, m.index, m[0].length)}…"`);
  // A sentence mark glued to the next word, within one run of text (across elements, layout may separate them).
  for (const text of textNodes(body)) {
    for (const m of text.matchAll(/\p{Ll}{2,}[.!?;,][\p{Lu}\p{N}]|\p{Ll}{2,}:\p{Lu}/gu)) faults.push(`spatie ontbreekt na een leesteken: "…${context(text, m.index, m[0].length)}…"`);
    // A figure glued to the next word ("6plaatsen"): a line break beside {…} in a template loses its space.
    for (const m of text.matchAll(/(?<![\p{L}\p{N}/.-])\d+\p{Ll}{4,}/gu)) faults.push(`spatie ontbreekt na een getal: "…${context(text, m.index, m[0].length)}…"`);
  }
  // A word glued to an inline element: "en<code>/stap/", "</a>en noem".
  const markup = body.innerHTML;
  const glued = new RegExp(`[\\p{L}\\p{N}]<(?:${INLINE})\\b[^>]*>(?=[^\\s<])|[^\\s>]</(?:${INLINE})>(?=[\\p{L}\\p{N}])`, 'gu');
  for (const m of markup.matchAll(glued)) {
    const around = parse(markup.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60)).text;
    faults.push(`spatie ontbreekt rond een link of opmaak: "…${around.replace(/\s+/g, ' ').trim()}…"`);
  }
  return faults;
}
