/**
 * Field rules shared by the forms. Messages are translation keys under `validation.`;
 * fieldErrorMessage() translates them and passes server-given reasons through.
 */
import type { TFunction } from 'i18next';
import { z } from 'zod';
import en from '@/locales/en.json';

type ValidationKey = `validation.${keyof typeof en.validation}`;

function isValidationKey(message: string): message is ValidationKey {
  const [prefix, key] = message.split('.');
  return prefix === 'validation' && key !== undefined && key in en.validation;
}

export function fieldErrorMessage(t: TFunction, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return isValidationKey(message) ? t(message) : message;
}

export function requiredText(maxLength: number) {
  return z.string().trim().min(1, 'validation.required').max(maxLength, 'validation.tooLong');
}

export const organizationNameField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .min(2, 'validation.min2')
  .max(200, 'validation.tooLong');

export const emailField = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .pipe(z.email('validation.email').max(254, 'validation.tooLong'));

export const newPasswordField = z
  .string()
  .min(10, 'validation.passwordMin')
  .max(200, 'validation.tooLong');

function coordinate(limit: 90 | 180) {
  const rangeKey = limit === 90 ? 'validation.latitudeRange' : 'validation.longitudeRange';
  return z
    .string()
    .trim()
    .min(1, 'validation.required')
    .regex(/^[-+]?\d+(\.\d+)?$/, 'validation.number')
    .transform(Number)
    .pipe(z.number().min(-limit, rangeKey).max(limit, rangeKey));
}

export const latitudeField = coordinate(90);
export const longitudeField = coordinate(180);
