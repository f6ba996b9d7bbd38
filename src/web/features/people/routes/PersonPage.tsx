// One person: their header, posts, details and documents.
import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordActions } from '../../../components/record/RecordActions.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { organizationLabel } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { DocumentsSection } from '../../documents/components/DocumentsSection.tsx';
import { useArchivePerson } from '../api/archive-person.ts';
import { usePerson } from '../api/get-person.ts';
import { useRestorePerson } from '../api/restore-person.ts';
import { PersonFacts } from '../components/PersonFacts.tsx';
import { PersonPosts } from '../components/PersonPosts.tsx';
import { currentPost } from '../components/posts.ts';

const route = getRouteApi('/people/$id');

export function PersonPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = usePerson(id);
  const archive = useArchivePerson(id);
  const restore = useRestorePerson(id);
  const person = query.data;
  usePageTitle(person?.fullName);

  if (query.isPending) return <PageSkeleton />;
  if (!person) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;

  const post = currentPost(person);
  const title = person.honorific ? `${person.honorific} ${person.fullName}` : person.fullName;
  const otherNames = [person.nameLatin, i18n.language === 'ru' ? person.nameRu : null].filter((n) => n && n !== person.fullName);

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t('people.one')}
        title={title}
        subtitle={[otherNames.join(' · '), post ? `${post.title}, ${organizationLabel(post.organization, i18n.language)}` : ''].filter(Boolean).join(' — ')}
        badges={<RecordBadges record={person} />}
        actions={
          <RecordActions
            name={person.fullName}
            recordType="person"
            record={person}
            onEdit={() => navigate({ to: '/people/$id/edit', params: { id } })}
            archive={() => archive.mutateAsync()}
            restore={() => restore.mutateAsync()}
          />
        }
      />
      <PersonPosts person={person} />
      <Section title={t('common.record.details')}>
        <PersonFacts person={person} />
      </Section>
      <DocumentsSection recordType="person" record={person} />
      <LinkedRecords record={{ recordType: 'person', recordId: person.id }} archived={person.archivedAt !== null} />
    </Stack>
  );
}
