// The page that edits a consultation's body, title, method, distribution list and deadline.
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EditRecordPage } from '../../../components/form/EditRecordPage.tsx';
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
  const back = () => navigate({ to: '/consultations/$id', params: { id } });
  return (
    <EditRecordPage
      query={useConsultation(id)}
      update={useUpdateConsultation(id)}
      name={(c) => consultationTitle(c, i18n.language)}
      heading={(_c, title) => ({ title: t('consultations.form.edit'), context: title, pageTitle: t('consultations.form.editTitle', { title }) })}
      savedName={(saved) => saved.title}
      onBack={back}
    >
      {(c, save) => <ConsultationForm consultation={c} onCancel={back} onSubmit={(values) => save(consultationUpdatePayload(values))} />}
    </EditRecordPage>
  );
}
