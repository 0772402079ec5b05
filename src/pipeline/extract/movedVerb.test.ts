import { expect, it } from 'vitest';
import { movedVerb } from './movedVerb.ts';

it('finds verbs of the road in English and Spanish', () => {
  expect(movedVerb('Some 2,000 people slept here last night.')).toBe(true);
  expect(movedVerb('Durmieron en la plaza.')).toBe(true);
  expect(movedVerb('Unas 4.000 personas alcanzan Córdoba.')).toBe(true);
  expect(movedVerb('En el parque se congregaban unas 7 mil personas.')).toBe(true);
  expect(movedVerb('Unas 300 personas permanecían en el albergue.')).toBe(true);
  expect(movedVerb('Ingresó por El Florido y cruzó el río.')).toBe(true);
  expect(movedVerb('Yesterday they stayed put in Juchitán.')).toBe(true);
  expect(movedVerb('More buses pulled into Tijuana overnight.')).toBe(true);
  expect(movedVerb('They entered Mexico on Friday.')).toBe(true);
  expect(movedVerb('Unas 1.500 personas descansaban en el parque.')).toBe(true);
  expect(movedVerb('Los migrantes se concentraron en la plaza.')).toBe(true);
  expect(movedVerb('El grupo había partido el miércoles.')).toBe(true);
  expect(movedVerb('— Rest day in Felipe Carrillo Puerto.')).toBe(true);
  expect(movedVerb('Unas 600 personas se reunieron ahí.')).toBe(true);
  expect(movedVerb('La mayoría descansaba en Metapa.')).toBe(true);
  expect(movedVerb('About 1,300 people leave the main bus terminal.')).toBe(true);
  expect(movedVerb('Roughly 400 people climbed off the buses.')).toBe(true);
  expect(movedVerb('Only about 300 made it this far.')).toBe(true);
  expect(movedVerb('About 250 people spent Saturday night on the riverbank.')).toBe(true);
  expect(movedVerb('Men wait for a ride on the road from Tierra Blanca to Córdoba.')).toBe(true);
  expect(movedVerb('They spent Sunday and Monday in Lerdo.')).toBe(true);
  expect(movedVerb('Recorren los 18 kilómetros de Metapa a Tapachula.')).toBe(true);
  expect(movedVerb('Cruzan a Guatemala por Agua Caliente y pasan la noche en Esquipulas.')).toBe(
    true,
  );
  expect(movedVerb('Roughly 3,000 people force a gate on the bridge.')).toBe(true);
  expect(movedVerb('Unas 3 mil personas se agolpan en el puente.')).toBe(true);
  expect(movedVerb('La noche del martes la pasó en Sain Alto.')).toBe(true);
  expect(movedVerb('Ayer vadearon el río hasta la otra orilla.')).toBe(true);
  expect(movedVerb('About 900 people rest in the main square.')).toBe(true);
  expect(movedVerb('La caravana ya está en Moctezuma.')).toBe(true);
  expect(movedVerb('Oct. 21 — Some 5,000 reach Tapachula.')).toBe(true);
  expect(movedVerb('En el estadio aún quedan unas 4 mil personas.')).toBe(true);
  expect(movedVerb('Organizers hope to reach Guadalajara.')).toBe(false);
  expect(movedVerb('On Tuesday they went down from Sololá to Panajachel.')).toBe(true);
  expect(movedVerb('Some 800 people are already in Tijuana.')).toBe(true);
  expect(movedVerb('Unas 3.000 personas quedan atrapadas en el puente.')).toBe(true);
  expect(movedVerb('About 5,000 people were on the road Saturday.')).toBe(true);
  expect(movedVerb('Al salir de Tapachula eran unas 2,500 personas.')).toBe(true);
  expect(movedVerb('The road was closed on Saturday.')).toBe(false);
  expect(movedVerb('The town spent $2,000 on food.')).toBe(false);
  expect(movedVerb('Tourists have stayed away.')).toBe(false);
  expect(movedVerb('Officials counted the votes.')).toBe(false);
  expect(movedVerb('The sleeper agents.')).toBe(false);
});
