import type { ReactNode } from 'react';
import { PageMeta } from '../../components/page-meta';
import './directory-page.css';

type DirectoryPageProps = {
  title: string;
  description: string;
  /** One line on what is listed, with a link to the other directory. */
  intro: ReactNode;
  children: ReactNode;
};

/** The frame of /topics and /providers: a heading, one line on what is listed, the directory. */
export function DirectoryPage({ title, description, intro, children }: DirectoryPageProps) {
  return (
    <div className="directory-page">
      <PageMeta title={title} description={description} />
      <h1>{title}</h1>
      <p className="directory-page__intro">{intro}</p>
      {children}
    </div>
  );
}
