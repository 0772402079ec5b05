/**
 * Resolves when an element comes near the viewport: an embed far down an article starts
 * WebGL only then (browsers allow about 16 live contexts a page). In a cross-origin frame
 * the margin is ignored and it resolves on the first visible pixel.
 */
export function nearViewport(el: Element, margin = '300px'): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(el);
  });
}
