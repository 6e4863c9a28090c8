export { RARE_EARTHS, isRareEarth, type RareEarth } from '@/lib/rare-earths';
