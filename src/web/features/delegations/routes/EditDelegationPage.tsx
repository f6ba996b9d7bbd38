// The page that edits a delegation; back to its page once saved.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
import { useDelegation } from '../api/get-delegation.ts';
import { useUpdateDelegation } from '../api/update-delegation.ts';
import { delegationName } from '../components/delegation-name.ts';
import { DelegationForm } from '../components/DelegationForm.tsx';

const route = getRouteApi('/delegations/$id/edit');

export function EditDelegationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const back = () => navigate({ to: '/delegations/$id', params: { id } });
  return (
    <EditRecordPage query={useDelegation(id)} update={useUpdateDelegation(id)} name={(record) => delegationName(record, i18n.language)} kind={t('delegations.one')} onBack={back}>
      {(record, save) => <DelegationForm delegation={record} onCancel={back} onSubmit={save} />}
    </EditRecordPage>
  );
}
