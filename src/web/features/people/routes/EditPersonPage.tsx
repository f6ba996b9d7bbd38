import { toast } from '../../../lib/toast.ts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage, PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { usePerson } from '../api/get-person.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { PersonForm } from '../components/PersonForm.tsx';

const route = getRouteApi('/people/$id/edit');

export function EditPersonPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = usePerson(id);
  const update = useUpdatePerson(id);
  const person = query.data;
  usePageTitle(person ? t('record.editTitle', { name: person.fullName }) : undefined);
  const back = () => navigate({ to: '/people/$id', params: { id } });

  if (query.isPending) return <PageSkeleton />;
  if (!person) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!person.abilities.update) return <ForbiddenPage />;

  return (
    <FormPage title={t('record.editTitle', { name: person.fullName })} context={t('people.one')} onBack={back} backLabel={person.fullName}>
      <PersonForm
        person={person}
        onCancel={back}
        onSubmit={async (payload) => {
          const saved = await update.mutateAsync(payload);
          toast({ message: t('record.savedToast', { name: saved.fullName }), autoClose: 3000 });
          navigate({ to: '/people/$id', params: { id } });
        }}
      />
    </FormPage>
  );
}
