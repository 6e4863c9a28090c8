import { zodResolver } from '@hookform/resolvers/zod';
import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OrganizationCreateRequestTypeEnum, type OrganizationResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { setServerFieldErrors } from '@/lib/form-errors';
import {
  fieldErrorMessage,
  latitudeField,
  longitudeField,
  organizationNameField,
  requiredText,
} from '@/lib/validation';
import { useCreateOrganization } from '../api/organizations';

const TYPES = Object.values(OrganizationCreateRequestTypeEnum);

const organizationSchema = z.object({
  name: organizationNameField,
  type: z.enum(TYPES, 'validation.required'),
  region: requiredText(120),
  latitude: latitudeField,
  longitude: longitudeField,
});

type OrganizationInput = z.input<typeof organizationSchema>;
type OrganizationValues = z.output<typeof organizationSchema>;

const FIELDS = ['name', 'type', 'region', 'latitude', 'longitude'] as const;

const EMPTY: OrganizationInput = {
  name: '',
  type: 'MANUFACTURER',
  region: '',
  latitude: '',
  longitude: '',
};

type CreateOrganizationFormProps = {
  onCreated: (organization: OrganizationResponse) => void;
};

export function CreateOrganizationForm({ onCreated }: CreateOrganizationFormProps) {
  const { t } = useTranslation();
  const createOrganization = useCreateOrganization();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<OrganizationInput, unknown, OrganizationValues>({
    resolver: zodResolver(organizationSchema),
    defaultValues: EMPTY,
  });

  const onSubmit = handleSubmit((values) =>
    createOrganization.mutate(values, {
      onSuccess: (organization) => {
        reset(EMPTY);
        notifications.show({
          color: 'teal',
          message: t('admin.createOrganization.created', { name: organization.name }),
        });
        onCreated(organization);
      },
      onError: (error) => setServerFieldErrors(error, FIELDS, setError),
    }),
  );

  const message = (key: keyof typeof errors) => fieldErrorMessage(t, errors[key]?.message);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('admin.createOrganization.title')}>
      <Stack gap="md">
        <FormErrorAlert error={createOrganization.error} fieldNames={FIELDS} />
        <TextInput
          label={t('organization.name')}
          required
          error={message('name')}
          {...register('name')}
        />
        <NativeSelect
          label={t('organization.type')}
          required
          error={message('type')}
          data={TYPES.map((value) => ({ value, label: t(`organizationType.${value}`) }))}
          {...register('type')}
        />
        <TextInput
          label={t('organization.region')}
          required
          error={message('region')}
          {...register('region')}
        />
        <SimpleGrid cols={2}>
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
        <Button type="submit" loading={createOrganization.isPending}>
          {t('admin.createOrganization.submit')}
        </Button>
      </Stack>
    </form>
  );
}
