/** Words for a church, whose saint's name ("the parish of San Martín de Porres") is no town's. */
export const CHURCH_WORDS =
  'iglesia|parroquia|templo|capilla|santuario|catedral|bas[ií]lica|church|parish|chapel|shrine|cathedral|basilica';
