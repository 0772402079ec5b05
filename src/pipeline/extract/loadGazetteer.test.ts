import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadGazetteer } from './loadGazetteer.ts';

it('loads GeoNames and the committed places', () => {
  const gazetteer = loadGazetteer(
    fileURLToPath(new URL('../../../data/places.csv', import.meta.url)),
  );
  expect(gazetteer.names.get('tapachula')?.[0]?.known).toBe(true);
  expect(gazetteer.names.size).toBeGreaterThan(1000);
});
