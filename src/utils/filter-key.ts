import GithubSlugger from 'github-slugger';

const slugger = new GithubSlugger();

/** A value usable in data-attributes and CSS selectors ("Universiteit Utrecht" → "universiteit-utrecht"). */
export const filterKey = (value: string | number) => slugger.slug(String(value), false).replace(/[^a-z0-9-]/g, '') || 'leeg';
