/**
 * Worst-case inputs for the time tests (`core-hardening.test.ts`) and the benchmark row
 * (`bench/worst-case.bench.ts`): repetitions of the characters and words the rules' patterns start from
 * (brackets, braces, quotes, apostrophes, punctuation, spaces, digits, capitals, markup), each alone, so that
 * a pattern that backtracks over its own trigger shows a time quadratic in the paragraph.
 */
export const pathologicalUnits: readonly string[] = [
  '[',
  '{',
  '(',
  '(]',
  '«',
  '« ',
  '"',
  "l'",
  'l’',
  "qu'l'",
  '?',
  '!',
  '.',
  '…',
  ', ',
  ' ;',
  ':',
  ' ',
  '\u00A0',
  '- ',
  '–',
  '/',
  '1',
  '1 ',
  '1,',
  '12 % ',
  'n° ',
  'A',
  'AB ',
  'XX ',
  'Etat ',
  'M. ',
  'le ',
  'loi ',
  'article L. ',
  'TODO ',
  '@a',
  'x/',
  '*',
  '_',
  '~',
  '`',
  '<',
  '&',
  '\\',
  'é',
];

/** `unit` repeated to exactly `length` characters. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
