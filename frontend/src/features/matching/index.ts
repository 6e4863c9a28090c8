export { LotMatches } from './components/lot-matches';
export { MatchedLots } from './components/matched-lots';
export { MATCH_PATHS } from './paths';
export { ClosingSoonPanel } from './components/closing-soon-panel';
