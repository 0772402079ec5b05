/**
 * Whether a quote stands word for word in a text. Typographic quotes and runs of white
 * space are folded first: a spreadsheet turns ’ into ' and line breaks into spaces, and
 * neither changes a word.
 */
export function quoteFound(quote: string, text: string): boolean {
  return foldForQuote(text).includes(foldForQuote(quote));
}

function foldForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}
