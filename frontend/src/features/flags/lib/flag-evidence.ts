/**
 * A flag's evidence arrives as string params per rule; it is worded here, in the user's
 * language, with masses and fractions formatted for it. Evidence this version cannot read is
 * listed as it came rather than hidden.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { WasteCategory, type FlagResponse } from '@/api/generated';

export type EvidenceFormat = {
  kg: (value: string) => string;
  rate: (fraction: string) => string;
  dateTime: (value: Date) => string;
  element: (symbol: string) => string;
};

const decimal = z.string().regex(/^[-+]?\d+(\.\d+)?$/);

const massDeviation = z.object({
  receivedKg: decimal,
  deviation: decimal,
  tolerance: decimal,
});

const SCHEMAS = {
  RECEIVED_VS_DECLARED_MASS: massDeviation.extend({ declaredKg: decimal }),
  RECEIVED_VS_SHIPPED_MASS: massDeviation.extend({ shippedKg: decimal }),
  ELEMENT_ABOVE_DECLARED: z.object({
    element: z.string().min(1),
    declaredKg: decimal,
    recoveredKg: decimal,
    excess: decimal,
    tolerance: decimal,
  }),
  ELEMENT_NOT_DECLARED: z.object({ element: z.string().min(1), recoveredKg: decimal }),
  LICENCE_NOT_VALID: z.object({ step: z.string().min(1), at: z.iso.datetime({ offset: true }) }),
  NOT_RECEIVED_IN_TIME: z.object({
    awardedAt: z.iso.datetime({ offset: true }),
    days: z.string().regex(/^\d+$/),
    status: z.string().min(1),
  }),
  TIP: z.object({ tipId: z.string().regex(/^\d+$/) }),
  MASS_BALANCE: z.object({
    category: z.string().min(1),
    closingKg: decimal,
    expectedClosingKg: decimal,
    deviation: decimal,
    tolerance: decimal,
  }),
  RECOVERED_ABOVE_INPUT: z.object({
    element: z.string().min(1),
    recoveredKg: decimal,
    maxContainedKg: decimal,
    tolerance: decimal,
  }),
  MONTHLY_REPORT_MISSING: z.object({ month: z.string().min(1), dueOn: z.iso.date() }),
  BELOW_REEX_RECORDS: z.object({
    figure: z.enum(['received', 'processed', 'recovered']),
    category: z.string().optional(),
    element: z.string().optional(),
    reportedKg: decimal,
    reexKg: decimal,
  }),
} as const;

/** Drops the sign: a deviation is said as "off by", whichever way. */
function magnitude(value: string): string {
  return value.replace(/^[-+]/, '');
}

