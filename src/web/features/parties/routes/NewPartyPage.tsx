// The page that creates a party.
import { toast } from '../../../lib/toast.ts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCreateParty } from '../api/create-party.ts';
import { PartyForm } from '../components/PartyForm.tsx';

export function NewPartyPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateParty();
  usePageTitle(t('parties.new'));
  const back = () => navigate({ to: '/parties' });

  return (
    <FormPage title={t('parties.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('parties.title')}>
      <PartyForm
        onCancel={back}
        onSubmit={async (payload) => {
          const party = await create.mutateAsync(payload);
          toast({ message: t('common.record.createdToast', { name: localName(party, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/parties/$id', params: { id: party.id } });
        }}
      />
    </FormPage>
  );
}
