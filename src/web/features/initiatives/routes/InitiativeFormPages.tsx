// The pages that create an initiative and edit one.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage } from '../../../components/PageStates.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useInitiative } from '../api/get-initiative.ts';
import { useCreateInitiative, useUpdateInitiative } from '../api/save-initiative.ts';
import { InitiativeForm } from '../components/InitiativeForm.tsx';

export function NewInitiativePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateInitiative();
  usePageTitle(t('initiatives.list.new'));
  const back = () => navigate({ to: '/initiatives' });
  if (!me || me.user.role === 'delegate' || me.user.role === 'liaison') return <ForbiddenPage />;
  return (
    <FormPage title={t('initiatives.list.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('initiatives.list.title')}>
      <InitiativeForm
        onCancel={back}
        onSubmit={async (payload) => {
          const created = await create.mutateAsync(payload);
          toast({ message: t('common.record.createdToast', { name: `${created.reference} ${created.titleEn}` }), autoClose: 3000 });
          navigate({ to: '/initiatives/$id', params: { id: created.id } });
        }}
      />
    </FormPage>
  );
}

const editRoute = getRouteApi('/initiatives/$id/edit');

export function EditInitiativePage() {
  const { t } = useTranslation();
  const { id } = editRoute.useParams();
  const navigate = useNavigate();
  const back = () => navigate({ to: '/initiatives/$id', params: { id } });
  return (
    <EditRecordPage
      query={useInitiative(id)}
      update={useUpdateInitiative(id)}
      name={(i) => `${i.reference} ${i.titleEn}`}
      savedName={(_saved, before) => `${before.reference} ${before.titleEn}`}
      kind={t('initiatives.one')}
      onBack={back}
    >
      {(i, save) => <InitiativeForm initiative={i} onCancel={back} onSubmit={save} />}
    </EditRecordPage>
  );
}
