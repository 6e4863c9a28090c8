import { RARE_EARTHS } from '@/lib/rare-earths';
export { RARE_EARTHS } from '@/lib/rare-earths';

/** Distinct Mantine colours for up to 17 series, light to heavy rare earths. */
const PALETTE = [
  'teal.6',
  'indigo.5',
  'orange.6',
  'grape.5',
  'cyan.7',
  'red.6',
  'lime.7',
  'blue.7',
  'yellow.6',
  'pink.6',
  'violet.7',
  'green.8',
  'gray.6',
  'teal.9',
  'indigo.9',
  'orange.9',
  'grape.9',
] as const;

/** The same element gets the same colour in every chart. */
export function elementColor(symbol: string): string {
  const index = RARE_EARTHS.findIndex((element) => element === symbol);
  return PALETTE[(index < 0 ? 0 : index) % PALETTE.length] ?? 'teal.6';
}

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? 'teal.6';
}
