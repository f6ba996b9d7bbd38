// The page that edits a party (a member state or partner); back to its page once saved.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
import { localName } from '../../../lib/names.ts';
import { useParty } from '../api/get-party.ts';
import { useUpdateParty } from '../api/update-party.ts';
import { PartyForm } from '../components/PartyForm.tsx';

const route = getRouteApi('/parties/$id/edit');

export function EditPartyPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const back = () => navigate({ to: '/parties/$id', params: { id } });
  return (
    <EditRecordPage query={useParty(id)} update={useUpdateParty(id)} name={(record) => localName(record, i18n.language)} kind={t('parties.one')} onBack={back}>
      {(record, save) => <PartyForm party={record} onCancel={back} onSubmit={save} />}
    </EditRecordPage>
  );
}
