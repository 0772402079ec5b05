import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { greatCircleKm, kmTo, type LonLat, nearestOnLine, pathKm, toKm } from './distances.ts';

const MEXICO_CITY: LonLat = [-99.1277, 19.4285];
const QUERETARO: LonLat = [-100.3881, 20.5888];

describe('distances', () => {
  it('measures Mexico City to Querétaro at about 114 miles in a straight line', () => {
    const miles = kmTo(greatCircleKm(MEXICO_CITY, QUERETARO), 'mi');
    expect(Math.abs(miles - 114)).toBeLessThan(1);
  });

  it('converts miles and kilometres both ways', () => {
    expect(toKm(1000, 'mi')).toBeCloseTo(1609.344, 3);
    expect(kmTo(toKm(120, 'mi'), 'mi')).toBeCloseTo(120, 9);
    expect(toKm(5, 'km')).toBe(5);
  });

  it('sums a path leg by leg and is zero for one point', () => {
    expect(pathKm([MEXICO_CITY])).toBe(0);
    const there = greatCircleKm(MEXICO_CITY, QUERETARO);
    expect(pathKm([MEXICO_CITY, QUERETARO, MEXICO_CITY])).toBeCloseTo(2 * there, 9);
  });

  it('finds the nearest point of a line, not its nearest vertex', () => {
    const line: MultiLineString = {
      type: 'MultiLineString',
      coordinates: [
        [
          [-110, 31],
          [-100, 31],
        ],
      ],
    };
    const nearest = nearestOnLine([-105, 30], line);
    expect(nearest.at[0]).toBeCloseTo(-105, 1);
    expect(nearest.km).toBeCloseTo(greatCircleKm([-105, 30], nearest.at), 6);
    expect(nearest.km).toBeLessThan(greatCircleKm([-105, 30], [-100, 31]));
  });
});
