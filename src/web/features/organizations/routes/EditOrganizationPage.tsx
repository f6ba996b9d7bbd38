import { toast } from '../../../lib/toast.ts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage, PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useOrganization } from '../api/get-organization.ts';
import { useUpdateOrganization } from '../api/update-organization.ts';
import { OrganizationForm } from '../components/OrganizationForm.tsx';

const route = getRouteApi('/organizations/$id/edit');

export function EditOrganizationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useOrganization(id);
  const update = useUpdateOrganization(id);
  const org = query.data;
  const name = org ? localName(org, i18n.language) : '';
  usePageTitle(org ? t('record.editTitle', { name }) : undefined);
  const back = () => navigate({ to: '/organizations/$id', params: { id } });

  if (query.isPending) return <PageSkeleton />;
  if (!org) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!org.abilities.update) return <ForbiddenPage />;

  return (
    <FormPage title={t('record.editTitle', { name })} context={t('organizations.one')} onBack={back} backLabel={name}>
      <OrganizationForm
        organization={org}
        onCancel={back}
        onSubmit={async (payload) => {
          const saved = await update.mutateAsync(payload);
          toast({ message: t('record.savedToast', { name: localName(saved, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/organizations/$id', params: { id } });
        }}
      />
    </FormPage>
  );
}
