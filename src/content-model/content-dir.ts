/**
 * Where the guide's content lives. Tests and the benchmark point the build at another
 * folder (fixtures, scaled copies) through GUIDE_CONTENT_DIR; editors never need it.
 */
export const contentDir: string = process.env.GUIDE_CONTENT_DIR ?? './content';
