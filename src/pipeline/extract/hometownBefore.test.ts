import { describe, expect, it } from 'vitest';
import { hometownBefore } from './hometownBefore.ts';

const townIsHome = (text: string, town: string) => hometownBefore(text, text.indexOf(town));

describe('hometownBefore', () => {
  it("reads a speaker's hometown after an age or an origin word", () => {
    expect(townIsHome('said Dennis Arriaga, 31, of Choloma, on Monday', 'Choloma')).toBe(true);
    expect(
      townIsHome('dijo Rosa Mejía, 40, quien salió hace un mes de Olanchito', 'Olanchito'),
    ).toBe(true);
    expect(townIsHome('Ana Flores, originaria de Olanchito, camina', 'Olanchito')).toBe(true);
    expect(townIsHome('Kevin, de 22 años, de Santiago Nonualco, me dijo', 'Santiago')).toBe(true);
    expect(townIsHome('Kevin Lara, 22 years old, from Choloma, said', 'Choloma')).toBe(true);
  });

  it('reads the towns around which people live', () => {
    const families = 'Son familias de comunidades de Guachochi y de Guadalupe y Calvo.';
    expect(townIsHome(families, 'Guachochi')).toBe(true);
    expect(townIsHome(families, 'Guadalupe')).toBe(true);
    expect(townIsHome('Most are from villages around Juticalpa.', 'Juticalpa')).toBe(true);
    const most =
      'Hay unas 450 personas, la mayoría de la zona oriental, de San Miguel, de La Unión.';
    expect(townIsHome(most, 'San Miguel')).toBe(true);
    expect(townIsHome(most, 'La Unión')).toBe(true);
    expect(townIsHome('They walked from the village to Juticalpa.', 'Juticalpa')).toBe(false);
  });

  it('leaves where the group went alone', () => {
    expect(townIsHome('The group left Choloma on Monday', 'Choloma')).toBe(false);
    expect(townIsHome('El grupo salió de Olanchito el lunes', 'Olanchito')).toBe(false);
  });
});
