import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import { emailField, fieldErrorMessage, newPasswordField, requiredText } from '@/lib/validation';
import { useCreateUser } from '../api/users';

const userSchema = z.object({
  email: emailField,
  password: newPasswordField,
  displayName: requiredText(120),
});

type UserValues = z.infer<typeof userSchema>;

const FIELDS = ['email', 'password', 'displayName'] as const;

const EMPTY: UserValues = { email: '', password: '', displayName: '' };

type CreateUserFormProps = {
  organizationId: number;
};

export function CreateUserForm({ organizationId }: CreateUserFormProps) {
  const { t } = useTranslation();
  const createUser = useCreateUser(organizationId);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<UserValues>({ resolver: zodResolver(userSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit((values) =>
    createUser.mutate(values, {
      onSuccess: (user) => {
        reset(EMPTY);
        notifications.show({
          color: 'teal',
          message: t('admin.createUser.created', { email: user.email }),
        });
      },
      onError: (error) => setServerFieldErrors(error, FIELDS, setError),
    }),
  );

  const message = (key: keyof typeof errors) => fieldErrorMessage(t, errors[key]?.message);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-user-title">
      <Stack gap="md">
        <Title order={3} size="h4" id="create-user-title">
          {t('admin.createUser.title')}
        </Title>
        <FormErrorAlert error={createUser.error} fieldNames={FIELDS} />
        <TextInput
          label={t('admin.createUser.displayName')}
          autoComplete="off"
          required
          error={message('displayName')}
          {...register('displayName')}
        />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="off"
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
        <Button type="submit" loading={createUser.isPending}>
          {t('admin.createUser.submit')}
        </Button>
      </Stack>
    </form>
  );
}
