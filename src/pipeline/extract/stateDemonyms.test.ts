import { describe, expect, it } from 'vitest';
import { stateOfDemonym } from './stateDemonyms.ts';

describe('stateOfDemonym', () => {
  it("reads a Mexican state's adjective in either gender", () => {
    expect(stateOfDemonym('potosina')).toEqual({ country: 'MX', admin1: '24' });
    expect(stateOfDemonym('jalisciense')).toEqual({ country: 'MX', admin1: '14' });
    expect(stateOfDemonym('neoleonés')).toEqual({ country: 'MX', admin1: '19' });
    expect(stateOfDemonym('neoleoneses')).toEqual({ country: 'MX', admin1: '19' });
    expect(stateOfDemonym('nayarita')).toEqual({ country: 'MX', admin1: '18' });
  });

  it('reads no state from other words', () => {
    expect(stateOfDemonym('mexicana')).toBeUndefined();
    expect(stateOfDemonym('del')).toBeUndefined();
  });
});