export function evidenceText(t: TFunction, flag: FlagResponse, format: EvidenceFormat): string {
  const raw = flag.evidence;
  switch (flag.rule) {
    case 'RECEIVED_VS_DECLARED_MASS': {
      const e = SCHEMAS.RECEIVED_VS_DECLARED_MASS.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.RECEIVED_VS_DECLARED_MASS', {
        received: format.kg(e.data.receivedKg),
        declared: format.kg(e.data.declaredKg),
        deviation: format.rate(magnitude(e.data.deviation)),
        tolerance: format.rate(e.data.tolerance),
      });
    }
    case 'RECEIVED_VS_SHIPPED_MASS': {
      const e = SCHEMAS.RECEIVED_VS_SHIPPED_MASS.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.RECEIVED_VS_SHIPPED_MASS', {
        received: format.kg(e.data.receivedKg),
        shipped: format.kg(e.data.shippedKg),
        deviation: format.rate(magnitude(e.data.deviation)),
        tolerance: format.rate(e.data.tolerance),
      });
    }
    case 'ELEMENT_ABOVE_DECLARED': {
      const e = SCHEMAS.ELEMENT_ABOVE_DECLARED.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.ELEMENT_ABOVE_DECLARED', {
        element: format.element(e.data.element),
        recovered: format.kg(e.data.recoveredKg),
        declared: format.kg(e.data.declaredKg),
        excess: format.kg(e.data.excess),
        tolerance: format.rate(e.data.tolerance),
      });
    }
    case 'ELEMENT_NOT_DECLARED': {
      const e = SCHEMAS.ELEMENT_NOT_DECLARED.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.ELEMENT_NOT_DECLARED', {
        element: format.element(e.data.element),
        recovered: format.kg(e.data.recoveredKg),
      });
    }
    case 'LICENCE_NOT_VALID': {
      const e = SCHEMAS.LICENCE_NOT_VALID.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.LICENCE_NOT_VALID', {
        step: stepName(t, e.data.step),
        at: format.dateTime(new Date(e.data.at)),
      });
    }
    case 'NOT_RECEIVED_IN_TIME': {
      const e = SCHEMAS.NOT_RECEIVED_IN_TIME.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.NOT_RECEIVED_IN_TIME', {
        awarded: format.dateTime(new Date(e.data.awardedAt)),
        count: Number(e.data.days),
        status: lotStatusName(t, e.data.status),
      });
    }
    case 'TIP': {
      const e = SCHEMAS.TIP.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.TIP', { id: e.data.tipId });
    }
    case 'MASS_BALANCE': {
      const e = SCHEMAS.MASS_BALANCE.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.MASS_BALANCE', {
        category: categoryName(t, e.data.category),
        closing: format.kg(e.data.closingKg),
        expected: format.kg(e.data.expectedClosingKg),
        deviation: format.kg(e.data.deviation),
        tolerance: format.kg(e.data.tolerance),
      });
    }
    case 'RECOVERED_ABOVE_INPUT': {
      const e = SCHEMAS.RECOVERED_ABOVE_INPUT.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.RECOVERED_ABOVE_INPUT', {
        element: format.element(e.data.element),
        recovered: format.kg(e.data.recoveredKg),
        contained: format.kg(e.data.maxContainedKg),
        tolerance: format.rate(e.data.tolerance),
      });
    }
    case 'MONTHLY_REPORT_MISSING': {
      const e = SCHEMAS.MONTHLY_REPORT_MISSING.safeParse(raw);
      if (!e.success) break;
      return t('flags.evidence.MONTHLY_REPORT_MISSING', {
        month: e.data.month,
        due: e.data.dueOn,
      });
    }
    case 'BELOW_REEX_RECORDS': {
      const e = SCHEMAS.BELOW_REEX_RECORDS.safeParse(raw);
      if (!e.success) break;
      const subject =
        e.data.element !== undefined
          ? format.element(e.data.element)
          : categoryName(t, e.data.category ?? '');
      return t(`flags.evidence.BELOW_REEX_RECORDS.${e.data.figure}`, {
        subject,
        reported: format.kg(e.data.reportedKg),
        reex: format.kg(e.data.reexKg),
      });
    }
  }
  return Object.entries(raw)
    .map(([key, value]) => `${key}: ${value}`)
    .join(' · ');
}

function categoryName(t: TFunction, category: string): string {
  const known = Object.values(WasteCategory).find((candidate) => candidate === category);
  return known === undefined ? category : t(`lots.category.${known}`);
}

const STEPS = ['PICKED_UP', 'DELIVERED', 'RECEIVED', 'PROCESSED'] as const;

function stepName(t: TFunction, step: string): string {
  const known = STEPS.find((candidate) => candidate === step);
  return known === undefined ? t('flags.evidence.report') : t(`custody.type.${known}`);
}

const STATUSES = [
  'AWARDED',
  'PICKED_UP',
  'DELIVERED',
  'RECEIVED',
  'PROCESSED',
  'CERTIFIED',
] as const;

function lotStatusName(t: TFunction, status: string): string {
  const known = STATUSES.find((candidate) => candidate === status);
  return known === undefined ? status : t(`lots.status.${known}`);
}
