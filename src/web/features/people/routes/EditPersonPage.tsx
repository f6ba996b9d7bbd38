// The page that edits a person; back to its page once saved.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
import { usePerson } from '../api/get-person.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { PersonForm } from '../components/PersonForm.tsx';

const route = getRouteApi('/people/$id/edit');

export function EditPersonPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const back = () => navigate({ to: '/people/$id', params: { id } });
  return (
    <EditRecordPage query={usePerson(id)} update={useUpdatePerson(id)} name={(record) => record.fullName} kind={t('people.one')} onBack={back}>
      {(record, save) => <PersonForm person={record} onCancel={back} onSubmit={save} />}
    </EditRecordPage>
  );
}
