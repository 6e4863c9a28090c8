/**
 * The recovery report's figures in exact decimal arithmetic (never through a float): the rate
 * of an element is recovered kg / declared kg, the totals are sums to the gram.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import {
  ProcessRoute,
  ProductForm,
  type CompositionLine,
  type RecoveryReportRequest,
} from '@/api/generated';

export const PRODUCT_FORMS = Object.values(ProductForm);
export const MAX_REPORT_LINES = 17;
export { RARE_EARTHS } from '@/lib/rare-earths';

const KG = /^\d{1,12}(\.\d{1,3})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,3})?$/;

/** A form field's decimal, or null while it is empty or not a plain decimal number. */
export function parseDecimal(value: string | undefined): Decimal | null {
  const trimmed = (value ?? '').trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? new Decimal(trimmed) : null;
}

/**
 * Recovered / declared as a fraction with 6 decimals (half-up, as the server states it), or
 * null when either is not a number yet or nothing was declared.
 */
export function recoveryRate(recoveredKg: string, declaredKg: string): string | null {
  const recovered = parseDecimal(recoveredKg);
  const declared = parseDecimal(declaredKg);
  if (recovered === null || declared === null || declared.isZero()) return null;
  return recovered.dividedBy(declared).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6);
}

/** The sum of the values that are numbers, with 3 decimals. */
export function sumKg(values: readonly string[]): string {
  return values
    .reduce((sum, value) => sum.plus(parseDecimal(value) ?? 0), new Decimal(0))
    .toFixed(3);
}

const line = z.object({
  element: z.string().min(1, 'validation.required'),
  /** Declared kg of the lot, shown beside the row; "" for an element the lot did not declare. */
  declaredKg: z.string(),
  recoveredKg: z.string().trim().min(1, 'validation.required').regex(KG, 'validation.recoveredKg'),
  productForm: z.string().pipe(z.enum(PRODUCT_FORMS, 'validation.required')),
  purityPercent: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(PERCENT, 'validation.purity')
    .refine((value) => !PERCENT.test(value) || new Decimal(value).lte(100), 'validation.purity'),
});

/** The report form's schema; the received mass caps the total recovered. */
export function recoveryReportSchema(receivedKg: string | undefined) {
  return z
    .object({
      processRoute: z.string().pipe(z.enum(Object.values(ProcessRoute), 'validation.required')),
      lines: z
        .array(line)
        .min(1, 'validation.required')
        .max(MAX_REPORT_LINES, 'validation.tooMany'),
    })
    .superRefine((values, context) => {
      values.lines.forEach((current, index) => {
        if (values.lines.findIndex((other) => other.element === current.element) !== index) {
          context.addIssue({
            code: 'custom',
            path: ['lines', index, 'element'],
            message: 'validation.duplicateElement',
          });
        }
      });
      const received = parseDecimal(receivedKg);
      if (
        received !== null &&
        new Decimal(sumKg(values.lines.map((l) => l.recoveredKg))).gt(received)
      ) {
        context.addIssue({
          code: 'custom',
          path: ['lines'],
          message: 'validation.recoveredOverReceived',
        });
      }
    });
}

export type RecoveryReportInput = z.input<ReturnType<typeof recoveryReportSchema>>;
export type RecoveryReportValues = z.output<ReturnType<typeof recoveryReportSchema>>;
export type RecoveryLineInput = RecoveryReportInput['lines'][number];

/** One row per declared element, with its declared kg, waiting for what was recovered. */
export function initialReport(
  composition: readonly CompositionLine[],
  processRoute: string,
): RecoveryReportInput {
  return {
    processRoute,
    lines: composition.map((declared) => ({
      element: declared.element,
      declaredKg: declared.containedKg,
      recoveredKg: '',
      productForm: 'OXIDE',
      purityPercent: '',
    })),
  };
}

export function toReportRequest(values: RecoveryReportValues): RecoveryReportRequest {
  return {
    processRoute: values.processRoute,
    lines: values.lines.map(({ element, recoveredKg, productForm, purityPercent }) => ({
      element,
      recoveredKg,
      productForm,
      purityPercent,
    })),
  };
}

const LINE_PARAM = /^lines\[(\d+)\]\.(\w+)$/;
const LINE_FIELDS = ['element', 'recoveredKg', 'productForm', 'purityPercent'] as const;

/** The form field a server param names, e.g. `lines[2].purityPercent` → `lines.2.purityPercent`. */
export function reportPathOf(
  name: string,
  lineCount: number,
): 'processRoute' | 'lines' | `lines.${number}.${(typeof LINE_FIELDS)[number]}` | undefined {
  if (name === 'processRoute' || name === 'lines') return name;
  const match = LINE_PARAM.exec(name);
  if (match === null) return undefined;
  const index = Number(match[1]);
  const field = LINE_FIELDS.find((candidate) => candidate === match[2]);
  if (field === undefined || index >= lineCount) return undefined;
  return `lines.${index}.${field}`;
}
