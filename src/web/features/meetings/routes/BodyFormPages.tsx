// The pages that create a body and edit one.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
import { ForbiddenPage } from '../../../components/PageStates.tsx';
import { useMe } from '../../../lib/auth.ts';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useBody } from '../api/get-body.ts';
import { useCreateBody } from '../api/create-body.ts';
import { useUpdateBody } from '../api/update-body.ts';
import { BodyForm } from '../components/BodyForm.tsx';

export function NewBodyPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateBody();
  usePageTitle(t('meetings.bodies.new'));
  const back = () => navigate({ to: '/bodies' });
  if (!me?.abilities.editDirectory) return <ForbiddenPage />;
  return (
    <FormPage title={t('meetings.bodies.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('meetings.bodies.title')}>
      <BodyForm
        onCancel={back}
        onSubmit={async (payload) => {
          const body = await create.mutateAsync(payload);
          toast({ message: t('common.record.createdToast', { name: localName(body, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/bodies/$id', params: { id: body.id } });
        }}
      />
    </FormPage>
  );
}

const editRoute = getRouteApi('/bodies/$id/edit');

export function EditBodyPage() {
  const { t, i18n } = useTranslation();
  const { id } = editRoute.useParams();
  const navigate = useNavigate();
  const back = () => navigate({ to: '/bodies/$id', params: { id } });
  return (
    <EditRecordPage
      query={useBody(id)}
      update={useUpdateBody(id)}
      name={(body) => localName(body, i18n.language)}
      savedName={(_saved, before) => localName(before, i18n.language)}
      kind={t('meetings.bodies.one')}
      onBack={back}
    >
      {(body, save) => <BodyForm body={body} onCancel={back} onSubmit={save} />}
    </EditRecordPage>
  );
}
