type Child = Node | string | undefined | false;

/**
 * Build an element. Text always goes in as text nodes, never as markup, so nothing from
 * the data or the URL can inject HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}
