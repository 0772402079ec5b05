/** The words of a place's clause before it: back to the last full stop, semicolon or dash. */
export function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at);
  return before.slice(before.search(/[^;—]*$/u));
}
