// The page that edits an organisation; back to its page once saved.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
import { localName } from '../../../lib/names.ts';
import { useOrganization } from '../api/get-organization.ts';
import { useUpdateOrganization } from '../api/update-organization.ts';
import { OrganizationForm } from '../components/OrganizationForm.tsx';

const route = getRouteApi('/organizations/$id/edit');

export function EditOrganizationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const back = () => navigate({ to: '/organizations/$id', params: { id } });
  return (
    <EditRecordPage query={useOrganization(id)} update={useUpdateOrganization(id)} name={(record) => localName(record, i18n.language)} kind={t('organizations.one')} onBack={back}>
      {(record, save) => <OrganizationForm organization={record} onCancel={back} onSubmit={save} />}
    </EditRecordPage>
  );
}
