/** The element with this id (the page script only asks for ids the layout always renders). */
export const byId = (id: string) => document.getElementById(id)!;

/** The element matching `selector` that the event happened in, if any. */
export const closest = <E extends Element = HTMLElement>(event: Event, selector: string) => (event.target as Element).closest?.<E>(selector);

/** Every element on the page matching `selector`. */
export const all = (selector: string) => document.querySelectorAll<HTMLElement>(selector);
