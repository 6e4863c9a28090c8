import { useTranslation } from 'react-i18next';
import en from '@/locales/en.json';

type ElementSymbol = keyof typeof en.lots.element;

function isElementSymbol(symbol: string): symbol is ElementSymbol {
  return symbol in en.lots.element;
}

/** An element's name in the chosen language, e.g. Dy → "Dysprosium" / "镝". */
export function useElementName(): (symbol: string) => string {
  const { t } = useTranslation();
  return (symbol) => (isElementSymbol(symbol) ? t(`lots.element.${symbol}`) : symbol);
}
