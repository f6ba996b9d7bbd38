import { toast } from '../../../lib/toast.ts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage, PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useParty } from '../api/get-party.ts';
import { useUpdateParty } from '../api/update-party.ts';
import { PartyForm } from '../components/PartyForm.tsx';

const route = getRouteApi('/parties/$id/edit');

export function EditPartyPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useParty(id);
  const update = useUpdateParty(id);
  const party = query.data;
  const name = party ? localName(party, i18n.language) : '';
  usePageTitle(party ? t('record.editTitle', { name }) : undefined);
  const back = () => navigate({ to: '/parties/$id', params: { id } });

  if (query.isPending) return <PageSkeleton />;
  if (!party) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!party.abilities.update) return <ForbiddenPage />;

  return (
    <FormPage title={t('record.editTitle', { name })} context={t('parties.one')} onBack={back} backLabel={name}>
      <PartyForm
        party={party}
        onCancel={back}
        onSubmit={async (payload) => {
          const saved = await update.mutateAsync(payload);
          toast({ message: t('record.savedToast', { name: localName(saved, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/parties/$id', params: { id } });
        }}
      />
    </FormPage>
  );
}
