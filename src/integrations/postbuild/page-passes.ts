import { parse, type HTMLElement } from 'node-html-parser';
import { basePathPass } from './base-path';
import { footnotePopovers } from './footnote-popovers';
import { hyphenateHeadings } from './hyphenate-headings';
import { printMarks } from './print-marks';
import { scopeIds } from './scoped-ids';

/** A change to one built page's tree; true when it changed anything. */
export type PagePass = (root: HTMLElement) => boolean;

/**
 * In this order: unique ids on pages that combine entries, footnote popovers with the note's
 * links, print marks, soft hyphens in long heading words; last, the base path of a site under a
 * sub-path (base-path.ts) on every root-relative address.
 */
export const pagePasses: PagePass[] = [scopeIds, footnotePopovers, printMarks, hyphenateHeadings, (root) => basePathPass(root)];

/**
 * One parse and (if anything changed) one serialisation per page for all passes: parsing each
 * page once per pass was most of the post-build time.
 */
export function rewritePage(html: string, passes: PagePass[] = pagePasses): string {
  const root = parse(html);
  let changed = false;
  for (const pass of passes) changed = pass(root) || changed;
  return changed ? root.toString() : html;
}
