import type { TopicInfo } from '../../../api/contract';

/** A topic and the topics under it, each in the order they were given. */
export type TopicGroup<T extends Pick<TopicInfo, 'slug' | 'parent'> = TopicInfo> = {
  topic: T;
  subTopics: TopicGroup<T>[];
};

/**
 * Topics as the tree their `parent`s make, keeping the order given (the API's: largest first).
 * A topic whose parent is not in the list is a top-level topic, so a short list (the index's
 * largest topics) still shows every topic it has; one the tree never reaches (a circle of
 * parents, which the build already cuts) is one too, so no topic is ever lost.
 */
export function groupTopics<T extends Pick<TopicInfo, 'slug' | 'parent'>>(
  topics: readonly T[],
): TopicGroup<T>[] {
  const groups = new Map<string, TopicGroup<T>>();
  for (const topic of topics) {
    if (!groups.has(topic.slug)) groups.set(topic.slug, { topic, subTopics: [] });
  }
  const roots: TopicGroup<T>[] = [];
  const placed = new Set<TopicGroup<T>>();
  const place = (group: TopicGroup<T>) => {
    if (placed.has(group)) return;
    placed.add(group);
    for (const sub of group.subTopics) place(sub);
  };
  for (const group of groups.values()) {
    const parent = group.topic.parent === undefined ? undefined : groups.get(group.topic.parent);
    if (parent && parent !== group) parent.subTopics.push(group);
    else roots.push(group);
  }
  for (const root of roots) place(root);
  for (const group of groups.values()) {
    if (placed.has(group)) continue;
    // Cut from the parent it names, or it would show twice.
    const parent = groups.get(group.topic.parent as string);
    if (parent) parent.subTopics = parent.subTopics.filter((sub) => sub !== group);
    roots.push(group);
    place(group);
  }
  return roots;
}
