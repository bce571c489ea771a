import { slug } from 'github-slugger';

/** A value usable in data-attributes and CSS selectors ("Universiteit Utrecht" → "universiteit-utrecht"). */
export const filterKey = (value: string | number) => slug(String(value)).replace(/[^a-z0-9-]/g, '') || 'leeg';
