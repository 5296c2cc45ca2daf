import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { listenForCorpusUpdates } from './app/listen-for-corpus-updates';
import { warmStart } from './app/warm-start';
import { queryClient } from './lib/query-client';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

warmStart(queryClient, window.location);

createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);

listenForCorpusUpdates(queryClient);
