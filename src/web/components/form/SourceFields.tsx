// The source fields of a form: the web address the information comes from and its provenance.
import { Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROVENANCES } from '../../../shared/common.ts';
import { errorFor, type FieldErrors, fieldId } from '../../lib/form.ts';

export type Provenance = (typeof PROVENANCES)[number];

interface SourceFieldsProps {
  formId: string;
  provenance: Provenance | null;
  sourceUrl: string;
  onProvenanceChange: (value: Provenance | null) => void;
  onSourceUrlChange: (value: string) => void;
  errors: FieldErrors;
}

/** Where the record's information comes from, and how far it can be trusted. */
export function SourceFields({ formId, provenance, sourceUrl, onProvenanceChange, onSourceUrlChange, errors }: SourceFieldsProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('common.source.legend')} variant="filled">
      <Stack gap="md">
        <TextInput
          id={fieldId(formId, 'sourceUrl')}
          label={t('common.source.url')}
          description={t('common.source.urlHint')}
          type="url"
          inputMode="url"
          value={sourceUrl}
          onChange={(e) => onSourceUrlChange(e.currentTarget.value)}
          error={errorFor(errors, 'sourceUrl')}
          maw={640}
        />
        <Select
          id={fieldId(formId, 'provenance')}
          label={t('common.source.provenance')}
          description={t('common.source.provenanceHint')}
          clearable
          data={PROVENANCES.map((p) => ({ value: p, label: t(`common.provenance.option.${p}`) }))}
          value={provenance}
          onChange={(v) => onProvenanceChange(v as Provenance | null)}
          error={errorFor(errors, 'provenance')}
          maw={420}
        />
      </Stack>
    </Fieldset>
  );
}
