import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RegisterRequestOrganizationTypeEnum } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import {
  emailField,
  fieldErrorMessage,
  latitudeField,
  longitudeField,
  newPasswordField,
  organizationNameField,
  requiredText,
} from '@/lib/validation';
import { useRegister } from '../api/register';

const ORGANIZATION_TYPES = Object.values(RegisterRequestOrganizationTypeEnum);

const registerSchema = z.object({
  organizationName: organizationNameField,
  organizationType: z.enum(ORGANIZATION_TYPES, 'validation.required'),
  email: emailField,
  password: newPasswordField,
  displayName: requiredText(120),
  region: requiredText(120),
  latitude: latitudeField,
  longitude: longitudeField,
});

type RegisterInput = z.input<typeof registerSchema>;
type RegisterValues = z.output<typeof registerSchema>;

const FIELDS = [
  'organizationName',
  'organizationType',
  'email',
  'password',
  'displayName',
  'region',
  'latitude',
  'longitude',
] as const;

export function RegisterForm() {
  const { t } = useTranslation();
  const registration = useRegister();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<RegisterInput, unknown, RegisterValues>({
    resolver: zodResolver(registerSchema),
    defaultValues: {
      organizationName: '',
      organizationType: 'RECYCLER',
      email: '',
      password: '',
      displayName: '',
      region: '',
      latitude: '',
      longitude: '',
    },
  });

  const onSubmit = handleSubmit((values) =>
    registration.mutate(values, {
      onError: (error) => setServerFieldErrors(error, FIELDS, setError),
    }),
  );

  const message = (key: keyof typeof errors) => fieldErrorMessage(t, errors[key]?.message);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auth.register.title')}>
      <Stack gap="md">
        <FormErrorAlert error={registration.error} fieldNames={FIELDS} />
        <TextInput
          label={t('auth.register.organizationName')}
          autoComplete="organization"
          required
          error={message('organizationName')}
          {...register('organizationName')}
        />
        <Controller
          control={control}
          name="organizationType"
          render={({ field }) => (
            <Radio.Group
              label={t('auth.register.organizationType')}
              required
              error={message('organizationType')}
              value={field.value}
              onChange={field.onChange}
              name={field.name}
            >
              <Group gap="lg" mt="xs">
                {ORGANIZATION_TYPES.map((type) => (
                  <Radio key={type} value={type} label={t(`organizationType.${type}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <TextInput
          label={t('auth.register.displayName')}
          autoComplete="name"
          required
          error={message('displayName')}
          {...register('displayName')}
        />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          required
          error={message('email')}
          {...register('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          description={t('auth.register.passwordHint')}
          autoComplete="new-password"
          required
          error={message('password')}
          {...register('password')}
        />
        <TextInput
          label={t('organization.region')}
          required
          error={message('region')}
          {...register('region')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('organization.latitude')}
            description={t('organization.latitudeHint')}
            inputMode="decimal"
            required
            error={message('latitude')}
            {...register('latitude')}
          />
          <TextInput
            label={t('organization.longitude')}
            description={t('organization.longitudeHint')}
            inputMode="decimal"
            required
            error={message('longitude')}
            {...register('longitude')}
          />
        </SimpleGrid>
        <Button type="submit" loading={registration.isPending} fullWidth>
          {t('auth.register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
