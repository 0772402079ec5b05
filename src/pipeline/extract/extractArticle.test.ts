import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventRowSchema } from '../../core/schema.ts';
import { extractArticle } from './extractArticle.ts';
import { loadGazetteer } from './loadGazetteer.ts';

const gazetteer = loadGazetteer(
  fileURLToPath(new URL('../../../data/places.csv', import.meta.url)),
);
const today = '2030-01-01';

// Invented articles: the rules must work on text they were not written against.
const english = `Migrants regroup in southern Mexico

HUIXTLA, Mexico — About 3,000 Central American migrants rested in Huixtla on Tuesday after a 25-mile walk from Tapachula, according to the Red Cross.

Organizers said the group would leave for Escuintla, Chiapas, at dawn. They are still roughly 1,100 miles from the U.S. border and could need 30 more days to reach it.

A smaller second caravan of between 1,000 and 1,500 people crossed into Ciudad Hidalgo yesterday.`;

const spanish = `La caravana avanza por Oaxaca

Cerca de 4 mil migrantes salieron el jueves de Juchitán rumbo a Matías Romero, a unos 120 kilómetros, informó Protección Civil.

Llevan 18 días de camino desde que partieron de San Pedro Sula el 13 de octubre.`;

describe('extractArticle', () => {
  it('proposes valid rows from an English article', () => {
    const { proposals, reference } = extractArticle(english, {
      gazetteer,
      today,
      published: '2018-10-24',
      source: 'test-en',
    });
    expect(reference).toMatchObject({ date: '2018-10-24', given: true });
    for (const p of proposals) expect(eventRowSchema.safeParse(p.row).error).toBeUndefined();
    const rows = proposals.map((p) => p.row);
    expect(rows).toContainEqual(
      expect.objectContaining({
        fact: 'position',
        place: 'huixtla',
        date: '2018-10-23',
        dateBasis: 'weekday',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'crowd', value: 3000, statedBy: 'Red Cross' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'distance', value: 1100, unit: 'mi', measures: 'to-border' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'duration', value: 30, unit: 'days', measures: 'to-border' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        fact: 'crowd',
        value: 1000,
        valueMax: 1500,
        group: 'second',
        date: '2018-10-23',
        dateBasis: 'relative',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'position', place: 'ciudad-hidalgo', group: 'second' }),
    );
    expect(rows.every((r) => r.note?.startsWith('proposed'))).toBe(true);
  });

  it('flags a place that is not in the log yet, and proposes no row for a plan', () => {
    const { proposals } = extractArticle(english, { gazetteer, today, published: '2018-10-24' });
    expect(proposals.filter((p) => p.row.place === 'escuintla')).toEqual([]); // "would leave for"
    const slept = 'The caravan slept in Escuintla, Chiapas, on Tuesday.';
    const found = extractArticle(slept, { gazetteer, today, published: '2018-10-24' }).proposals;
    const escuintla = found.find((p) => p.row.place === 'escuintla');
    expect(escuintla?.checks.join()).toContain('new place: escuintla');
    expect(escuintla?.row.source).toBe('proposed');
  });

  it('proposes valid rows from a Spanish article', () => {
    const { proposals, language } = extractArticle(spanish, {
      gazetteer,
      today,
      published: '2018-11-02',
    });
    expect(language).toBe('es');
    for (const p of proposals) expect(eventRowSchema.safeParse(p.row).error).toBeUndefined();
    const rows = proposals.map((p) => p.row);
    expect(rows).toContainEqual(
      expect.objectContaining({
        fact: 'position',
        place: 'juchitan',
        placeTo: 'matias-romero',
        date: '2018-11-01',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'crowd', value: 4000, statedBy: 'Protección Civil' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        fact: 'distance',
        value: 120,
        unit: 'km',
        measures: 'leg',
        placeTo: 'matias-romero',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'duration', value: 18, unit: 'days', measures: 'covered' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ fact: 'position', place: 'san-pedro-sula', date: '2018-10-13' }),
    );
  });

  it('quotes every row word for word, 30 words at most', () => {
    const { proposals } = extractArticle(english, { gazetteer, today, published: '2018-10-24' });
    for (const { row } of proposals) {
      expect(english).toContain(row.quote);
      expect(row.quote.split(/\s+/).length).toBeLessThanOrEqual(30);
    }
  });

  it('without a publication day, resolves against the latest day the text names and says so', () => {
    const { proposals, reference } = extractArticle(spanish, { gazetteer, today });
    expect(reference.date).toBe('2030-01-01');
    expect(proposals.length).toBeGreaterThan(0);
    // Printed: Tuesday 30 Oct. Its nearest "jueves" is 1 Nov, so the article is no earlier.
    const withYear = `${spanish}\nFoto del 30 de octubre de 2018.`;
    const dated = extractArticle(withYear, { gazetteer, today });
    expect(dated.reference).toMatchObject({ date: '2018-11-01', given: false });
    expect(dated.reference.label).toContain('the latest date printed, 2018-10-30');
    const left = dated.proposals.find((p) => p.row.place === 'juchitan');
    expect(left?.row).toMatchObject({ date: '2018-11-01', dateBasis: 'weekday' });
  });

  it('finds nothing in text without caravan, places or figures', () => {
    const seedsReadme = 'The committee met to discuss the budget for the coming year.';
    expect(extractArticle(seedsReadme, { gazetteer, today }).proposals).toEqual([]);
  });

  it('handles a long article within a second', () => {
    const long = `${english}\n`.repeat(60);
    const started = performance.now();
    extractArticle(long, { gazetteer, today, published: '2018-10-24' });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

it('loads the committed places', () => {
  const csv = readFileSync(
    fileURLToPath(new URL('../../../data/places.csv', import.meta.url)),
    'utf8',
  );
  expect(csv.length).toBeGreaterThan(0);
});
