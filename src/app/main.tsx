import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useChartStore } from '../store/store';
import { startAutosave } from '../store/autosave';
import { openShareLink } from './open-share-link';
import './index.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

startAutosave(useChartStore, browserStorage());
void openShareLink();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
