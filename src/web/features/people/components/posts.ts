// Posts over time: which are current, in what order, the current one.
import type { Person } from '../../../../shared/directory.ts';

type Post = Person['posts'][number];

const today = () => new Date().toISOString().slice(0, 10);

/** A post is current until its end date has passed. */
export const isCurrentPost = (post: { fromDate: string | null; toDate: string | null }): boolean =>
  (!post.toDate || post.toDate >= today()) && (!post.fromDate || post.fromDate <= today());

/** Current posts first, then the most recent. */
export function sortPosts(posts: Post[]): Post[] {
  return [...posts].sort((a, b) => {
    const ca = isCurrentPost(a) ? 0 : 1;
    const cb = isCurrentPost(b) ? 0 : 1;
    if (ca !== cb) return ca - cb;
    return (b.fromDate ?? '').localeCompare(a.fromDate ?? '') || (b.toDate ?? '9999').localeCompare(a.toDate ?? '9999');
  });
}

export const currentPost = (person: Person): Post | undefined => sortPosts(person.posts).find(isCurrentPost);
