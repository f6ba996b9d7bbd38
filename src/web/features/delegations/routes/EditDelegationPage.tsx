import { toast } from '../../../lib/toast.ts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage, PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useDelegation } from '../api/get-delegation.ts';
import { useUpdateDelegation } from '../api/update-delegation.ts';
import { DelegationForm } from '../components/DelegationForm.tsx';
import { delegationName } from '../components/delegation-name.ts';

const route = getRouteApi('/delegations/$id/edit');

export function EditDelegationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useDelegation(id);
  const update = useUpdateDelegation(id);
  const delegation = query.data;
  const name = delegation ? delegationName(delegation, i18n.language) : '';
  usePageTitle(delegation ? t('record.editTitle', { name }) : undefined);
  const back = () => navigate({ to: '/delegations/$id', params: { id } });

  if (query.isPending) return <PageSkeleton />;
  if (!delegation) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!delegation.abilities.update) return <ForbiddenPage />;

  return (
    <FormPage title={t('record.editTitle', { name })} context={t('delegations.one')} onBack={back} backLabel={name}>
      <DelegationForm
        delegation={delegation}
        onCancel={back}
        onSubmit={async (payload) => {
          const saved = await update.mutateAsync(payload);
          toast({ message: t('record.savedToast', { name: delegationName(saved, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/delegations/$id', params: { id } });
        }}
      />
    </FormPage>
  );
}
