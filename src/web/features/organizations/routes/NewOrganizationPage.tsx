// The page that creates an organisation.
import { toast } from '../../../lib/toast.ts';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCreateOrganization } from '../api/create-organization.ts';
import { OrganizationForm } from '../components/OrganizationForm.tsx';

export function NewOrganizationPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  usePageTitle(t('organizations.new'));
  const back = () => navigate({ to: '/organizations' });

  return (
    <FormPage title={t('organizations.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('organizations.title')}>
      <OrganizationForm
        onCancel={back}
        onSubmit={async (payload) => {
          const org = await create.mutateAsync(payload);
          toast({ message: t('common.record.createdToast', { name: localName(org, i18n.language) }), autoClose: 3000 });
          navigate({ to: '/organizations/$id', params: { id: org.id } });
        }}
      />
    </FormPage>
  );
}
