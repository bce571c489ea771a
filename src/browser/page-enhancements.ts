/**
 * The one script of content pages, inlined by src/components/PageEnhancements.astro (nothing to
 * download) and minified at build time (src/utils/inline-script.ts). Each module installs its
 * listeners when imported; every page works without them.
 */
import './footnote-popovers';
import './copy-links';
import './search-shortcut';
import './search-highlight';
import './toc-current';
