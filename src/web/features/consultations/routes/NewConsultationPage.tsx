// The page that creates a consultation with its first text.
import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/links.tsx';
import { useMe } from '../../../lib/auth.ts';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useCreateConsultation } from '../api/create-consultation.ts';
import { consultationPayload } from '../components/consultation-form-values.ts';
import { ConsultationForm } from '../components/ConsultationForm.tsx';
import { isDelegate, isMission } from '../lib/roles.ts';

/** Only the mission starts consultations: anyone else who reaches the address is told so, and where their part is. */
function NotForThisRole() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack gap="sm" maw={640}>
      <Title order={1}>{t('consultations.form.missionOnlyTitle')}</Title>
      <Text>{t('consultations.form.missionOnlyBody')}</Text>
      <div>
        {isDelegate(me) ? (
          <ButtonLink to="/consultations/inbox">{t('consultations.nav.inbox')}</ButtonLink>
        ) : (
          <ButtonLink to="/consultations">{t('consultations.nav.list')}</ButtonLink>
        )}
      </div>
    </Stack>
  );
}

export function NewConsultationPage() {
  const me = useMe();
  return isMission(me) ? <NewConsultationForm /> : <NotForThisRole />;
}

function NewConsultationForm() {
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
