import { expect, it } from 'vitest';
import { detectLanguage } from './detectLanguage.ts';

it('tells Spanish from English', () => {
  expect(detectLanguage('Los migrantes de la caravana llegaron a la plaza por la tarde.')).toBe(
    'es',
  );
  expect(detectLanguage('The migrants of the caravan reached the square in the afternoon.')).toBe(
    'en',
  );
});
