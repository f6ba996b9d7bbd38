// The web app's entry: loads the texts, then mounts the app.
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './lib/i18n.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render Chancery into.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
