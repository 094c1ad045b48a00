/**
 * Registers a tag once. Loading the embed file twice, or two copies of the library on one page,
 * must not throw "already defined": the first definition wins and later ones are ignored.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
