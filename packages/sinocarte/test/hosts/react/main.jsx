// A React 19 app that uses sinocarte as a user would, from the installed package (see docs/frameworks.md).
// React 19 sets props on custom elements as properties when the element has that property (`values`, `region`),
// and a prop `on<event-name>` adds a listener for that exact event name: `onsino-select` listens to `sino-select`.
import 'sinocarte'; // registers the elements before React renders, so React sees their properties
import './brand.css'; // a partner's brand: only Sinocarte's CSS custom properties
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

// Your own figures per region: an object, so it can only be given as a property.
const projects = { 'CN-HB': 12, 'CN-GD': 30, 'CN-SC': 7, 'CN-SH': 21, 'CN-BJ': 18 };

function App() {
  const [selection, setSelection] = useState(null);
  const [region, setRegion] = useState('');
  const onSelect = (event) => {
    setSelection(event.detail.id);
    if (event.detail.kind === 'province') setRegion(event.detail.id ?? '');
  };
  return (
    <main>
      <h1>Projets par région</h1>
      <p id="selection" aria-live="polite">Sélection : {selection ?? 'aucune'}</p>
      <sino-province-map lang="fr" values={projects} value-label="Projets" onsino-select={onSelect}></sino-province-map>
      <sino-park-table lang="fr" region={region} onsino-select={onSelect}></sino-park-table>
      <h2>The atlas, in English and in our colours</h2>
      <div className="partner-brand">
        <sino-atlas lang="en" region="CN-SD"></sino-atlas>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
window.hostApp = { framework: 'react', version };
