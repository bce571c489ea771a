/** Content that would produce a broken site; the message starts with file:line and explains in Dutch. */
export class ContentError extends Error {
  override name = 'ContentError';
}
