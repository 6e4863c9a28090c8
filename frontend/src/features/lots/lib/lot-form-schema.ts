/**
 * The lot form's rules, the same as the server's (which checks them again), and the mapping
 * from the server's invalid-param names (`composition[2].fraction`) to form fields.
 */
import Decimal from 'decimal.js';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import {
  CompositionSource,
  Hazard,
  WasteCategory,
  type CompositionLineRequest,
  type Location,
  type LotResponse,
} from '@/api/generated';
import { latitudeField, longitudeField, requiredText } from '@/lib/validation';
import { parseDecimal } from './contained';

export const CATEGORIES = Object.values(WasteCategory);
export const HAZARDS = Object.values(Hazard);
export const SOURCES = Object.values(CompositionSource);
export const MAX_COMPOSITION_LINES = 17;
const MAX_GROSS_MASS_KG = new Decimal(10_000_000);

const MASS = /^\d{1,8}(\.\d{1,3})?$/;
const FRACTION = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;

const compositionLine = z.object({
  element: z.string().min(1, 'validation.required'),
  fraction: z.string().trim().min(1, 'validation.required').regex(FRACTION, 'validation.fraction'),
  source: z.enum(SOURCES),
});

export const lotFormSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .min(3, 'validation.min3')
    .max(200, 'validation.tooLong'),
  description: z.string().trim().max(5000, 'validation.tooLong'),
  category: z.string().pipe(z.enum(CATEGORIES, 'validation.required')),
  grossMassKg: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(MASS, 'validation.mass')
    .refine((value) => {
      // Zod runs this even when the pattern failed: only judge a number.
      const mass = parseDecimal(value);
      return mass === null || (mass.greaterThan(0) && mass.lte(MAX_GROSS_MASS_KG));
    }, 'validation.massRange'),
  composition: z
    .array(compositionLine)
    .max(MAX_COMPOSITION_LINES, 'validation.tooMany')
    .superRefine((lines, context) => {
      lines.forEach((line, index) => {
        if (lines.findIndex((other) => other.element === line.element) !== index) {
          context.addIssue({
            code: 'custom',
            path: [index, 'element'],
            message: 'validation.duplicateElement',
          });
        }
      });
    }),
  location: z.object({
    region: requiredText(120),
    latitude: latitudeField,
    longitude: longitudeField,
  }),
  hazards: z.array(z.enum(HAZARDS)),
});

export type LotFormInput = z.input<typeof lotFormSchema>;
export type LotFormValues = z.output<typeof lotFormSchema>;
export type CompositionLineInput = LotFormInput['composition'][number];

/** What the form starts with: an existing draft, or an empty lot at the organization's place. */
export function initialValues(lot: LotResponse | undefined, location: Location): LotFormInput {
  const place = lot?.location ?? location;
  return {
    title: lot?.title ?? '',
    description: lot?.description ?? '',
    category: lot?.category ?? '',
    grossMassKg: lot?.grossMassKg ?? '',
    composition:
      lot?.composition.map(({ element, fraction, source }) => ({ element, fraction, source })) ??
      [],
    location: {
      region: place.region,
      latitude: String(place.latitude),
      longitude: String(place.longitude),
    },
    hazards: lot?.hazards ?? [],
  };
}

export function toComposition(values: LotFormValues): CompositionLineRequest[] {
  return values.composition.map(({ element, fraction, source }) => ({ element, fraction, source }));
}

const TOP_LEVEL_FIELDS = [
  'title',
  'description',
  'category',
  'grossMassKg',
  'hazards',
  'location.region',
  'location.latitude',
  'location.longitude',
] as const satisfies readonly Path<LotFormInput>[];
const LINE_FIELDS = ['element', 'fraction', 'source'] as const;
const LINE_PARAM = /^composition\[(\d+)\]\.(\w+)$/;

/** The form field a server param names, e.g. `composition[2].fraction` → `composition.2.fraction`. */
export function formPathOf(name: string, lineCount: number): Path<LotFormInput> | undefined {
  if (name === 'composition') return 'composition';
  const topLevel = TOP_LEVEL_FIELDS.find((field) => field === name);
  if (topLevel !== undefined) return topLevel;
  const match = LINE_PARAM.exec(name);
  if (match === null) return undefined;
  const index = Number(match[1]);
  const field = LINE_FIELDS.find((candidate) => candidate === match[2]);
  if (field === undefined || index >= lineCount) return undefined;
  return `composition.${index}.${field}`;
}
