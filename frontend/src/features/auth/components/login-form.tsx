import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { fieldErrorMessage } from '@/lib/validation';
import { useLogin } from '../api/login';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'validation.required').max(254, 'validation.tooLong'),
  password: z.string().min(1, 'validation.required').max(200, 'validation.tooLong'),
});

type LoginValues = z.infer<typeof loginSchema>;

const FIELDS = ['email', 'password'] as const;

export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit((values) =>
    login.mutate(values, {
      onError: (error) => setServerFieldErrors(error, FIELDS, setError),
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('auth.login.title')}>
      <Stack gap="md">
        <FormErrorAlert
          error={login.error}
          fieldNames={FIELDS}
          statusMessages={{ 401: t('auth.login.invalidCredentials') }}
        />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          required
          error={fieldErrorMessage(t, errors.email?.message)}
          {...register('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={fieldErrorMessage(t, errors.password?.message)}
          {...register('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
