// Recording a gift: direction, date, occasion, donor and recipient, description, category, value (or unknown), circumstances and where it is.
import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GIFT_CATEGORIES, GIFT_DIRECTIONS, GIFT_DISPOSITIONS, type GiftCategory, type GiftDirection, type GiftDisposition } from '../../../../shared/dialogue.ts';
import { FormPage } from '../../../components/form/FormPage.tsx';
import { ForbiddenPage } from '../../../components/PageStates.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { toast } from '../../../lib/toast.ts';
import { useCreateGift } from '../api/gifts.ts';

export function NewGiftPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateGift();
  usePageTitle(t('dialogue.gifts.new'));
  const [direction, setDirection] = useState<GiftDirection>('received');
  const [date, setDate] = useState('');
  const [occasion, setOccasion] = useState('');
  const [donorPerson, setDonorPerson] = useState<string | null>(null);
  const [donorParty, setDonorParty] = useState<string | null>(null);
  const [donorName, setDonorName] = useState('');
  const [recipientPerson, setRecipientPerson] = useState<string | null>(null);
  const [recipientName, setRecipientName] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<GiftCategory>('other');
  const [unknown, setUnknown] = useState(false);
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState('USD');
  const [circumstances, setCircumstances] = useState('');
  const [disposition, setDisposition] = useState<GiftDisposition>('pending');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const back = () => navigate({ to: '/dialogue/gifts' });
  if (!me || me.user.role === 'delegate' || me.user.role === 'liaison') return <ForbiddenPage />;

  const submit = async (ev: React.FormEvent) => {
    ev.preventDefault();
    setError(null);
    try {
      const created = await create.mutateAsync({
        direction,
        date,
        occasion: occasion || null,
        donorPersonId: donorPerson,
        donorPartyCode: donorParty,
        donorName: donorName || null,
        recipientPersonId: recipientPerson,
        recipientName: recipientName || null,
        description,
        category,
        value: unknown || amount === '' ? null : { amountMinor: Math.round(Number(amount) * 100), currency },
        circumstances: circumstances || null,
        disposition,
        location: location || null,
      });
      toast({ message: t('common.record.createdToast', { name: `${created.reference} ${created.description}` }), autoClose: 3000 });
      navigate({ to: '/dialogue/gifts/$id', params: { id: created.id } });
    } catch (e) {
      setError(isApiError(e) ? [e.message, ...(e.problem.errors ?? []).map((x) => `${x.field}: ${x.message}`)].join(' ') : String(e));
    }
  };

  return (
    <FormPage title={t('dialogue.gifts.new')} intro={t('common.form.intro')} onBack={back} backLabel={t('dialogue.gifts.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {error && <Alert color="red">{error}</Alert>}
          <Fieldset legend={t('dialogue.gifts.about')} variant="filled">
            <Stack gap="md">
              <Group grow>
                <Select label={t('dialogue.fields.direction')} allowDeselect={false} data={GIFT_DIRECTIONS.map((d) => ({ value: d, label: t(`dialogue.direction.${d}`) }))} value={direction} onChange={(d) => d && setDirection(d as GiftDirection)} />
                <TextInput type="date" label={t('dialogue.fields.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
              </Group>
              <TextInput label={t('dialogue.fields.occasion')} value={occasion} onChange={(e) => setOccasion(e.currentTarget.value)} />
              <Textarea label={t('dialogue.fields.description')} required autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
              <Select label={t('dialogue.fields.category')} allowDeselect={false} data={GIFT_CATEGORIES.map((c) => ({ value: c, label: t(`dialogue.category.${c}`) }))} value={category} onChange={(c) => c && setCategory(c as GiftCategory)} maw={280} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('dialogue.gifts.parties')} variant="filled">
            <Stack gap="md">
              <Group grow>
                <PersonSelect label={t('dialogue.fields.donor')} value={donorPerson} onChange={setDonorPerson} clearable />
                <PartySelect label={t('dialogue.gifts.donorGovernment')} value={donorParty} onChange={setDonorParty} clearable />
              </Group>
              <TextInput label={t('dialogue.gifts.donorName')} value={donorName} onChange={(e) => setDonorName(e.currentTarget.value)} />
              <Group grow>
                <PersonSelect label={t('dialogue.fields.recipient')} value={recipientPerson} onChange={setRecipientPerson} clearable />
                <TextInput label={t('dialogue.gifts.recipientName')} value={recipientName} onChange={(e) => setRecipientName(e.currentTarget.value)} />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('dialogue.fields.value')} variant="filled">
            <Stack gap="md">
              <Checkbox label={t('dialogue.gifts.valueUnknown')} checked={unknown} onChange={(e) => setUnknown(e.currentTarget.checked)} />
              {!unknown && (
                <Group grow>
                  <NumberInput label={t('dialogue.fields.value')} min={0} decimalScale={2} value={amount} onChange={setAmount} />
                  <TextInput label={t('dialogue.gifts.currency')} value={currency} maxLength={3} onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())} />
                </Group>
              )}
              <Textarea label={t('dialogue.fields.circumstances')} autosize minRows={2} value={circumstances} onChange={(e) => setCircumstances(e.currentTarget.value)} />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('dialogue.gifts.custody')} variant="filled">
            <Group grow>
              <Select label={t('dialogue.fields.disposition')} allowDeselect={false} data={GIFT_DISPOSITIONS.map((d) => ({ value: d, label: t(`dialogue.disposition.${d}`) }))} value={disposition} onChange={(d) => d && setDisposition(d as GiftDisposition)} />
              <TextInput label={t('dialogue.fields.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
            </Group>
          </Fieldset>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('dialogue.form.save')}
            </Button>
            <Button variant="default" onClick={back}>
              {t('dialogue.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormPage>
  );
}
