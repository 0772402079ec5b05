/**
 * A polite live region. Announcing replaces its text, so a screen reader hears the last
 * step taken, not a queue of every step on the way.
 */
export function createAnnouncer(region: HTMLElement): (text: string) => void {
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  return (text) => {
    region.textContent = text;
  };
}
