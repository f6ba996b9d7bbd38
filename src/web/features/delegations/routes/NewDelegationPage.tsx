// The page that creates a delegation.
import { toast } from '../../../lib/toast.ts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCreateDelegation } from '../api/create-delegation.ts';
import { DelegationForm } from '../components/DelegationForm.tsx';
import { delegationName } from '../components/delegation-name.ts';

export function NewDelegationPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDelegation();
  usePageTitle(t('delegations.new'));
  const back = () => navigate({ to: '/delegations' });

  return (
    <FormPage title={t('delegations.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('delegations.title')}>
      <DelegationForm
        onCancel={back}
        onSubmit={async (payload) => {
          const delegation = await create.mutateAsync(payload);
          toast({ message: t('common.record.createdToast', { name: delegationName(delegation, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/delegations/$id', params: { id: delegation.id } });
        }}
      />
    </FormPage>
  );
}
