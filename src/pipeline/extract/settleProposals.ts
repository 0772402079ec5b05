import type { Proposal } from './proposeRows.ts';

/**
 * The proposals as a person should see them: a heading or a bare event that another row says
 * better is dropped, a crowd size restated the same day is one row, and each row gets an id.
 */
export function settleProposals(proposals: Proposal[]): Proposal[] {
  return withIds(dropRestated(dropSubsumed(proposals)));
}

/** A row "heading to B" says less than "from A to B" or "at B" of the same day: keep those. */
function dropSubsumed(proposals: Proposal[]): Proposal[] {
  const sameDay = (p: Proposal, q: Proposal) => q !== p && q.row.date === p.row.date;
  return proposals.filter(
    (p) =>
      !(
        (p.row.note?.includes('heading to') &&
          proposals.some(
            (q) =>
              sameDay(p, q) &&
              q.row.fact === p.row.fact &&
              (q.row.placeTo === p.row.place ||
                (q.row.place === p.row.place && !q.row.note?.includes('heading to'))),
          )) ||
        // "Pasó la noche del domingo en Huixtla" beside a position there that day says no more.
        (p.row.fact === 'event' &&
          proposals.some(
            (q) => sameDay(p, q) && q.row.fact === 'position' && q.row.place === p.row.place,
          ))
      ),
  );
}

/** A lede's crowd size restated later the same day is one figure: keep the row with a place. */
function dropRestated(proposals: Proposal[]): Proposal[] {
  const key = ({ row }: Proposal) => [row.date, row.group, row.value, row.valueMax].join('|');
  return proposals.filter((p) => {
    if (p.row.fact !== 'crowd') return true;
    const same = proposals.filter((q) => q.row.fact === 'crowd' && key(q) === key(p));
    const kept = same.find((q) => q.row.place) ?? same[0];
    return kept === p;
  });
}

function withIds(proposals: Proposal[]): Proposal[] {
  const used = new Map<string, number>();
  for (const { row } of proposals) {
    const base = [row.date, row.fact, row.place ?? 'na', row.source, row.value]
      .filter((part) => part !== undefined)
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    row.id = count === 1 ? base : `${base}-${count}`;
  }
  return proposals;
}
