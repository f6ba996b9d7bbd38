// The page that creates a consultation with its first text.
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useCreateConsultation } from '../api/create-consultation.ts';
import { consultationPayload } from '../components/consultation-form-values.ts';
import { ConsultationForm } from '../components/ConsultationForm.tsx';

export function NewConsultationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConsultation();
  usePageTitle(t('consultations.list.new'));
  const back = () => navigate({ to: '/consultations' });

  return (
    <FormPage title={t('consultations.list.new')} intro={t('consultations.form.intro')} onBack={back} backLabel={t('consultations.list.title')}>
      <ConsultationForm
        onCancel={back}
        onSubmit={async (values) => {
          const created = await create.mutateAsync(consultationPayload(values));
          toast({ message: t('consultations.form.created', { title: created.title }), autoClose: 3000 });
          navigate({ to: '/consultations/$id', params: { id: created.id } });
        }}
      />
    </FormPage>
  );
}
