/** The months by their full names, English and Spanish, as a pattern's alternatives. */
export const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
