// The import-boundary check that `npm run lint` runs: the tree keeps it, and it catches each kind of breach.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBoundaries, checkWebBoundaries } from '../scripts/boundaries.ts';

const root = path.resolve(import.meta.dirname, '..');
const at = (rel: string, text: string) => ({ file: path.join(root, 'src/server', rel), text });

describe('import boundaries', () => {
  it('hold in the source tree: modules meet only through their faces', () => {
    expect(checkBoundaries(root)).toEqual([]);
  });

  it('catch a module reading another module’s private files or tables', () => {
    const found = checkBoundaries(root, [
      at('modules/consultations/x.ts', "import { findBody } from '../meetings/bodies.repository.ts';"),
      at('modules/consultations/y.ts', "import { bodies } from '../../db/schema/meetings.table.ts';"),
      at('modules/consultations/z.ts', "import { bodyRefs } from '../meetings/meetings.api.ts';\nimport { users } from '../../db/schema/accounts.table.ts';"),
    ]);
    expect(found.map((v) => `${v.file} → ${v.imports}`)).toEqual([
      'modules/consultations/x.ts → modules/meetings/bodies.repository.ts',
      'modules/consultations/y.ts → db/schema/meetings.table.ts',
    ]);
  });

  it('catch the platform importing a module, and anyone but the client reading the schema index', () => {
    const found = checkBoundaries(root, [
      at('platform/auth/x.ts', "import { directoryResource } from '../../modules/directory/directory.policy.ts';"),
      at('platform/auth/y.ts', "export { parties } from '../../db/schema/directory.table.ts';"),
      at('modules/meetings/z.ts', "import { meetings } from '../../db/schema/index.ts';"),
      at('modules/meetings/w.ts', "import { MODULES } from '../index.ts';"),
    ]);
    expect(found.map((v) => v.file)).toEqual(['platform/auth/x.ts', 'platform/auth/y.ts', 'modules/meetings/z.ts', 'modules/meetings/w.ts']);
  });

  it('hold in the web app: a feature never imports another, but for the documents panel record pages embed', () => {
    expect(checkWebBoundaries(root)).toEqual([]);
    const web = (rel: string, text: string) => ({ file: path.join(root, 'src/web', rel), text });
    const found = checkWebBoundaries(root, [
      web('features/meetings/routes/X.tsx', "import { PartySelect } from '../../parties/components/PartyForm.tsx';"),
      web('features/meetings/routes/Y.tsx', "import { DocumentsSection } from '../../documents/components/DocumentsSection.tsx';\nimport { Section } from '../../../components/record/Section.tsx';"),
    ]);
    expect(found.map((v) => v.file)).toEqual(['src/web/features/meetings/routes/X.tsx']);
  });
});
