/** The 17 rare earths, by atomic number (the order of every element list); the API names them by symbol. */
export const RARE_EARTHS = [
  'Sc',
  'Y',
  'La',
  'Ce',
  'Pr',
  'Nd',
  'Pm',
  'Sm',
  'Eu',
  'Gd',
  'Tb',
  'Dy',
  'Ho',
  'Er',
  'Tm',
  'Yb',
  'Lu',
] as const;

export type RareEarth = (typeof RARE_EARTHS)[number];

export function isRareEarth(symbol: string): symbol is RareEarth {
  return (RARE_EARTHS as readonly string[]).includes(symbol);
}
