// The page that creates a person.
import { toast } from '../../../lib/toast.ts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCreatePerson } from '../api/create-person.ts';
import { PersonForm } from '../components/PersonForm.tsx';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePerson();
  usePageTitle(t('people.new'));
  const back = () => navigate({ to: '/people' });

  return (
    <FormPage title={t('people.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('people.title')}>
      <PersonForm
        onCancel={back}
        onSubmit={async (payload) => {
          const person = await create.mutateAsync(payload);
          toast({ message: t('common.record.createdToast', { name: person.fullName }), autoClose: 3000 });
          navigate({ to: '/people/$id', params: { id: person.id } });
        }}
      />
    </FormPage>
  );
}
