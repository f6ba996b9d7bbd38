import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage, PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useConsultation } from '../api/get-consultation.ts';
import { useUpdateConsultation } from '../api/update-consultation.ts';
import { consultationUpdatePayload } from '../components/consultation-form-values.ts';
import { consultationTitle } from '../components/consultation-title.ts';
import { ConsultationForm } from '../components/ConsultationForm.tsx';

const route = getRouteApi('/consultations/$id/edit');

export function EditConsultationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useConsultation(id);
  const update = useUpdateConsultation(id);
  const c = query.data;
  usePageTitle(c ? t('cons.form.editTitle', { title: consultationTitle(c, i18n.language) }) : undefined);
  if (query.isPending) return <PageSkeleton />;
  if (!c) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!c.abilities.update) return <ForbiddenPage />;
  const back = () => navigate({ to: '/consultations/$id', params: { id } });

  return (
    <FormPage title={t('cons.form.edit')} context={consultationTitle(c, i18n.language)} onBack={back} backLabel={consultationTitle(c, i18n.language)}>
      <ConsultationForm
        consultation={c}
        onCancel={back}
        onSubmit={async (values) => {
          const saved = await update.mutateAsync(consultationUpdatePayload(values));
          toast({ message: t('record.savedToast', { name: saved.title }), autoClose: 3000 });
          back();
        }}
      />
    </FormPage>
  );
}
