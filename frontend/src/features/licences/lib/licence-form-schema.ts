/**
 * The licence form's rules, the same as the server's (which checks them again), the mapping
 * from the server's invalid-param names (`capacities[0].tonnesPerYear`) to form fields, and
 * the validity dates: typed as local calendar days, sent as UTC instants.
 */
import Decimal from 'decimal.js';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import { WasteCategory, type LicenceCreateRequest } from '@/api/generated';
import { requiredText } from '@/lib/validation';

export const CATEGORIES = Object.values(WasteCategory);
export const MAX_HAUL_KM = 20_000;

const TONNES = /^\d{1,12}(\.\d{1,3})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as a local time of that day, or null when it is not a real date. */
function localDay(value: string, hours: number, minutes: number, seconds: number): Date | null {
  const match = DAY.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day, hours, minutes, seconds);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day
    ? date
    : null;
}

/** A licence is valid from the start of its first day… */
export function startOfDay(value: string): Date | null {
  return localDay(value, 0, 0, 0);
}

/** …through the end of its last day, in the user's time zone. */
export function endOfDay(value: string): Date | null {
  return localDay(value, 23, 59, 59);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A local day as a `date` input shows it, e.g. "2026-12-05". */
export function toDayInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const capacity = z.object({
  category: z.string().pipe(z.enum(CATEGORIES, 'validation.required')),
  tonnesPerYear: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(TONNES, 'validation.tonnes')
    // Zod runs this even when the pattern failed: only judge a number.
    .refine(
      (value) => !TONNES.test(value) || new Decimal(value).greaterThan(0),
      'validation.positive',
    ),
});

export const licenceFormSchema = z
  .object({
    number: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .min(3, 'validation.min3')
      .max(60, 'validation.tooLong'),
    issuingAuthority: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .min(2, 'validation.min2')
      .max(200, 'validation.tooLong'),
    capacities: z
      .array(capacity)
      // At most one row per category: the editor stops adding rows there.
      .min(1, 'validation.capacitiesRequired')
      .superRefine((rows, context) => {
        rows.forEach((row, index) => {
          if (rows.findIndex((other) => other.category === row.category) !== index) {
            context.addIssue({
              code: 'custom',
              path: [index, 'category'],
              message: 'validation.duplicateCategory',
            });
          }
        });
      }),
    regionServed: requiredText(200),
    maxHaulKm: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .regex(/^\d{1,5}$/, 'validation.wholeNumber')
      .transform(Number)
      .pipe(z.number().min(1, 'validation.haulRange').max(MAX_HAUL_KM, 'validation.haulRange')),
    validFrom: z
      .string()
      .min(1, 'validation.required')
      .refine((value) => startOfDay(value) !== null, 'validation.date'),
    validTo: z
      .string()
      .min(1, 'validation.required')
      .refine((value) => endOfDay(value) !== null, 'validation.date'),
    dischargePermitNumber: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .min(3, 'validation.min3')
      .max(60, 'validation.tooLong'),
  })
  .superRefine((values, context) => {
    const from = startOfDay(values.validFrom);
    const to = endOfDay(values.validTo);
    if (from !== null && to !== null && to <= from) {
      context.addIssue({
        code: 'custom',
        path: ['validTo'],
        message: 'validation.validToAfterFrom',
      });
    }
  });

export type LicenceFormInput = z.input<typeof licenceFormSchema>;
export type LicenceFormValues = z.output<typeof licenceFormSchema>;
export type CapacityInput = LicenceFormInput['capacities'][number];

export const EMPTY_CAPACITY: CapacityInput = { category: '', tonnesPerYear: '' };

/** An empty licence, valid from today, with one capacity row to fill. */
export function initialValues(today: Date): LicenceFormInput {
  return {
    number: '',
    issuingAuthority: '',
    capacities: [EMPTY_CAPACITY],
    regionServed: '',
    maxHaulKm: '',
    validFrom: toDayInputValue(today),
    validTo: '',
    dischargePermitNumber: '',
  };
}

export function toLicenceRequest(values: LicenceFormValues): LicenceCreateRequest {
  const validFrom = startOfDay(values.validFrom);
  const validTo = endOfDay(values.validTo);
  if (validFrom === null || validTo === null) {
    throw new Error('The schema lets only real dates through');
  }
  return {
    number: values.number,
    issuingAuthority: values.issuingAuthority,
    capacities: values.capacities.map(({ category, tonnesPerYear }) => ({
      category,
      tonnesPerYear,
    })),
    regionServed: values.regionServed,
    maxHaulKm: values.maxHaulKm,
    validFrom,
    validTo,
    dischargePermitNumber: values.dischargePermitNumber,
  };
}

const TOP_LEVEL_FIELDS = [
  'number',
  'issuingAuthority',
  'capacities',
  'regionServed',
  'maxHaulKm',
  'validFrom',
  'validTo',
  'dischargePermitNumber',
] as const satisfies readonly Path<LicenceFormInput>[];
const ROW_FIELDS = ['category', 'tonnesPerYear'] as const;
const ROW_PARAM = /^capacities\[(\d+)\]\.(\w+)$/;

/** The form field a server param names, e.g. `capacities[1].tonnesPerYear` → `capacities.1.tonnesPerYear`. */
export function formPathOf(name: string, rowCount: number): Path<LicenceFormInput> | undefined {
  const topLevel = TOP_LEVEL_FIELDS.find((field) => field === name);
  if (topLevel !== undefined) return topLevel;
  const match = ROW_PARAM.exec(name);
  if (match === null) return undefined;
  const index = Number(match[1]);
  const field = ROW_FIELDS.find((candidate) => candidate === match[2]);
  if (field === undefined || index >= rowCount) return undefined;
  return `capacities.${index}.${field}`;
}
