export interface ScrubHandlers {
  timeAt(clientX: number): number | undefined;
  setTime(time: number): void;
  /** The pointer's position in the strip, or undefined when it has gone. */
  hover(point: { x: number; y: number } | undefined): void;
}

/**
 * Click or drag on the strip to move the time. `touch-action: pan-y` (in the CSS) leaves
 * vertical swipes to the page. A touch keeps its tooltip when the finger lifts, until the
 * next touch elsewhere; the tooltip itself can be hovered and touched.
 */
export function scrubStrip(
  plot: HTMLElement,
  tip: HTMLElement,
  handlers: ScrubHandlers,
): () => void {
  let dragging: number | undefined;
  const pointAt = (event: PointerEvent) => {
    const rect = plot.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const onTip = (event: Event) => event.target instanceof Node && tip.contains(event.target);
  const move = (event: PointerEvent) => {
    const time = handlers.timeAt(event.clientX);
    if (time !== undefined) handlers.setTime(time);
  };
  const onDown = (event: PointerEvent) => {
    if (!event.isPrimary || event.button !== 0 || onTip(event)) return;
    dragging = event.pointerId;
    plot.setPointerCapture(event.pointerId);
    move(event);
    handlers.hover(pointAt(event));
  };
  const onMove = (event: PointerEvent) => {
    if (onTip(event)) return;
    if (event.pointerId === dragging) move(event);
    handlers.hover(pointAt(event));
  };
  const onEnd = () => {
    dragging = undefined;
  };
  const onLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') handlers.hover(undefined);
  };
  const onDocumentDown = (event: PointerEvent) => {
    if (!(event.target instanceof Node && plot.contains(event.target))) handlers.hover(undefined);
  };
  const listeners: [EventTarget, string, (event: PointerEvent) => void][] = [
    [plot, 'pointerdown', onDown],
    [plot, 'pointermove', onMove],
    [plot, 'pointerup', onEnd],
    [plot, 'pointercancel', onEnd],
    [plot, 'lostpointercapture', onEnd],
    [plot, 'pointerleave', onLeave],
    [document, 'pointerdown', onDocumentDown],
  ];
  for (const [target, type, listener] of listeners) {
    target.addEventListener(type, listener as EventListener);
  }
  return () => {
    for (const [target, type, listener] of listeners) {
      target.removeEventListener(type, listener as EventListener);
    }
  };
}
