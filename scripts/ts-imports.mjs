// Lets a Node script import the site's TypeScript modules (Node strips the types itself): their
// relative imports name no extension, as Vite allows, so try ".ts" when a relative import has none.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return next(`${specifier}.ts`, context);
      throw error;
    }
  },
});
